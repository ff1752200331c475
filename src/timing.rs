//! User Timing marks that the benchmarks read: `explorer:ready` after the first render, and an
//! `explorer:update` measure from an input event to the DOM it changed.
//!
//! A browser without User Timing loses only the measurements, never the app.

use web_sys::Performance;

const INPUT_MARK: &str = "explorer:input";

fn performance() -> Option<Performance> {
    web_sys::window().and_then(|w| w.performance())
}

pub fn mark_ready() {
    if let Some(performance) = performance() {
        let _ = performance.mark("explorer:ready");
    }
}

/// Called from an input event handler: the start of the next `explorer:update`.
pub fn mark_input() {
    if let Some(performance) = performance() {
        performance.clear_marks_with_mark_name(INPUT_MARK);
        let _ = performance.mark(INPUT_MARK);
    }
}

/// Called from an effect, after the DOM is updated: measures from the last input, once.
pub fn measure_update() {
    let Some(performance) = performance() else { return };
    if performance.get_entries_by_name_with_entry_type(INPUT_MARK, "mark").length() == 0 {
        return;
    }
    let _ = performance.measure_with_start_mark("explorer:update", INPUT_MARK);
    performance.clear_marks_with_mark_name(INPUT_MARK);
}

/// Marks an input at every in-app link click, so that a route change is measured like any
/// other update. (Back and forward are not marked: the router may render before a popstate
/// listener of ours runs, which would leave a stray mark.) The listener lives as long as the page.
pub fn mark_link_clicks() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else { return };
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let link = target.and_then(|e| e.closest("a[href]").ok().flatten());
        // In-app links are hash links ("#/countries/ES"); others leave the app.
        if link.and_then(|a| a.get_attribute("href")).is_some_and(|href| href.starts_with('#')) {
            mark_input();
        }
    });
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    }
    on_click.forget();
}
