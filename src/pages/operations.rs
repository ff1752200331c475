use explorer_core::export::operations_table;
use explorer_core::filter::{matching, operation_facets, result_status};
use explorer_core::query::{OperationSort, participants_summary, sort_operations, when};
use yew::prelude::*;

use crate::components::export_links::ExportLinks;
use crate::components::filter_panel::FilterPanel;
use crate::components::route_link::RouteLink;
use crate::components::scroll_box::ScrollBox;
use crate::components::sort_headers::{Column, SortHeaders, use_sort};
use crate::data::use_dataset;
use crate::filters::use_filters;
use crate::route::Route;

const COLUMNS: [Column<OperationSort>; 3] = [
    (OperationSort::Name, "Operation", false),
    (OperationSort::When, "When", false),
    (OperationSort::Participants, "Participants", true),
];

/// Rows drawn before the reader asks for all: several screens, and few enough that filtering a
/// corpus of hundreds of operations stays quick. Downloads always hold every row.
const FIRST_ROWS: usize = 100;

/// All operations as a table, sortable by each column, filtered by the query in the URL.
#[function_component(OperationsPage)]
pub fn operations_page() -> Html {
    let dataset = use_dataset();
    let show_all = use_state(|| false);
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    let (sort, set_sort) = use_sort((OperationSort::When, false));
    let mut rows = matching(&dataset, &filters);
    sort_operations(&mut rows, sort.0, sort.1);
    let facets = operation_facets(&dataset, &filters);
    let shown = if *show_all { rows.len() } else { rows.len().min(FIRST_ROWS) };
    let status =
        result_status(rows.len(), dataset.operations.len(), "operations", "operation", || filters.emptying(&dataset));
    html! {
        <>
            <h1>{ "Operations" }</h1>
            if !parsed.unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}", parsed.unread.join(", ")) }</p>
            }
            <FilterPanel filters={filters.clone()} {facets} on_change={set_filters} search_hint="names, cases, quotes" years=true />
            <p role="status" aria-live="polite">{ status }</p>
            <ExportLinks table={operations_table(&rows)} name="operations" />
            <ScrollBox label="Operations">
                <table>
                    <caption>{ "Operations" }</caption>
                    <thead>
                        <SortHeaders<OperationSort> columns={COLUMNS.to_vec()} {sort} on_sort={set_sort} />
                    </thead>
                    <tbody>
                        { for rows[..shown].iter().map(|op| html! {
                            <tr key={op.id.clone()}>
                                <th scope="row">
                                    <RouteLink to={Route::Operation { id: op.id.clone() }}>{ op.title() }</RouteLink>
                                    if op.mentioned_only {
                                        { " " }<span class="tag">{ "(named in passing)" }</span>
                                    }
                                </th>
                                <td>{ when(op) }</td>
                                <td>{ participants_summary(op) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </ScrollBox>
            if shown < rows.len() {
                <p class="more-rows">
                    { format!("The first {shown} rows are shown. ") }
                    <button type="button" onclick={move |_| show_all.set(true)}>
                        { format!("Show all {} operations", rows.len()) }
                    </button>
                </p>
            }
        </>
    }
}
