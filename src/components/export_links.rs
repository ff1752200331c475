use explorer_query::export::Table;
use wasm_bindgen::JsCast;
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
    /// The seizures of the rows, one row per seizure (`export::seizures_table`), offered as
    /// CSV beside the rows when there is any.
    #[prop_or_default]
    pub seizures: Option<Table>,
}

/// What the last "copy link" did.
#[derive(Clone, PartialEq)]
enum Copied {
    /// The link is on the clipboard.
    Done,
    /// The page has no clipboard (outside a secure context, such as an intranet address over
    /// plain HTTP, `navigator.clipboard` does not exist) or the browser refused to write: the
    /// link, shown in a field and selected for the reader to copy.
    ToCopyByHand(String),
}

/// Downloads of the view's rows as CSV and JSON, and a button that copies the view's address.
#[function_component(ExportLinks)]
pub fn export_links(props: &ExportLinksProps) -> Html {
    let copied = use_state(|| None::<Copied>);
    let link_field = use_node_ref();
    // Set when the link falls back to the field: select it once it is drawn (again on each click).
    let select_field = use_mut_ref(|| false);
    {
        let (link_field, select_field) = (link_field.clone(), select_field.clone());
        use_effect(move || {
            let field = link_field.cast::<web_sys::HtmlInputElement>();
            if let Some(field) = field.filter(|_| std::mem::take(&mut *select_field.borrow_mut())) {
                let _ = field.focus();
                field.select();
            }
        });
    }
    let location = use_location();
    let mount = use_mount();
    let download = |kind: &'static str| {
        let table = props.table.clone();
        Callback::from(move |event: MouseEvent| match kind {
            "csv" => point_link_at_file(&event, &table.to_csv(), "text/csv"),
            _ => point_link_at_file(&event, &table.to_json(), "application/json"),
        })
    };
    let seizures =
        props.seizures.clone().filter(|table| !table.rows.is_empty()).map(|table| {
            Callback::from(move |event: MouseEvent| point_link_at_file(&event, &table.to_csv(), "text/csv"))
        });
    let copy = {
        let copied = copied.clone();
        Callback::from(move |_| {
            let Some(window) = web_sys::window() else { return };
            // The view on the explorer's own page, also when it is embedded; made at the click.
            let address = mount.permalink(&view_of(location.as_ref()));
            let by_hand = {
                let (copied, select_field, address) = (copied.clone(), select_field.clone(), address.clone());
                move || {
                    *select_field.borrow_mut() = true;
                    copied.set(Some(Copied::ToCopyByHand(address)));
                }
            };
            let Some(clipboard) = clipboard(&window) else { return by_hand() };
            let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&address));
            let copied = copied.clone();
            // The browser may refuse (no permission, no focus): the reader copies by hand then.
            yew::platform::spawn_local(async move {
                match written.await {
                    Ok(_) => copied.set(Some(Copied::Done)),
                    Err(_) => by_hand(),
                }
            });
        })
    };
    let (message, field) = match &*copied {
        None => ("", Html::default()),
        Some(Copied::Done) => (" Link copied.", Html::default()),
        Some(Copied::ToCopyByHand(address)) => (
            " The link is selected in the field below: copy it from there.",
            html! {
                <label class="link-to-copy">
                    { "Link to this view " }
                    <input type="text" readonly=true value={address.clone()} ref={link_field} />
                </label>
            },
        ),
    };
    html! {
        <p class="exports">
            { "Download these rows: " }
            <a href="#" download={format!("{}.csv", props.name)} onclick={download("csv")}
                aria-label="Download these rows as CSV">{ "CSV" }</a>
            { " · " }
            <a href="#" download={format!("{}.json", props.name)} onclick={download("json")}
                aria-label="Download these rows as JSON">{ "JSON" }</a>
            if let Some(download_seizures) = seizures {
                { " · " }
                <a href="#" download={format!("{}-seizures.csv", props.name)} onclick={download_seizures}
                    aria-label="Download their seizures (CSV), one row per seizure">{ "their seizures (CSV)" }</a>
            }
            { " · " }
            <button type="button" onclick={copy}>{ "Copy link to this view" }</button>
            <span class="copy-result" aria-live="polite">{ message }</span>
            { field }
        </p>
    }
}

/// The page's clipboard, which only secure contexts (HTTPS, localhost) have.
fn clipboard(window: &web_sys::Window) -> Option<web_sys::Clipboard> {
    let clipboard = js_sys::Reflect::get(window.navigator().as_ref(), &"clipboard".into()).ok()?;
    (!clipboard.is_undefined() && !clipboard.is_null()).then(|| clipboard.unchecked_into())
}
