use std::collections::BTreeMap;

use explorer_model::Dataset;
use explorer_model::text::counted;
use explorer_query::compare::Measure;
use explorer_query::facets::Facet;
use explorer_query::filter::{facet_values, matching};
use explorer_query::headline::totals;
use yew::prelude::*;

use crate::components::comparison_chart::ComparisonChart;
use crate::components::filter_panel::FilterPanel;
use crate::components::operation_list::OperationList;
use crate::components::page_heading::PageHeading;
use crate::components::timeline_chart::TimelineChart;
use crate::data::use_dataset;
use crate::filters::use_filters_beside;

/// The timeline's own key in its address, beside the filters: the compared figure.
const OWN_KEYS: &[&str] = &["figure"];

/// Every operation the filters keep (all of them at first) in time order, grouped by year;
/// undated ones last. The filters offer the participating country and the crime area: the
/// timeline of one country's operations, or of one kind of crime.
#[function_component(TimelinePage)]
pub fn timeline_page() -> Html {
    let dataset = use_dataset();
    let (parsed, own_pairs, set_filters) = use_filters_beside(OWN_KEYS);
    let filters = parsed.filters;
    let query = filters.to_query();
    let (measure, unread_figure) = Measure::in_query(&dataset, &own_pairs);
    let kept = matching(&dataset, &filters);
    let kept_ids: Vec<String> = kept.iter().map(|op| op.id.clone()).collect();
    let mut by_year: BTreeMap<Option<i32>, Vec<String>> = BTreeMap::new();
    for op in &kept {
        by_year.entry(op.year).or_default().push(op.id.clone());
    }
    // None sorts first in a BTreeMap; a reader expects the unknown after the known.
    let undated = by_year.remove(&None);
    let unread: Vec<String> = parsed.unread.into_iter().chain(unread_figure).collect();
    let facets =
        [Facet::Country, Facet::CrimeArea].map(|facet| (facet, facet_values(&dataset, &filters, facet))).to_vec();
    let list_title = if query.is_empty() {
        format!("The {} operations, earliest first", kept.len())
    } else {
        format!("The {} of {} operations these filters keep, earliest first", kept.len(), dataset.operations.len())
    };
    html! {
        <>
            <PageHeading text="Timeline" />
            <p class="what-this-is">{ what_this_is(&dataset) }</p>
            <p>{ "The operations shown together, adding up each one's figure as its first release states it: preliminary results that each operation counts its own way (the operations table notes where)." }</p>
            <ul class="totals" aria-label="Headline figures of the operations shown">
                { for totals(&kept).into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            if !unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}; comparing {}.", unread.join(", "), measure.label()) }</p>
            }
            <FilterPanel filters={filters.clone()} counted={("operation", "operations")} {facets} on_change={set_filters}
                search_hint="names, cases, quotes" years=true closed_at_first=true />
            <p>{ "Each bar spans an operation's dates; a pale bar marks an operation whose year alone is known, a dashed one an operation only named in another release." }</p>
            <TimelineChart kept={kept_ids.clone()} />
            <ComparisonChart {measure} kept={kept_ids} />
            <h2 class="list-title">{ list_title }</h2>
            { for by_year.into_iter().map(|(year, ids)| html! {
                <section key={year.unwrap_or_default()}>
                    <h3>{ year.map(|y| y.to_string()).unwrap_or_default() }</h3>
                    <OperationList {ids} />
                </section>
            }) }
            { for undated.map(|ids| html! {
                <section>
                    <h3>{ "Year not stated" }</h3>
                    <OperationList {ids} />
                </section>
            }) }
        </>
    }
}

/// What the explorer is, for a reader who lands on it: "INTERPOL's operations against human
/// trafficking and migrant smuggling, as its press releases report them: 6 operations from 2019
/// to 2024, read from 5 releases. ..."
fn what_this_is(dataset: &Dataset) -> String {
    let years: Vec<i32> = dataset.operations.iter().filter_map(|op| op.year).collect();
    let span = match (years.iter().min(), years.iter().max()) {
        (Some(first), Some(last)) if first != last => format!(" from {first} to {last}"),
        (Some(year), _) => format!(" in {year}"),
        _ => String::new(),
    };
    format!(
        "INTERPOL's operations against human trafficking and migrant smuggling, as its press releases report \
         them: {}{span}, read from {}. On each operation's page, every figure and case gives the sentence it was read from.",
        counted(dataset.operations.len(), "operation", "operations"),
        counted(dataset.documents.len(), "release", "releases"),
    )
}
