use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScrollBoxProps {
    /// What the box holds, as a reader would name it: a table's caption.
    pub label: AttrValue,
    pub children: Html,
}

/// A box that scrolls sideways when what it holds (a wide table) is wider than the screen, so
/// that the page itself never does. As an accessible scroll region it is named and in the tab
/// order: a keyboard reader can focus it and scroll it with the arrow keys.
#[function_component(ScrollBox)]
pub fn scroll_box(props: &ScrollBoxProps) -> Html {
    html! {
        <div class="scroll-box" role="region" aria-label={props.label.clone()} tabindex="0">
            { props.children.clone() }
        </div>
    }
}
