use yew::prelude::*;

use crate::timing;

/// A sortable column: its sort key, heading, and whether its first click sorts descending
/// (counts and years read best largest first).
pub type Column<K> = (K, &'static str, bool);

#[derive(Properties, PartialEq)]
pub struct SortHeadersProps<K: PartialEq + Copy + 'static> {
    pub columns: Vec<Column<K>>,
    /// The column sorted by, and whether descending.
    pub sort: (K, bool),
    pub on_sort: Callback<(K, bool)>,
    /// The columns of numbers: their headings align right, over the numbers.
    #[prop_or_default]
    pub numeric: Vec<K>,
}

/// A header row whose headings are buttons that sort by their column; `aria-sort` tells
/// assistive technology which column sorts and how.
#[function_component(SortHeaders)]
pub fn sort_headers<K: PartialEq + Copy + 'static>(props: &SortHeadersProps<K>) -> Html {
    let (key, descending) = props.sort;
    html! {
        <tr>
            { for props.columns.iter().map(|&(column, title, first_descending)| {
                let active = column == key;
                let aria_sort = active.then_some(if descending { "descending" } else { "ascending" });
                let next = (column, if active { !descending } else { first_descending });
                let onclick = props.on_sort.reform(move |_| next);
                let class = classes!(props.numeric.contains(&column).then_some("number"));
                html! {
                    <th scope="col" {class} aria-sort={aria_sort}>
                        <button type="button" class="sort" {onclick}>{ title }</button>
                    </th>
                }
            }) }
        </tr>
    }
}

/// Sort state for a table, measured like any other input (`explorer:update`).
#[hook]
pub fn use_sort<K: PartialEq + Copy + 'static>(initial: (K, bool)) -> ((K, bool), Callback<(K, bool)>) {
    let sort = use_state(|| initial);
    use_effect_with(*sort, |_| timing::measure_update());
    let set = {
        let sort = sort.clone();
        Callback::from(move |next| {
            timing::mark_input();
            sort.set(next);
        })
    };
    (*sort, set)
}
