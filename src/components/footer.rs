use yew::prelude::*;

use crate::data::DATASET_JSON;
use crate::download::blob_url;

/// What the data is, and the whole dataset as JSON (the extractor's schema) for download.
#[function_component(Footer)]
pub fn footer() -> Html {
    // One object URL for the page's lifetime: the dataset never changes while it is open.
    let download = use_memo((), |_| blob_url(DATASET_JSON, "application/json"));
    html! {
        <footer class="site-footer">
            <p>{ "Figures are preliminary results from INTERPOL press releases, not official statistics. Every figure links to the sentence it was read from." }</p>
            if let Some(url) = (*download).clone() {
                <p><a href={url} download="interpol-operations.json">{ "Download the whole dataset (JSON)" }</a></p>
            }
        </footer>
    }
}
