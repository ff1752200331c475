use explorer_core::model::Operation;
use explorer_core::query::when;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct OperationListProps {
    pub operations: Vec<Operation>,
}

/// Operations as a list of links, each with when it ran.
#[function_component(OperationList)]
pub fn operation_list(props: &OperationListProps) -> Html {
    html! {
        <ul class="operation-list">
            { for props.operations.iter().map(|op| html! {
                <li key={op.id.clone()}>
                    <Link<Route> to={Route::Operation { id: op.id.clone() }}>{ format!("Operation {}", op.name) }</Link<Route>>
                    { " " }<span class="when">{ when(op) }</span>
                </li>
            }) }
        </ul>
    }
}
