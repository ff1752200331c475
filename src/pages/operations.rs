use explorer_query::export::{operations_table, seizures_table};
use explorer_query::filter::{matching, operation_facets, result_status};
use explorer_query::headline::{AT_A_GLANCE, headline_cell};
use explorer_query::operations::{OperationSort, participants_summary, seized_in_short, sort_operations, when};
use yew::prelude::*;

use crate::components::export_links::ExportLinks;
use crate::components::filter_panel::FilterPanel;
use crate::components::more_rows::{MoreRows, use_first_rows};
use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::components::scroll_box::ScrollBox;
use crate::components::sort_headers::{Column, SortHeaders, use_sort};
use crate::data::use_dataset;
use crate::filters::use_filters;
use crate::route::Route;

const COLUMNS: [Column<OperationSort>; 6] = [
    (OperationSort::Name, "Operation", false),
    (OperationSort::When, "When", false),
    (OperationSort::Participants, "Participants", true),
    (OperationSort::Arrests, "Arrests", true),
    (OperationSort::VictimsRescued, "Victims rescued", true),
    (OperationSort::MigrantsIdentified, "Migrants identified", true),
];

const CAPTION: &str =
    "Operations, with their headline figures as their first release states them (preliminary, not statistics)";

/// The columns of numbers, whose headings align right.
const NUMBERS: [OperationSort; 3] =
    [OperationSort::Arrests, OperationSort::VictimsRescued, OperationSort::MigrantsIdentified];

/// All operations as a table, sortable by each column, filtered by the query in the URL.
#[function_component(OperationsPage)]
pub fn operations_page() -> Html {
    let dataset = use_dataset();
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    let (sort, set_sort) = use_sort((OperationSort::When, false));
    let mut rows = matching(&dataset, &filters);
    sort_operations(&mut rows, sort.0, sort.1);
    let facets = operation_facets(&dataset, &filters);
    let (shown, show_all) = use_first_rows(rows.len());
    // "Sources differ" needs two releases of one operation: where none has two, say why it
    // never shows, rather than leave its absence to be read as agreement.
    let one_release_each = dataset.operations.iter().all(|op| op.documents.len() <= 1);
    let status =
        result_status(rows.len(), dataset.operations.len(), "operations", "operation", || filters.emptying(&dataset));
    html! {
        <>
            <PageHeading text="Operations" />
            if !parsed.unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}", parsed.unread.join(", ")) }</p>
            }
            <div class="filtered-view">
            <FilterPanel filters={filters.clone()} counted={("operation", "operations")} {facets} on_change={set_filters} search_hint="names, cases, quotes" years=true />
            <div class="results">
            <p role="status" aria-live="polite">{ status }</p>
            <ExportLinks table={operations_table(&rows)} name={filters.file_name("operations")}
                seizures={seizures_table(&rows)} />
            <ScrollBox label={CAPTION}>
            <table>
                <caption>{ CAPTION }</caption>
                <thead>
                    <SortHeaders<OperationSort> columns={COLUMNS.to_vec()} numeric={NUMBERS.to_vec()} {sort} on_sort={set_sort} />
                </thead>
                <tbody>
                    { for rows[..shown].iter().map(|op| html! {
                        <tr key={op.id.clone()}>
                            <th scope="row">
                                <RouteLink to={Route::Operation { id: op.id.clone() }}>{ op.title() }</RouteLink>
                                if op.mentioned_only {
                                    { " " }<span class="tag">{ "(named in passing)" }</span>
                                }
                                if let Some(seized) = seized_in_short(&op.seizures) {
                                    <span class="seized-short">{ seized }</span>
                                }
                            </th>
                            <td>{ when(op) }</td>
                            <td>{ participants_summary(op) }</td>
                            { for AT_A_GLANCE.into_iter().map(|metric| html! {
                                <td class="number">
                                    if let Some(cell) = headline_cell(op, metric) {
                                        <RouteLink to={Route::Operation { id: op.id.clone() }}>{ cell.value }</RouteLink>
                                        if let Some(note) = cell.note {
                                            <span class="cell-note">{ note }</span>
                                        }
                                    } else {
                                        <span class="not-stated">{ "not stated" }</span>
                                    }
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </ScrollBox>
            <MoreRows {shown} total={rows.len()} rows="operations" on_show_all={show_all} />
            if one_release_each {
                <p class="single-sources">{ "Each operation here is reported by one release, so no figure can show “sources differ”: that note appears where two releases about one operation state a figure differently." }</p>
            }
            </div>
            </div>
        </>
    }
}
