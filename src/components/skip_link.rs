use yew::prelude::*;

use crate::components::content::{CONTENT_ID, view_heading};

/// The first tab stop: "Skip to content", hidden until it has focus, leads past the header and
/// its navigation to the view's heading.
#[function_component(SkipLink)]
pub fn skip_link() -> Html {
    let onclick = Callback::from(|event: MouseEvent| {
        // The address's hash holds the view (or the host's own): following the link would change it.
        event.prevent_default();
        let document = web_sys::window().and_then(|window| window.document());
        if let Some(heading) = document.and_then(|d| d.get_element_by_id(CONTENT_ID)).as_ref().and_then(view_heading) {
            let _ = heading.focus();
        }
    });
    html! { <a class="skip-link" href={format!("#{CONTENT_ID}")} {onclick}>{ "Skip to content" }</a> }
}
