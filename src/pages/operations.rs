use explorer_core::query::when;
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
                        <th scope="col">{ "Participating countries" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for dataset.operations.iter().map(|op| html! {
                        <tr key={op.id.clone()}>
                            <th scope="row">
                                <Link<Route> to={Route::Operation { id: op.id.clone() }}>{ format!("Operation {}", op.name) }</Link<Route>>
                            </th>
                            <td>{ when(op) }</td>
                            <td class="number">{ participants_cell(op.countries.len()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}

/// A count of zero means the text lists none, not that none took part.
fn participants_cell(listed: usize) -> String {
    if listed == 0 { "not listed".to_string() } else { listed.to_string() }
}
