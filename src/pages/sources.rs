use explorer_query::operations::{citation, documents_by_operation};
use yew::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::data::use_dataset;
use crate::route::Route;

/// The press releases the dataset was read from, grouped by the operation each reports: each
/// release by its headline (its file name where it has none), then its file and metadata.
#[function_component(SourcesPage)]
pub fn sources_page() -> Html {
    let dataset = use_dataset();
    html! {
        <>
            <PageHeading text="Sources" />
            <p>{ format!("{} documents, each shown with the passages facts were read from marked.", dataset.documents.len()) }</p>
            { for documents_by_operation(&dataset).into_iter().map(|(op, documents)| html! {
                <section class="source-group">
                    <h2>
                        if let Some(op) = op {
                            { "Reporting " }<RouteLink to={Route::Operation { id: op.id.clone() }}>{ op.title() }</RouteLink>
                        } else {
                            { "Reporting no operation" }
                        }
                    </h2>
                    <ul>
                        { for documents.iter().map(|doc| html! {
                            <li key={doc.file.clone()}>
                                <RouteLink to={Route::Source { file: doc.file.clone() }}>
                                    { doc.headline.clone().unwrap_or_else(|| doc.file.clone()) }
                                </RouteLink>
                                <span class="citation">{ format!(" — {}", citation(&dataset, &doc.file)) }</span>
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
        </>
    }
}
