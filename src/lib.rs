//! The explorer's web front end: a thin layer of Yew function components over
//! `explorer-core`, which holds the data model and every query.

pub mod app;
pub mod components;
pub mod data;
pub mod download;
pub mod filters;
pub mod pages;
pub mod route;
pub mod timing;

/// Mounts the app into the page's `#explorer` element (the whole body if there is none).
pub fn start() {
    let dataset = data::embedded_dataset();
    let props = app::AppProps { dataset };
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("explorer"));
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<app::App>::with_props(props).render(),
    };
}
