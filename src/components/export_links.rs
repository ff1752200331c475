use explorer_core::export::Table;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::download::point_link_at_file;
use crate::mount::{use_mount, view_of};

#[derive(Properties, PartialEq)]
pub struct ExportLinksProps {
    /// The rows the view shows, as it shows them.
    pub table: Table,
    /// File name without extension.
    pub name: AttrValue,
}

/// Downloads of the view's rows as CSV and JSON, and a button that copies the view's address.
#[function_component(ExportLinks)]
pub fn export_links(props: &ExportLinksProps) -> Html {
    let copy_result = use_state(|| None::<&'static str>);
    let location = use_location();
    let mount = use_mount();
    let download = |kind: &'static str| {
        let table = props.table.clone();
        Callback::from(move |event: MouseEvent| match kind {
            "csv" => point_link_at_file(&event, &table.to_csv(), "text/csv"),
            _ => point_link_at_file(&event, &table.to_json(), "application/json"),
        })
    };
    let copy = {
        let copy_result = copy_result.clone();
        Callback::from(move |_| {
            let Some(window) = web_sys::window() else { return };
            // The view on the explorer's own page, also when it is embedded; made at the click.
            let address = mount.permalink(&view_of(location.as_ref()));
            let written = wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(&address));
            let copy_result = copy_result.clone();
            // The browser may refuse (no permission, no focus): say so rather than fail silently.
            yew::platform::spawn_local(async move {
                copy_result.set(Some(match written.await {
                    Ok(_) => "Link copied.",
                    Err(_) => "The browser refused; copy the address bar instead.",
                }));
            });
        })
    };
    html! {
        <p class="exports">
            { "Download these rows: " }
            <a href="#" download={format!("{}.csv", props.name)} onclick={download("csv")}
                aria-label="Download these rows as CSV">{ "CSV" }</a>
            { " · " }
            <a href="#" download={format!("{}.json", props.name)} onclick={download("json")}
                aria-label="Download these rows as JSON">{ "JSON" }</a>
            { " · " }
            <button type="button" onclick={copy}>{ "Copy link to this view" }</button>
            <span class="copy-result" aria-live="polite">{ copy_result.map(|text| format!(" {text}")).unwrap_or_default() }</span>
        </p>
    }
}
