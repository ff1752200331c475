use std::collections::BTreeMap;

use explorer_core::compare::Measure;
use explorer_core::headline::totals;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::comparison_chart::ComparisonChart;
use crate::components::operation_list::OperationList;
use crate::components::page_heading::PageHeading;
use crate::components::timeline_chart::TimelineChart;
use crate::data::use_dataset;
use crate::timing;

/// Every operation in time order, grouped by year; undated ones last.
#[function_component(TimelinePage)]
pub fn timeline_page() -> Html {
    let dataset = use_dataset();
    let location = use_location();
    let query = location.as_ref().map_or(String::new(), |l| l.query_str().to_string());
    use_effect_with(query.clone(), |_| timing::measure_update());
    let (measure, unread) = Measure::in_query(&query);
    let mut by_year: BTreeMap<Option<i32>, Vec<String>> = BTreeMap::new();
    for op in &dataset.operations {
        by_year.entry(op.year).or_default().push(op.id.clone());
    }
    // None sorts first in a BTreeMap; a reader expects the unknown after the known.
    let undated = by_year.remove(&None);
    html! {
        <>
            <PageHeading text="Timeline" />
            <p>{ "All operations together, adding up each one's figure as its first release states it: preliminary results that each operation counts its own way (the operations table notes where)." }</p>
            <ul class="totals" aria-label="Headline figures of all operations">
                { for totals(&dataset.operations.iter().collect::<Vec<_>>()).into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            if let Some(unread) = unread {
                <p class="notice">{ format!("Ignored in the address: {unread}; comparing {} instead.", measure.label()) }</p>
            }
            <p>{ "Each bar spans an operation's dates; a pale bar marks an operation whose year alone is known, a dashed one an operation only named in another release." }</p>
            <TimelineChart />
            <ComparisonChart {measure} />
            <h2 class="list-title">{ format!("The {} operations, earliest first", dataset.operations.len()) }</h2>
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
