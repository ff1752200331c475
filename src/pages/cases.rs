use explorer_model::Dataset;
use explorer_query::cases::{CaseRow, CaseSort, case_rows, figures_in_words, sort_cases};
use explorer_query::export::cases_table;
use explorer_query::filter::{case_facets, matching_cases, result_status};
use explorer_query::operations::seized_in_short;
use yew::prelude::*;

use crate::components::export_links::ExportLinks;
use crate::components::filter_panel::FilterPanel;
use crate::components::more_rows::{MoreRows, use_first_rows};
use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::components::scroll_box::ScrollBox;
use crate::components::sort_headers::{Column, SortHeaders, use_sort};
use crate::components::source_note::SourceNote;
use crate::data::use_dataset;
use crate::filters::use_filters;
use crate::route::Route;

const COLUMNS: [Column<CaseSort>; 2] =
    [(CaseSort::Operation, "Operation", false), (CaseSort::Country, "Country", false)];

const CAPTION: &str = "Country cases, each with its operation and the sentence it is read from";

/// Every country case of every operation as one table, filtered by the query in the URL
/// (`#/cases?theme=forced_labour`): a theme's cases across all operations, or one country's.
#[function_component(CasesPage)]
pub fn cases_page() -> Html {
    let dataset = use_dataset();
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    let (sort, set_sort) = use_sort((CaseSort::Operation, false));
    let mut rows = matching_cases(&dataset, &filters);
    sort_cases(&dataset, &mut rows, sort.0, sort.1);
    let (shown, show_all) = use_first_rows(rows.len());
    let status =
        result_status(rows.len(), case_rows(&dataset).count(), "cases", "case", || filters.emptying_cases(&dataset));
    html! {
        <>
            <PageHeading text="Cases" />
            <p>{ "What the releases tell of one country's authorities in an operation: who acted, which other countries were involved, the themes, the figures, and the sentence itself." }</p>
            if !parsed.unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}", parsed.unread.join(", ")) }</p>
            }
            <div class="filtered-view">
            <FilterPanel filters={filters.clone()} counted={("case", "cases")} facets={case_facets(&dataset, &filters)}
                on_change={set_filters} search_hint="text, countries, operation" years=true />
            <div class="results">
            <p role="status" aria-live="polite">{ status }</p>
            <ExportLinks table={cases_table(&dataset, &rows)} name={filters.file_name("cases")} />
            // The table keeps a readable width and scrolls sideways in its own box on a narrow
            // screen.
            <ScrollBox label={CAPTION}>
                <table class="cases">
                    <caption>{ CAPTION }</caption>
                    <thead>
                        <SortHeaders<CaseSort> columns={COLUMNS.to_vec()} {sort} on_sort={set_sort} unsorted={vec!["Case"]} />
                    </thead>
                    <tbody>
                        { for rows[..shown].iter().map(|row| case_row(&dataset, row)) }
                    </tbody>
                </table>
            </ScrollBox>
            <MoreRows {shown} total={rows.len()} rows="cases" on_show_all={show_all} />
            </div>
            </div>
        </>
    }
}

/// One case: its operation, the countries that acted (the row's header) and those involved,
/// then in one cell (so that a phone shows it with little sideways scrolling) its themes,
/// figures and text, with where the text is from on demand.
fn case_row(dataset: &Dataset, row: &CaseRow) -> Html {
    let (op, case) = (row.operation, row.case);
    let figures = figures_in_words(case);
    html! {
        <tr key={row.key()}>
            <td>
                <RouteLink to={Route::Operation { id: op.id.clone() }}>{ op.title() }</RouteLink>
                <span class="when">{ op.year.map_or("year not stated".to_string(), |year| year.to_string()) }</span>
            </td>
            <th scope="row">
                { country_links(dataset, &case.acting) }
                if !case.involved.is_empty() {
                    <span class="involved">{ "involving " }{ country_links(dataset, &case.involved) }</span>
                }
            </th>
            <td>
                if case.themes.is_empty() {
                    <p class="tag">{ "no theme" }</p>
                } else {
                    <ul class="themes" aria-label="Themes">
                        { for case.themes.iter().map(|theme| html! { <li>{ theme.label() }</li> }) }
                    </ul>
                }
                if !figures.is_empty() {
                    <p class="case-figures">{ figures.join(" · ") }</p>
                }
                if let Some(seized) = seized_in_short(&case.seizures) {
                    <p class="case-figures case-seized">{ seized }</p>
                }
                <blockquote>{ &case.source.quote }</blockquote>
                <SourceNote source={case.source.clone()} quote_shown=true />
            </td>
        </tr>
    }
}

/// Each country as a link to its page, separated by commas.
fn country_links(dataset: &Dataset, codes: &[String]) -> Html {
    codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let name = dataset.country(code).map_or(code.as_str(), |c| c.name.as_str());
            html! {
                <>
                    if i > 0 { { ", " } }
                    <RouteLink to={Route::Country { code: code.clone() }}>{ name }</RouteLink>
                </>
            }
        })
        .collect()
}
