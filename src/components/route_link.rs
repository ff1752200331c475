use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::mount::use_mount;
use crate::route::Route;
use crate::timing;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    /// Filters to open the view with, as its address writes them (`operation=weka-ii-2022`).
    #[prop_or_default]
    pub query: Option<AttrValue>,
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// `Some("page")` on the link of the section being shown.
    #[prop_or_default]
    pub aria_current: Option<AttrValue>,
    /// `Some("-1")` takes the link out of the tab order (the map's countries but one).
    #[prop_or_default]
    pub tabindex: Option<AttrValue>,
    /// Runs before a click follows the link; a `prevent_default` in it keeps the view where it
    /// is (the map's first tap on a touch screen).
    #[prop_or_default]
    pub onclick: Option<Callback<MouseEvent>>,
    pub children: Html,
}

/// A link to a view of the explorer. A plain click goes through the router (and starts an
/// `explorer:update` measure); the `href` is still a real address, so that a new tab or a
/// copied link opens the same view, also when the explorer is mounted in somebody else's page.
#[function_component(RouteLink)]
pub fn route_link(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    let path = props.to.to_path();
    let href = use_mount().link_href(&match &props.query {
        Some(query) => format!("{path}?{query}"),
        None => path,
    });
    let onclick = {
        let (to, query, before) = (props.to.clone(), props.query.clone(), props.onclick.clone());
        Callback::from(move |event: MouseEvent| {
            if let Some(before) = &before {
                before.emit(event.clone());
                if event.default_prevented() {
                    return;
                }
            }
            // Modified clicks keep the browser's meaning (new tab, new window, download).
            let plain =
                event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
            let Some(navigator) = navigator.as_ref().filter(|_| plain) else { return };
            event.prevent_default();
            timing::mark_input();
            match &query {
                // A raw query cannot fail to encode: its error type has no values.
                Some(query) => {
                    let Ok(()) = navigator.push_with_query(&to, Raw(query.to_string()));
                }
                None => navigator.push(&to),
            }
        })
    };
    html! {
        <a {href} {onclick} aria-label={props.aria_label.clone()} aria-current={props.aria_current.clone()}
            tabindex={props.tabindex.clone()}>
            { props.children.clone() }
        </a>
    }
}
