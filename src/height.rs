//! Inside an iframe (`?embed=1`), the explorer tells the host page how tall its content is,
//! so that the host can size the iframe and the reader never scrolls inside it, and when the
//! reader moves to another view, so that the host can bring the iframe's top into view. The
//! messages, posted to the parent window:
//!
//! - `{ type: "interpol-explorer:height", height: <CSS pixels> }` whenever the height changes;
//! - `{ type: "interpol-explorer:view", view: "/countries/ES" }` at each change of view after
//!   the first (a new path; filters typed or chosen within a view are not one).

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

pub const MESSAGE_TYPE: &str = "interpol-explorer:height";
pub const VIEW_MESSAGE_TYPE: &str = "interpol-explorer:view";

/// Starts reporting; the observer lives as long as the page.
pub fn report_heights() {
    let Some(window) = web_sys::window() else { return };
    let Some(page) = window.document().and_then(|document| document.document_element()) else { return };
    let observed = page.clone();
    let last = std::cell::Cell::new(-1);
    let post = Closure::<dyn Fn()>::new(move || {
        // The root element's own height is the content's (not the iframe's viewport).
        let height = page.unchecked_ref::<web_sys::HtmlElement>().offset_height();
        if height != last.replace(height) {
            post_to_parent(MESSAGE_TYPE, "height", &JsValue::from(height));
        }
    });
    // A resize observer also reports the first size, as soon as it starts observing.
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&observed);
    }
    post.forget();
}

/// Tells the host that the reader moved to the view at `path`.
pub fn report_view(path: &str) {
    post_to_parent(VIEW_MESSAGE_TYPE, "view", &JsValue::from(path));
}

/// Posts `{ type: kind, [key]: value }` to the parent window, if there is one.
fn post_to_parent(kind: &str, key: &str, value: &JsValue) {
    let Some(Ok(Some(parent))) = web_sys::window().map(|window| window.parent()) else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &key.into(), value);
    // Neither the height nor the view is a secret, and the explorer cannot know its host's origin.
    let _ = parent.post_message(&message, "*");
}
