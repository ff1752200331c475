use explorer_core::model::Source;
use explorer_core::query::citation;
use yew::prelude::*;

use crate::data::use_dataset;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub source: Source,
}

/// The sentence a fact was read from and its document, shown on demand. Seed text is always
/// rendered as text, never as HTML.
#[function_component(SourceNote)]
pub fn source_note(props: &SourceNoteProps) -> Html {
    let dataset = use_dataset();
    html! {
        <details class="source">
            <summary>{ "Source" }</summary>
            <blockquote>{ &props.source.quote }</blockquote>
            <p class="citation">{ citation(&dataset, &props.source.document) }</p>
        </details>
    }
}
