use explorer_core::query::{participants_summary, when};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::data::use_dataset;
use crate::route::Route;

/// All operations as a table: name, dates, participants, sources.
#[function_component(OperationsPage)]
pub fn operations_page() -> Html {
    let dataset = use_dataset();
    html! {
        <>
            <h1>{ "Operations" }</h1>
            <table>
                <caption>{ format!("{} operations, earliest first", dataset.operations.len()) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Operation" }</th>
                        <th scope="col">{ "When" }</th>
                        <th scope="col">{ "Participants" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for dataset.operations.iter().map(|op| html! {
                        <tr key={op.id.clone()}>
                            <th scope="row">
                                <Link<Route> to={Route::Operation { id: op.id.clone() }}>{ format!("Operation {}", op.name) }</Link<Route>>
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
        </>
    }
}
