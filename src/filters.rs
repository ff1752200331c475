//! The filters of the current view, read from and written to the URL's query, so that reload,
//! back and forward restore them and every filtered view is a permalink.

use explorer_core::filter::{Filters, Parsed};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::route::Route;

/// The current filters (and what the query held that could not be read), with a callback
/// that writes new filters into the URL as a new history entry.
#[hook]
pub fn use_filters() -> (Parsed, Callback<Filters>) {
    let location = use_location();
    let navigator = use_navigator();
    let route = use_route::<Route>();
    let parsed = Filters::parse(location.as_ref().map_or("", |l| l.query_str()));
    let set = Callback::from(move |filters: Filters| {
        let (Some(navigator), Some(route)) = (&navigator, &route) else { return };
        let query = filters.to_query();
        if query.is_empty() {
            navigator.push(route);
        } else {
            // A raw query cannot fail to encode: its error type has no values.
            let Ok(()) = navigator.push_with_query(route, Raw(query));
        }
    });
    (parsed, set)
}
