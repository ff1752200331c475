use explorer_query::operations::citation;
use explorer_query::sources::passage_query;
use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::data::use_dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    pub file: AttrValue,
    /// The first byte of the passage cited; `None` cites the release as a whole.
    #[prop_or_default]
    pub at: Option<usize>,
}

/// A release cited as the dataset cites it ("press release, INTERPOL, Lyon, published
/// 2020-12-11 (turquesa-ii-2020.txt)"), linked to its text on the sources view, opened at the
/// passage cited.
#[function_component(SourceLink)]
pub fn source_link(props: &SourceLinkProps) -> Html {
    let dataset = use_dataset();
    html! {
        <RouteLink to={Route::Source { file: props.file.to_string() }} query={props.at.map(|at| AttrValue::from(passage_query(at)))}>
            { citation(&dataset, &props.file) }
        </RouteLink>
    }
}
