//! The explorer's web front end: a thin layer of Yew function components over
//! `explorer-model` (the dataset) and `explorer-query` (every question the views ask of it).

pub mod app;
pub mod components;
pub mod data;
pub mod download;
pub mod filters;
pub mod height;
pub mod mount;
pub mod pages;
pub mod route;
pub mod timing;

use std::rc::Rc;

use mount::{Mount, ROOT_ATTRIBUTE};

/// The explorer's name: its header, its region on a host page, and the end of every view's title.
pub const SITE_NAME: &str = "INTERPOL operations explorer";

/// Mounts the app into the page's element marked `data-interpol-explorer`, with the options
/// that element's attributes and the page's query ask for (see [`mount::Mount::read`]).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(Some(root)) = document.query_selector(&format!("[{ROOT_ATTRIBUTE}]")) else {
        let message =
            format!("INTERPOL explorer: this page has no element with the {ROOT_ATTRIBUTE} attribute to mount into");
        web_sys::console::error_1(&message.into());
        return;
    };
    let location = document.location();
    let query = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    let address = location.as_ref().and_then(|l| l.href().ok()).unwrap_or_default();
    let (mount, notes) = Mount::read(|name| root.get_attribute(name), &query, &address);
    for note in notes {
        web_sys::console::warn_1(&format!("INTERPOL explorer: {note}").into());
    }
    if mount.routing == mount::Routing::Hash {
        route::keep_hash_readable();
    }
    let props = app::AppProps { dataset: data::embedded_dataset(), mount: Rc::new(mount) };
    // The static summary the build wrote into the page gives way to the app, at the last
    // moment: anything that fails before this leaves the summary in place.
    if let Ok(Some(summary)) = root.query_selector("[data-static-summary]") {
        summary.remove();
    }
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
}
