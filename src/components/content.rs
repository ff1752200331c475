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
/// readers then announce; or, where the view marks an element as its start (a source opened
/// at the passage cited, see [`VIEW_START`]), at that element, with focus on it. Inside an
/// iframe, the host is told, so that it can scroll too.
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
                start_view(&landmark);
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

/// The attribute of the element a view starts at instead of its top: an element that holds it
/// must be able to take focus (`tabindex="-1"`).
pub const VIEW_START: &str = "data-view-start";

/// Brings an element to the middle of the window and focuses it there, so that keyboard and
/// screen-reader users start where the eye is led.
pub fn start_at(element: &web_sys::HtmlElement) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = element.focus_with_options(&focus);
}

/// Starts the view at the element it marks as its start, if any; else scrolls the explorer's
/// top into view if the reader is below it (on its own page: the top of the page), then
/// focuses the view's heading without scrolling again.
fn start_view(landmark: &web_sys::Element) {
    let marked = landmark.query_selector(&format!("[{VIEW_START}]")).ok().flatten();
    if let Some(start) = marked.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        start_at(&start);
        return;
    }
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
