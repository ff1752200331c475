use yew::prelude::*;

/// Rows a long table draws before the reader asks for all: several screens, and few enough
/// that filtering a corpus of hundreds of operations (thousands of cases) stays quick.
/// Downloads always hold every row.
pub const FIRST_ROWS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct MoreRowsProps {
    pub shown: usize,
    pub total: usize,
    /// What the rows are, plural ("operations").
    pub rows: AttrValue,
    pub on_show_all: Callback<()>,
}

/// Under a table that draws only its first rows: how many are shown, and a button for all.
#[function_component(MoreRows)]
pub fn more_rows(props: &MoreRowsProps) -> Html {
    if props.shown >= props.total {
        return Html::default();
    }
    html! {
        <p class="more-rows">
            { format!("The first {} rows are shown. ", props.shown) }
            <button type="button" onclick={props.on_show_all.reform(|_| ())}>
                { format!("Show all {} {}", props.total, props.rows) }
            </button>
        </p>
    }
}

/// How many of `total` rows to draw, and what shows them all: the first `FIRST_ROWS` until
/// the reader asks.
#[hook]
pub fn use_first_rows(total: usize) -> (usize, Callback<()>) {
    let show_all = use_state(|| false);
    let shown = if *show_all { total } else { total.min(FIRST_ROWS) };
    (shown, Callback::from(move |()| show_all.set(true)))
}
