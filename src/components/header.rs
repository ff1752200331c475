use yew::prelude::*;
use yew_router::prelude::*;

use crate::SITE_NAME;
use crate::components::route_link::RouteLink;
use crate::mount::{use_mount, view_of};
use crate::route::Route;

/// Site title and the main navigation; the link of the current section is marked for
/// assistive technology with `aria-current`. Embedded (an iframe or a host page), the title
/// gives way to a link that opens the current view in the explorer's own page.
#[function_component(Header)]
pub fn header() -> Html {
    let mount = use_mount();
    let route = use_route::<Route>();
    let location = use_location();
    let section = |target: Route| {
        let current = matches!(
            (&route, &target),
            (Some(Route::Home | Route::Timeline), Route::Timeline)
                | (Some(Route::Operations | Route::Operation { .. }), Route::Operations)
                | (Some(Route::Cases), Route::Cases)
                | (Some(Route::Countries | Route::Country { .. }), Route::Countries)
                | (Some(Route::Map), Route::Map)
                | (Some(Route::Sources | Route::Source { .. }), Route::Sources)
                | (Some(Route::About), Route::About)
        );
        current.then_some(AttrValue::Static("page"))
    };
    let nav_link = |target: Route, title: &'static str| {
        html! { <li><RouteLink aria_current={section(target.clone())} to={target}>{ title }</RouteLink></li> }
    };
    let title = if mount.full_page {
        html! { <p class="site-title"><RouteLink to={Route::Home}>{ SITE_NAME }</RouteLink></p> }
    } else {
        html! {
            <p class="site-title">
                { SITE_NAME }{ " · " }
                <a class="open-full" href={mount.permalink(&view_of(location.as_ref()))} target="_blank" rel="noopener">
                    { "Open in full page" }<span class="visually-hidden">{ " (new tab)" }</span>
                </a>
            </p>
        }
    };
    html! {
        <header class={classes!("site-header", (!mount.full_page).then_some("compact"))}>
            { title }
            <nav aria-label="Explorer">
                <ul>
                    { nav_link(Route::Timeline, "Timeline") }
                    { nav_link(Route::Operations, "Operations") }
                    { nav_link(Route::Cases, "Cases") }
                    { nav_link(Route::Countries, "Countries") }
                    { nav_link(Route::Map, "Map") }
                    { nav_link(Route::Sources, "Sources") }
                    { nav_link(Route::About, "About") }
                </ul>
            </nav>
        </header>
    }
}
