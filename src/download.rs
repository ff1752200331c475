//! Files made in the browser from text the app already holds, so downloads need no request.
//! The file is made when its link is followed, not when the page renders: a render is
//! frequent, a download rare.

/// To be called from a download link's click handler: points the link at a new `blob:` URL
/// holding `text`, which the browser then downloads. If the browser cannot make one, the link
/// keeps its `href` and nothing is downloaded.
pub fn point_link_at_file(event: &web_sys::MouseEvent, text: &str, mime: &str) {
    use yew::TargetCast;
    let link: web_sys::HtmlAnchorElement = event.target_unchecked_into();
    if let Some(url) = blob_url(text, mime) {
        link.set_href(&url);
    }
}

fn blob_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
