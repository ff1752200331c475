use explorer_core::countries::{SortKey, country_rows, sort_rows};
use explorer_core::export::countries_table;
use explorer_core::filter::{Facet, country_facet_values, keeps_country};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::export_links::ExportLinks;
use crate::components::filter_panel::FilterPanel;
use crate::data::use_dataset;
use crate::filters::use_filters;
use crate::route::Route;
use crate::timing;

/// Columns: sort key, heading, whether the first click sorts descending (counts do).
const COLUMNS: [(SortKey, &str, bool); 6] = [
    (SortKey::Name, "Country", false),
    (SortKey::Region, "Region", false),
    (SortKey::Operations, "Operations", true),
    (SortKey::Cases, "Cases", true),
    (SortKey::FirstYear, "First year", false),
    (SortKey::LastYear, "Last year", true),
];

/// Every country named by an operation, as a table sortable by each column and filtered by
/// the query in the URL (`#/countries?q=cote&region=africa`).
#[function_component(CountriesPage)]
pub fn countries_page() -> Html {
    let dataset = use_dataset();
    let sort = use_state(|| (SortKey::Operations, true));
    let (key, descending) = *sort;
    use_effect_with(*sort, |_| timing::measure_update());
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    let mut rows = country_rows(&dataset);
    rows.retain(|row| keeps_country(&dataset, &filters, row.country));
    sort_rows(&mut rows, key, descending);
    let facets = [Facet::Region, Facet::Subregion]
        .into_iter()
        .map(|facet| (facet, country_facet_values(&dataset, &filters, facet)))
        .collect::<Vec<_>>();
    let status = if rows.is_empty() {
        "No country matches these filters.".to_string()
    } else {
        format!("{} of {} countries and territories", rows.len(), dataset.countries.len())
    };
    let year = |y: Option<i32>| y.map_or("–".to_string(), |y| y.to_string());
    html! {
        <>
            <h1>{ "Countries" }</h1>
            if !parsed.unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}", parsed.unread.join(", ")) }</p>
            }
            <FilterPanel filters={filters.clone()} {facets} on_change={set_filters} search_hint="country names" />
            <p role="status" aria-live="polite">{ status }</p>
            <ExportLinks table={countries_table(&rows)} name="countries" />
            <table>
                <caption>{ "Countries and territories: operations they took part in, cases their authorities acted in" }</caption>
                <thead>
                    <tr>
                        { for COLUMNS.iter().map(|&(column, title, first_descending)| {
                            let active = column == key;
                            let aria_sort = match (active, descending) {
                                (false, _) => None,
                                (true, true) => Some("descending"),
                                (true, false) => Some("ascending"),
                            };
                            let onclick = {
                                let sort = sort.clone();
                                let next = if active { !descending } else { first_descending };
                                Callback::from(move |_| {
                                    timing::mark_input();
                                    sort.set((column, next));
                                })
                            };
                            html! {
                                <th scope="col" aria-sort={aria_sort}>
                                    <button type="button" class="sort" {onclick}>{ title }</button>
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|row| html! {
                        <tr key={row.country.code.clone()}>
                            <th scope="row">
                                <Link<Route> to={Route::Country { code: row.country.code.clone() }}>{ &row.country.name }</Link<Route>>
                            </th>
                            <td>{ row.country.region.clone().unwrap_or_default() }</td>
                            <td class="number">{ row.operations }</td>
                            <td class="number">{ row.cases }</td>
                            <td class="number">{ year(row.first_year) }</td>
                            <td class="number">{ year(row.last_year) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}
