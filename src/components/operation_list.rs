use explorer_query::headline::headline_figures;
use explorer_query::operations::{crime_areas_in_words, when};
use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::data::use_dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct OperationListProps {
    /// Ids of the operations to list, in order; the operations come from the dataset context
    /// rather than being copied into props at every render.
    pub ids: Vec<String>,
    /// Whether each operation also gives its headline figures.
    #[prop_or_default]
    pub with_figures: bool,
}

/// Operations as a list of links, each with when it ran, the crime areas it targeted (and its
/// headline figures).
#[function_component(OperationList)]
pub fn operation_list(props: &OperationListProps) -> Html {
    let dataset = use_dataset();
    html! {
        <ul class="operation-list">
            { for props.ids.iter().filter_map(|id| dataset.operation(id)).map(|op| html! {
                <li key={op.id.clone()}>
                    <RouteLink to={Route::Operation { id: op.id.clone() }}>{ op.title() }</RouteLink>
                    { " " }<span class="when">{ when(op) }</span>
                    if let Some(areas) = crime_areas_in_words(op) {
                        { " · " }<span class="crime-areas">{ areas }</span>
                    }
                    if props.with_figures {
                        { for headline_figures(op).into_iter().map(|figure| html! { <>{ " · " }{ figure }</> }) }
                    }
                </li>
            }) }
        </ul>
    }
}
