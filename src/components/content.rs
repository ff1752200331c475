use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::SITE_NAME;
use crate::height;
use crate::mount::use_mount;

/// The id of the element that holds the current view: where the skip link leads.
pub const CONTENT_ID: &str = "interpol-explorer-content";

#[derive(Properties, PartialEq)]
pub struct ContentProps {
    pub children: Html,
}

/// The landmark around the current view. When the reader moves to another view (a new path;
/// not a new query, which is a filter being typed or chosen, and not the first view shown),
/// the browser would keep the old scroll position and leave focus on a link that no longer
/// exists: the new view starts at its top instead, with focus on its heading, which screen
/// readers then announce. Inside an iframe, the host is told, so that it can scroll too.
#[function_component(Content)]
pub fn content(props: &ContentProps) -> Html {
    let mount = use_mount();
    let landmark = use_node_ref();
    let path = use_location().map(|location| location.path().to_string());
    let first_view = use_mut_ref(|| true);
    {
        let landmark = landmark.clone();
        let report_view = mount.report_height;
        use_effect_with(path, move |path| {
            if std::mem::replace(&mut *first_view.borrow_mut(), false) {
                return;
            }
            if let Some(landmark) = landmark.cast::<web_sys::Element>() {
                start_at_heading(&landmark);
            }
            if let Some(path) = path.as_deref().filter(|_| report_view) {
                height::report_view(path);
            }
        });
    }
    // On a host's page, the host has the one `main` landmark; the explorer is a region in it.
    if mount.full_page || mount.report_height {
        html! { <main class="content" id={CONTENT_ID} ref={landmark}>{ props.children.clone() }</main> }
    } else {
        html! {
            <section class="content" id={CONTENT_ID} ref={landmark} aria-label={SITE_NAME}>
                { props.children.clone() }
            </section>
        }
    }
}

/// The current view's heading inside the landmark.
pub fn view_heading(landmark: &web_sys::Element) -> Option<web_sys::HtmlElement> {
    landmark.query_selector("h1").ok()??.dyn_into().ok()
}

/// Scrolls the explorer's top into view if the reader is below it (on its own page: the top of
/// the page), then focuses the view's heading without scrolling again.
fn start_at_heading(landmark: &web_sys::Element) {
    if let Ok(Some(root)) = landmark.closest(".interpol-explorer")
        && root.get_bounding_client_rect().top() < 0.0
    {
        root.scroll_into_view_with_bool(true);
    }
    if let Some(heading) = view_heading(landmark) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}
