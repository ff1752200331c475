use explorer_query::filter::Filters;
use explorer_query::sorting::{SortColumn, parse_sort, sort_value};
use yew::prelude::*;

use crate::filters::use_filters;

/// A sortable column: its sort key, heading, and whether its first click sorts descending
/// (counts and years read best largest first).
pub type Column<K> = (K, &'static str, bool);

#[derive(Properties, PartialEq)]
pub struct SortHeadersProps<K: PartialEq + Copy + 'static> {
    pub columns: Vec<Column<K>>,
    /// The column sorted by, and whether descending.
    pub sort: (K, bool),
    pub on_sort: Callback<(K, bool)>,
    /// Headings of the columns after the sortable ones, which do not sort (a case's text).
    #[prop_or_default]
    pub unsorted: Vec<&'static str>,
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
            { for props.unsorted.iter().map(|title| html! { <th scope="col">{ *title }</th> }) }
        </tr>
    }
}

/// A table's sort, kept in the address (`sort=-cases`) like the filters, so that a sorted
/// view is a permalink and reload, back and forward restore it. `default` is the sort the
/// address does not write.
#[hook]
pub fn use_sort<K: SortColumn>(default: (K, bool)) -> ((K, bool), Callback<(K, bool)>) {
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    let sort = filters.sort.as_deref().and_then(parse_sort).unwrap_or(default);
    let set = Callback::from(move |next: (K, bool)| {
        let sort = (next != default).then(|| sort_value(next));
        set_filters.emit(Filters { sort, ..filters.clone() });
    });
    (sort, set)
}
