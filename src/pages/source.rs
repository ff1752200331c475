use explorer_core::query::citation;
use explorer_core::sources::{marked_segments, sources_in};
use yew::prelude::*;

use crate::components::missing::Missing;
use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::data::{source_text, use_dataset};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    pub file: String,
}

/// One press release as the users handed it over, with every passage a fact was read from
/// marked. The text is rendered as text, never as HTML.
#[function_component(SourcePage)]
pub fn source_page(props: &SourcePageProps) -> Html {
    let dataset = use_dataset();
    let (Some(document), Some(text)) =
        (dataset.documents.iter().find(|d| d.file == props.file), source_text(&props.file))
    else {
        return html! {
            <Missing title="Source not found" back={Route::Sources} back_label="See all sources"
                message={format!("No source document is called “{}”.", props.file)} />
        };
    };
    let sources = sources_in(&dataset, &document.file);
    let reports: Vec<_> = dataset.operations.iter().filter(|op| op.documents.contains(&document.file)).collect();
    let marked = marked_segments(text, &sources);
    html! {
        <>
            <PageHeading text={document.file.clone()} />
            <dl class="facts">
                <dt>{ "Cited as" }</dt>
                <dd>{ citation(&dataset, &document.file) }</dd>
                if let Some(original) = &document.original_file {
                    <dt>{ "Original file" }</dt>
                    <dd>{ original }</dd>
                }
                if let Some(note) = &document.note {
                    <dt>{ "Note" }</dt>
                    <dd>{ note }</dd>
                }
                <dt>{ "Reports" }</dt>
                <dd>
                    if reports.is_empty() {
                        { "no operation" }
                    } else {
                        { for reports.iter().map(|op| html! {
                            <RouteLink to={Route::Operation { id: op.id.clone() }}>{ op.title() }</RouteLink>
                        }) }
                    }
                </dd>
            </dl>
            <p>{ format!("{} facts were read from the marked passages.", sources.len()) }</p>
            <pre class="source-text">
                { for marked.iter().map(|segment| if segment.facts == 0 {
                    html! { { segment.text } }
                } else {
                    html! { <mark title={format!("{} facts read here", segment.facts)}>{ segment.text }</mark> }
                }) }
            </pre>
        </>
    }
}
