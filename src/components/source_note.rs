use explorer_model::{Origin, Source};
use yew::prelude::*;

use crate::components::source_link::SourceLink;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub source: Source,
    /// The sentence already stands beside the fact (a case is its sentence): the note then
    /// says only where it is from.
    #[prop_or_default]
    pub quote_shown: bool,
    /// What the control says, where a fact has more than one source ("Source of the list").
    #[prop_or(AttrValue::Static("Source"))]
    pub label: AttrValue,
}

/// The sentence a fact was read from and its document, shown on demand on screen and always
/// in print; the document links to its text, opened at the sentence. A fact a maintainer
/// corrected says so where it stands, and gives their note with the sentence. Seed text is
/// always rendered as text, never as HTML.
#[function_component(SourceNote)]
pub fn source_note(props: &SourceNoteProps) -> Html {
    let corrected = props.source.origin == Origin::Corrected;
    let cited = html! {
        <p class="citation"><SourceLink file={props.source.document.clone()} at={props.source.span.0} /></p>
    };
    html! {
        <>
            if corrected {
                <span class="checked-by-hand">{ "checked by hand" }</span>
            }
            <details class="source">
                <summary>{ &props.label }</summary>
                if !props.quote_shown {
                    <blockquote>{ &props.source.quote }</blockquote>
                }
                if corrected {
                    <p class="correction-note">
                        { "Corrected by hand: " }
                        { props.source.note.as_deref().unwrap_or("the maintainer gave no note.") }
                    </p>
                }
                { cited.clone() }
            </details>
            // On paper nothing opens: the sentence and its release print in place of the
            // control (hidden on screen, where the control above shows them).
            <div class="source-print">
                if !props.quote_shown {
                    <blockquote>{ &props.source.quote }</blockquote>
                }
                { cited }
            </div>
        </>
    }
}
