use explorer_model::text::counted;
use explorer_query::operations::citation;
use explorer_query::sources::{Mark, cited_at, cited_segment, marked_segments, sources_in, unread_in};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::content::start_at;
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
/// marked, and apart from those, the numbers of body sentences that gave no fact: what the
/// dataset leaves out. The text is rendered as text, never as HTML. Opened from a citation
/// (`?at=` the passage's first byte), the page starts at the passage cited, marked apart and
/// focused; an `at` that is no passage's is ignored.
#[function_component(SourcePage)]
pub fn source_page(props: &SourcePageProps) -> Html {
    let dataset = use_dataset();
    let at = use_location().and_then(|location| cited_at(location.query_str()));
    let cited_passage = use_node_ref();
    {
        // The first view, or another passage of the same release: the landmark starts a view
        // reached from another at the passage itself (components/content.rs).
        let cited_passage = cited_passage.clone();
        use_effect_with((props.file.clone(), at), move |_| {
            if let Some(passage) = cited_passage.cast::<web_sys::HtmlElement>() {
                start_at(&passage);
            }
        });
    }
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
    let unread = unread_in(&dataset, &document.file);
    let marked = marked_segments(text, &sources, &unread);
    let cited = at.and_then(|at| cited_segment(&marked, at));
    html! {
        <>
            // The release's own headline where it has one; the file name is always given below.
            <PageHeading text={document.headline.clone().unwrap_or_else(|| document.file.clone())} />
            <dl class="facts">
                <dt>{ "Cited as" }</dt>
                <dd>{ citation(&dataset, &document.file) }</dd>
                if document.headline.is_some() {
                    <dt>{ "File" }</dt>
                    <dd>{ &document.file }</dd>
                }
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
            <p>
                { format!("{} read from the marked passages; ", counted(sources.len(), "fact was", "facts were")) }
                { format!("{} in sentences that gave no fact.", counted(unread.len(), "number stands", "numbers stand")) }
            </p>
            <ul class="source-legend" aria-label="Marks in the text">
                if cited.is_some() {
                    <li><mark class="cited">{ "the passage cited" }</mark></li>
                }
                <li><mark>{ "passage a fact was read from" }</mark></li>
                <li><mark class="unread">{ "number no fact was read from" }</mark></li>
            </ul>
            <pre class="source-text">
                { for marked.iter().enumerate().map(|(i, segment)| match segment.mark {
                    Mark::Plain => html! { { segment.text } },
                    // Where the view starts (components/content.rs): focusable from script only.
                    Mark::Read(facts) if cited == Some(i) => html! {
                        <mark class="cited" aria-current="true" tabindex="-1" data-view-start="" ref={cited_passage.clone()}
                            title={format!("the passage cited; {} read here", counted(facts, "fact", "facts"))}>
                            { segment.text }
                        </mark>
                    },
                    Mark::Read(facts) => html! {
                        <mark title={format!("{} read here", counted(facts, "fact", "facts"))}>{ segment.text }</mark>
                    },
                    Mark::Unread => html! {
                        <mark class="unread" title="no fact was read from this sentence">{ segment.text }</mark>
                    },
                }) }
            </pre>
        </>
    }
}
