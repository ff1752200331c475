use explorer_model::{Origin, Source};
use explorer_query::operations::citation;
use yew::prelude::*;

use crate::data::use_dataset;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub source: Source,
    /// The sentence already stands beside the fact (a case is its sentence): the note then
    /// says only where it is from.
    #[prop_or_default]
    pub quote_shown: bool,
}

/// The sentence a fact was read from and its document, shown on demand on screen and always
/// in print. A fact a maintainer
/// corrected says so where it stands, and gives their note with the sentence. Seed text is
/// always rendered as text, never as HTML.
#[function_component(SourceNote)]
pub fn source_note(props: &SourceNoteProps) -> Html {
    let dataset = use_dataset();
    let corrected = props.source.origin == Origin::Corrected;
    html! {
        <>
            if corrected {
                <span class="checked-by-hand">{ "checked by hand" }</span>
            }
            <details class="source">
                <summary>{ "Source" }</summary>
                if !props.quote_shown {
                    <blockquote>{ &props.source.quote }</blockquote>
                }
                if corrected {
                    <p class="correction-note">
                        { "Corrected by hand: " }
                        { props.source.note.as_deref().unwrap_or("the maintainer gave no note.") }
                    </p>
                }
                <p class="citation">{ citation(&dataset, &props.source.document) }</p>
            </details>
            // On paper nothing opens: the sentence and its release print in place of the
            // control (hidden on screen, where the control above shows them).
            <div class="source-print">
                if !props.quote_shown {
                    <blockquote>{ &props.source.quote }</blockquote>
                }
                <p class="citation">{ citation(&dataset, &props.source.document) }</p>
            </div>
        </>
    }
}
