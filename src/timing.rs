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
