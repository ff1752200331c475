use std::collections::BTreeMap;

use explorer_core::model::Operation;
use yew::prelude::*;

use crate::components::operation_list::OperationList;
use crate::components::timeline_chart::TimelineChart;
use crate::data::use_dataset;

/// Every operation in time order, grouped by year; undated ones last.
#[function_component(TimelinePage)]
pub fn timeline_page() -> Html {
    let dataset = use_dataset();
    let mut by_year: BTreeMap<Option<i32>, Vec<Operation>> = BTreeMap::new();
    for op in &dataset.operations {
        by_year.entry(op.year).or_default().push(op.clone());
    }
    // None sorts first in a BTreeMap; a reader expects the unknown after the known.
    let undated = by_year.remove(&None);
    html! {
        <>
            <h1>{ "Timeline" }</h1>
            <p>{ "Each bar spans an operation's dates; a pale bar marks an operation whose year alone is known, a dashed one an operation only named in another release." }</p>
            <TimelineChart operations={dataset.operations.clone()} />
            <h2 class="list-title">{ format!("The {} operations, earliest first", dataset.operations.len()) }</h2>
            { for by_year.into_iter().map(|(year, operations)| html! {
                <section key={year.unwrap_or_default()}>
                    <h3>{ year.map(|y| y.to_string()).unwrap_or_default() }</h3>
                    <OperationList {operations} />
                </section>
            }) }
            { for undated.map(|operations| html! {
                <section>
                    <h3>{ "Year not stated" }</h3>
                    <OperationList {operations} />
                </section>
            }) }
        </>
    }
}
