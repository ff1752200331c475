use explorer_core::query::citation;
use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::data::use_dataset;
use crate::route::Route;

/// The press releases the dataset was read from.
#[function_component(SourcesPage)]
pub fn sources_page() -> Html {
    let dataset = use_dataset();
    html! {
        <>
            <h1>{ "Sources" }</h1>
            <p>{ format!("{} documents, each shown with the passages facts were read from marked.", dataset.documents.len()) }</p>
            <ul>
                { for dataset.documents.iter().map(|doc| html! {
                    <li key={doc.file.clone()}>
                        <RouteLink to={Route::Source { file: doc.file.clone() }}>{ &doc.file }</RouteLink>
                        { format!(" — {}", citation(&dataset, &doc.file)) }
                    </li>
                }) }
            </ul>
        </>
    }
}
