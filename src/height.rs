//! Inside an iframe (`?embed=1`), the explorer tells the host page how tall its content is,
//! so that the host can size the iframe and the reader never scrolls inside it. The message
//! is `{ type: "interpol-explorer:height", height: <CSS pixels> }`, posted to the parent
//! window whenever the height changes.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

pub const MESSAGE_TYPE: &str = "interpol-explorer:height";

/// Starts reporting; the observer lives as long as the page.
pub fn report_heights() {
    let Some(window) = web_sys::window() else { return };
    let (Ok(Some(parent)), Some(document)) = (window.parent(), window.document()) else { return };
    let Some(page) = document.document_element() else { return };
    let observed = page.clone();
    let last = std::cell::Cell::new(-1);
    let post = Closure::<dyn Fn()>::new(move || {
        // The root element's own height is the content's (not the iframe's viewport).
        let height = page.unchecked_ref::<web_sys::HtmlElement>().offset_height();
        if height == last.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        // The height is not a secret, and the explorer cannot know its host's origin.
        let _ = parent.post_message(&message, "*");
    });
    // A resize observer also reports the first size, as soon as it starts observing.
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&observed);
    }
    post.forget();
}
