use yew::prelude::*;

use crate::data::DATASET_JSON;
use crate::download::point_link_at_file;

/// What the data is, and the whole dataset as JSON (the extractor's schema) for download.
#[function_component(Footer)]
pub fn footer() -> Html {
    let onclick = Callback::from(|event: MouseEvent| point_link_at_file(&event, DATASET_JSON, "application/json"));
    html! {
        <footer class="site-footer">
            <p>{ "Figures are preliminary results from INTERPOL press releases, not official statistics. On an operation page, each figure and case gives the sentence it was read from; charts and tables elsewhere count them, and link to the operation." }</p>
            <p><a href="#" download="interpol-operations.json" {onclick}>{ "Download the whole dataset (JSON)" }</a></p>
        </footer>
    }
}
