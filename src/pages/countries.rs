use explorer_query::countries::{SortKey, sort_rows};
use explorer_query::export::countries_table;
use explorer_query::facets::Facet;
use explorer_query::filter::{CountryFilter, Filters, country_facet_values, result_status};
use yew::prelude::*;

use crate::components::export_links::ExportLinks;
use crate::components::filter_panel::FilterPanel;
use crate::components::page_heading::PageHeading;
use crate::components::participation_matrix::{ParticipationMatrix, codes_of};
use crate::components::route_link::RouteLink;
use crate::components::scroll_box::ScrollBox;
use crate::components::sort_headers::{Column, SortHeaders, use_sort};
use crate::components::tabs::Tabs;
use crate::data::use_dataset;
use crate::filters::use_filters;
use crate::route::Route;

const COLUMNS: [Column<SortKey>; 7] = [
    (SortKey::Name, "Country", false),
    (SortKey::Region, "Region", false),
    (SortKey::Operations, "Operations", true),
    (SortKey::Cases, "Cases", true),
    (SortKey::Involved, "Named in cases", true),
    (SortKey::FirstYear, "First year", false),
    (SortKey::LastYear, "Last year", true),
];

/// The columns of counts and years, aligned right.
const NUMBERS: [SortKey; 5] =
    [SortKey::Operations, SortKey::Cases, SortKey::Involved, SortKey::FirstYear, SortKey::LastYear];

/// Every country named by an operation, as a table sortable by each column and filtered by
/// the query in the URL (`#/countries?q=cote&region=africa`).
#[function_component(CountriesPage)]
pub fn countries_page() -> Html {
    let dataset = use_dataset();
    let (sort, set_sort) = use_sort((SortKey::Operations, true));
    let (key, descending) = sort;
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    let mut rows = dataset.country_rows();
    let filter = CountryFilter::new(&dataset, &filters);
    rows.retain(|row| filter.keeps(row.country));
    sort_rows(&mut rows, key, descending);
    // Operations, series and crime areas select the countries listed in their operations
    // ("its countries" from an operation's page); regions and subregions select by place.
    let facets = [Facet::Operation, Facet::Series, Facet::CrimeArea, Facet::Region, Facet::Subregion]
        .into_iter()
        .map(|facet| (facet, country_facet_values(&dataset, &filters, facet)))
        .collect::<Vec<_>>();
    let status = result_status(rows.len(), dataset.countries.len(), "countries and territories", "country", || {
        filters.emptying_countries(&dataset)
    });
    let caption = "Countries and territories: operations that list them as taking part, cases their authorities acted \
                   in, and cases elsewhere that name them (nationals, origin or destination)";
    let year = |y: Option<i32>| y.map_or("–".to_string(), |y| y.to_string());
    let tabs = vec![("table", "Table"), ("matrix", "Countries × operations")];
    let tab = filters.tab.clone().unwrap_or_else(|| "table".to_string());
    let select_tab = {
        let (filters, set_filters) = (filters.clone(), set_filters.clone());
        Callback::from(move |name: &'static str| {
            let tab = (name != "table").then(|| name.to_string());
            set_filters.emit(Filters { tab, ..filters.clone() });
        })
    };
    html! {
        <>
            <PageHeading text="Countries" />
            if !parsed.unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}", parsed.unread.join(", ")) }</p>
            }
            <div class="filtered-view">
            <FilterPanel filters={filters.clone()} counted={("country", "countries")} {facets} on_change={set_filters} search_hint="country names" />
            <div class="results">
            <p role="status" aria-live="polite">{ status }</p>
            <ExportLinks table={countries_table(&rows)} name={filters.file_name("countries")} />
            <Tabs label="Show the countries as" {tabs} selected={tab.to_string()} on_select={select_tab}>
                if tab == "matrix" {
                    <ParticipationMatrix countries={codes_of(&rows)} />
                } else {
                    <ScrollBox label={caption}>
                        <table>
                            <caption>{ caption }</caption>
                            <thead>
                                <SortHeaders<SortKey> columns={COLUMNS.to_vec()} numeric={NUMBERS.to_vec()} {sort} on_sort={set_sort} />
                            </thead>
                            <tbody>
                                { for rows.iter().map(|row| html! {
                                    <tr key={row.country.code.clone()}>
                                        <th scope="row">
                                            <RouteLink to={Route::Country { code: row.country.code.clone() }}>{ &row.country.name }</RouteLink>
                                        </th>
                                        <td>{ row.country.region.clone().unwrap_or_default() }</td>
                                        <td class="number">{ row.counts.operations }</td>
                                        <td class="number">{ row.counts.cases }</td>
                                        <td class="number">{ row.counts.involved }</td>
                                        <td class="number">{ year(row.counts.first_year) }</td>
                                        <td class="number">{ year(row.counts.last_year) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </ScrollBox>
                }
            </Tabs>
            </div>
            </div>
        </>
    }
}
