use yew::prelude::*;

use crate::mount::use_mount;

/// What the data is, and the whole dataset as JSON (the extractor's schema, `dataset.json`,
/// which the build writes beside the app, or the single-file explorer carries) for download.
#[function_component(Footer)]
pub fn footer() -> Html {
    let dataset = use_mount().dataset_url();
    html! {
        <footer class="site-footer">
            <p>{ "Figures are preliminary results from INTERPOL press releases, not official statistics. On an operation page, each figure and case gives the sentence it was read from; charts and tables elsewhere count them, and link to the operation." }</p>
            <p><a href={dataset} download="interpol-operations.json" type="application/json">{ "Download the whole dataset (JSON)" }</a></p>
        </footer>
    }
}
