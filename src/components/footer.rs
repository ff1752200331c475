use yew::prelude::*;

use crate::data::DATASET_JSON;

/// What the data is, and the whole dataset as JSON (the extractor's schema) for download.
#[function_component(Footer)]
pub fn footer() -> Html {
    // One object URL for the page's lifetime: the dataset never changes while it is open.
    let download = use_memo((), |_| dataset_url());
    html! {
        <footer class="site-footer">
            <p>{ "Figures are preliminary results from INTERPOL press releases, not official statistics. Every figure links to the sentence it was read from." }</p>
            if let Some(url) = (*download).clone() {
                <p><a href={url} download="interpol-operations.json">{ "Download the whole dataset (JSON)" }</a></p>
            }
        </footer>
    }
}

/// A `blob:` URL of the embedded dataset; `None` where the browser cannot make one.
fn dataset_url() -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(DATASET_JSON));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
