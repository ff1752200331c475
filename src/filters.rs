//! The filters of the current view, read from and written to the URL's query, so that reload,
//! back and forward restore them and every filtered view is a permalink.

use explorer_query::filter::{Filters, Parsed};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::route::Route;
use crate::timing;

/// The current filters (and what the query held that could not be read), with a callback
/// that writes new filters into the URL.
#[hook]
pub fn use_filters() -> (Parsed, Callback<Filters>) {
    let (parsed, _, set) = use_filters_beside(&[]);
    (parsed, set)
}

/// As [`use_filters`], on a view whose query also holds keys of its own (`figure=` on the
/// timeline): those are not read as filters, and writing the filters keeps them. The middle
/// value is the view's own pairs (`figure=arrests`).
#[hook]
pub fn use_filters_beside(own_keys: &'static [&'static str]) -> (Parsed, String, Callback<Filters>) {
    let location = use_location();
    let navigator = use_navigator();
    let route = use_route::<Route>();
    let query = location.as_ref().map_or(String::new(), |l| l.query_str().to_string());
    // Runs after the DOM shows the filters of this query: the end of an `explorer:update`.
    use_effect_with(query.clone(), |_| timing::measure_update());
    let (own, filter_pairs) = split_query(&query, own_keys);
    let parsed = Filters::parse(&filter_pairs);
    let current = parsed.filters.clone();
    let kept_pairs = own.clone();
    let set = Callback::from(move |filters: Filters| {
        timing::mark_input();
        let (Some(navigator), Some(route)) = (&navigator, &route) else { return };
        // Typing replaces the entry, so that back does not step through every keystroke;
        // choosing or dropping a filter is a step of its own.
        let typing = Filters { text: current.text.clone(), ..filters.clone() } == current;
        let query = [filters.to_query(), own.clone()].into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>();
        let query = query.join("&");
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
    (parsed, kept_pairs, set)
}

/// A query's pairs with one of `keys`, and the others, each joined by `&` again.
pub fn split_query(query: &str, keys: &[&str]) -> (String, String) {
    let (own, others): (Vec<&str>, Vec<&str>) = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .partition(|pair| keys.contains(&pair.split('=').next().unwrap_or_default()));
    (own.join("&"), others.join("&"))
}
