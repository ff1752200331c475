use yew::prelude::*;

use crate::components::page_heading::PageHeading;

/// What the data is and is not, how it is made, and how to cite it.
#[function_component(AboutPage)]
pub fn about_page() -> Html {
    html! {
        <>
            <PageHeading text="About this explorer" />
            <h2>{ "What the data is" }</h2>
            <p>{ "Every fact here was read by a program from INTERPOL's press releases (and one statement) about its operations against human trafficking and migrant smuggling. Each figure, case, partner and quotation keeps the sentence it came from: open “Source” beside it, or read the whole release under Sources with those passages marked." }</p>
            <h2>{ "What it is not" }</h2>
            <p>{ "Press-release figures are preliminary results announced after an operation, not official statistics: they are rounded (“more than 200”), counted differently from one release to the next, and not corrected afterwards. A value a release does not state is shown as not stated, never estimated. Operations named only in passing are marked as such." }</p>
            <h2>{ "How it is made" }</h2>
            <p>{ "The build reads the releases, types each number by what it counts, tells country cases from operation totals, and checks that every quoted sentence stands word for word in its release before the data is compiled into the page. The page makes no request to any other site." }</p>
            <h2>{ "How to cite" }</h2>
            <p>{ "Cite the press release a figure comes from (its publisher, place and date are given under Sources), and mention this explorer as the place you found it, with the address of the view you used: every view, filters included, has its own address." }</p>
        </>
    }
}
