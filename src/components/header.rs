use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

/// Site title and the main navigation; the link of the current section is marked for
/// assistive technology with `aria-current`.
#[function_component(Header)]
pub fn header() -> Html {
    let route = use_route::<Route>();
    let section = |target: Route| {
        let current = matches!(
            (&route, &target),
            (Some(Route::Home | Route::Timeline), Route::Timeline)
                | (Some(Route::Operations | Route::Operation { .. }), Route::Operations)
                | (Some(Route::Countries | Route::Country { .. }), Route::Countries)
                | (Some(Route::Sources | Route::Source { .. }), Route::Sources)
                | (Some(Route::About), Route::About)
        );
        current.then_some("page")
    };
    html! {
        <header class="site-header">
            <p class="site-title">
                <Link<Route> to={Route::Home}>{ "INTERPOL operations explorer" }</Link<Route>>
            </p>
            <nav aria-label="Main">
                <ul>
                    <li><a href="#/timeline" aria-current={section(Route::Timeline)}>{ "Timeline" }</a></li>
                    <li><a href="#/operations" aria-current={section(Route::Operations)}>{ "Operations" }</a></li>
                    <li><a href="#/countries" aria-current={section(Route::Countries)}>{ "Countries" }</a></li>
                    <li><a href="#/sources" aria-current={section(Route::Sources)}>{ "Sources" }</a></li>
                    <li><a href="#/about" aria-current={section(Route::About)}>{ "About" }</a></li>
                </ul>
            </nav>
        </header>
    }
}
