use explorer_core::query::{citation, when};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::missing::Missing;
use crate::data::use_dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct OperationPageProps {
    pub id: String,
}

/// One operation: when it ran, who took part, which documents report it.
#[function_component(OperationPage)]
pub fn operation_page(props: &OperationPageProps) -> Html {
    let dataset = use_dataset();
    let Some(op) = dataset.operation(&props.id) else {
        return html! {
            <Missing title="Operation not found" back={Route::Operations} back_label="See all operations"
                message={format!("No operation has the id “{}” in this dataset.", props.id)} />
        };
    };
    let year_note = match (op.year, op.year_inferred) {
        (Some(_), true) => " (year not written in the text; worked out from the publication date)",
        _ => "",
    };
    html! {
        <>
            <h1>{ format!("Operation {}", op.name) }</h1>
            <dl class="facts">
                <dt>{ "When" }</dt>
                <dd>{ when(op) }{ year_note }</dd>
                <dt>{ "Sources" }</dt>
                <dd>
                    <ul>
                        { for op.documents.iter().map(|file| html! { <li key={file.clone()}>{ citation(&dataset, file) }</li> }) }
                    </ul>
                </dd>
            </dl>
            <h2>{ format!("Participating countries ({})", op.countries.len()) }</h2>
            if op.countries.is_empty() {
                <p>{ "The source does not list the participating countries." }</p>
            } else {
                <ul class="country-list">
                    { for op.countries.iter().map(|code| {
                        let name = dataset.country(code).map_or(code.as_str(), |c| c.name.as_str());
                        html! {
                            <li key={code.clone()}>
                                <Link<Route> to={Route::Country { code: code.clone() }}>{ name }</Link<Route>>
                            </li>
                        }
                    }) }
                </ul>
            }
        </>
    }
}
