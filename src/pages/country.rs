use explorer_model::{CoordinationKind, Highlight, Operation};
use explorer_query::countries::{
    cases_acted, cases_involving, coordination_hosted, operations_of_country, participation_summary,
};
use explorer_query::export::{operations_table, seizures_table};
use explorer_query::facets::Facet;
use explorer_query::filter::Filters;
use explorer_query::operations::country_names;
use yew::prelude::*;

use crate::components::export_links::ExportLinks;
use crate::components::missing::Missing;
use crate::components::operation_list::OperationList;
use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::data::use_dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CountryPageProps {
    /// ISO alpha-2 as written in the address; "es" finds Spain too.
    pub code: String,
}

/// One country: the operations it took part in, the cases where it acted, the cases elsewhere
/// that involved it, and the coordination units it hosted.
#[function_component(CountryPage)]
pub fn country_page(props: &CountryPageProps) -> Html {
    let dataset = use_dataset();
    let code = props.code.to_ascii_uppercase();
    let Some(country) = dataset.country(&code) else {
        return html! {
            <Missing title="Country not found" back={Route::Countries} back_label="See all countries"
                message={format!("No country with the code “{}” appears in this dataset.", props.code)} />
        };
    };
    let operations = operations_of_country(&dataset, &code);
    let ids: Vec<String> = operations.iter().map(|op| op.id.clone()).collect();
    // The operations view filtered to this country's operations: the same rows, to sort,
    // compare and download.
    let filtered = Filters::default().with(Facet::Country, &code);
    let acted = cases_acted(&dataset, &code);
    let involving = cases_involving(&dataset, &code);
    let hosted = coordination_hosted(&dataset, &code);
    let region = [&country.subregion, &country.region].into_iter().flatten().cloned().collect::<Vec<_>>().join(", ");
    html! {
        <>
            <PageHeading text={country.name.clone()} />
            <p>{ format!("{} ({}){}. {}", country.name, country.code,
                if region.is_empty() { String::new() } else { format!(", {region}") }, participation_summary(&dataset, &code)) }</p>
            <OperationList {ids} with_figures=true />
            if !operations.is_empty() {
                <p>
                    <RouteLink to={Route::Operations} query={filtered.to_query()}>
                        { format!("{}'s operations in the operations table", country.name) }
                    </RouteLink>
                    { ", to sort and compare them." }
                </p>
                <ExportLinks table={operations_table(&operations)} name={filtered.file_name("operations")}
                    seizures={seizures_table(&operations)} />
            }
            if !hosted.is_empty() {
                <h2>{ "Coordination hosted" }</h2>
                <ul>
                    { for hosted.iter().map(|(op, c)| {
                        let what = match c.kind {
                            CoordinationKind::Headquarters => "coordinated from here",
                            CoordinationKind::Unit => "coordination unit",
                        };
                        html! { <li>{ format!("{}: {what}", op.title()) }</li> }
                    }) }
                </ul>
            }
            { case_section(&dataset, &format!("Cases where {} acted ({})", country.name, acted.len()), &acted, |h| &h.involved, "involving") }
            { case_section(&dataset, &format!("Cases elsewhere involving {} ({})", country.name, involving.len()), &involving, |h| &h.acting, "in") }
        </>
    }
}

/// A list of cases, each with its operation, the other countries and the case's text.
fn case_section(
    dataset: &explorer_model::Dataset,
    title: &str,
    cases: &[(&Operation, &Highlight)],
    others: fn(&Highlight) -> &Vec<String>,
    relation: &str,
) -> Html {
    if cases.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h2>{ title }</h2>
            <ul class="highlights">
                { for cases.iter().map(|(op, highlight)| {
                    let other = others(highlight);
                    html! {
                        <li>
                            <h3>
                                <RouteLink to={Route::Operation { id: op.id.clone() }}>{ op.title() }</RouteLink>
                                if !other.is_empty() {
                                    { format!(" — {relation} {}", country_names(dataset, other)) }
                                }
                            </h3>
                            <blockquote>{ &highlight.source.quote }</blockquote>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
