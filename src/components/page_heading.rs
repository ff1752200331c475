use yew::prelude::*;

use crate::SITE_NAME;
use crate::mount::use_mount;

#[derive(Properties, PartialEq)]
pub struct PageHeadingProps {
    pub text: AttrValue,
}

/// A view's `h1`, and, when the explorer owns the page, the document's title ("Spain —
/// INTERPOL operations explorer"), so that tabs, history and screen readers name the view.
/// The heading can take focus from script only (`tabindex="-1"`): a change of view moves
/// focus to it (see `content.rs`), without adding a tab stop.
#[function_component(PageHeading)]
pub fn page_heading(props: &PageHeadingProps) -> Html {
    let owns_the_page = use_mount().full_page;
    use_effect_with(props.text.clone(), move |text| {
        if let Some(document) = web_sys::window().and_then(|window| window.document()).filter(|_| owns_the_page) {
            document.set_title(&format!("{text} — {SITE_NAME}"));
        }
    });
    html! { <h1 tabindex="-1">{ &props.text }</h1> }
}
