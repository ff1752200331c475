//! The filters of the current view, read from and written to the URL's query, so that reload,
//! back and forward restore them and every filtered view is a permalink.

use explorer_core::filter::{Filters, Parsed};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::route::Route;
use crate::timing;

/// The current filters (and what the query held that could not be read), with a callback
/// that writes new filters into the URL.
#[hook]
pub fn use_filters() -> (Parsed, Callback<Filters>) {
    let location = use_location();
    let navigator = use_navigator();
    let route = use_route::<Route>();
    let query = location.as_ref().map_or(String::new(), |l| l.query_str().to_string());
    // Runs after the DOM shows the filters of this query: the end of an `explorer:update`.
    use_effect_with(query.clone(), |_| timing::measure_update());
    let parsed = Filters::parse(&query);
    let current = parsed.filters.clone();
    let set = Callback::from(move |filters: Filters| {
        timing::mark_input();
        let (Some(navigator), Some(route)) = (&navigator, &route) else { return };
        // Typing replaces the entry, so that back does not step through every keystroke;
        // choosing or dropping a filter is a step of its own.
        let typing = Filters { text: current.text.clone(), ..filters.clone() } == current;
        let query = filters.to_query();
        match (query.is_empty(), typing) {
            (true, true) => navigator.replace(route),
            (true, false) => navigator.push(route),
            // A raw query cannot fail to encode: its error type has no values.
            (false, true) => {
                let Ok(()) = navigator.replace_with_query(route, Raw(query));
            }
            (false, false) => {
                let Ok(()) = navigator.push_with_query(route, Raw(query));
            }
        }
    });
    (parsed, set)
}
