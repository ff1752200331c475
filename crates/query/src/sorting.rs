//! The ordering every sortable table shares, and the one sort every list goes through.

use std::cmp::Ordering;

/// A table's column as the address names it: `sort=cases`, or `sort=-cases` descending.
pub trait SortColumn: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
}

/// The column and direction (descending when `true`) that a `sort` value names.
pub fn parse_sort<K: SortColumn>(value: &str) -> Option<(K, bool)> {
    let (descending, key) = match value.strip_prefix('-') {
        Some(key) => (true, key),
        None => (false, value),
    };
    K::ALL.iter().copied().find(|column| column.key() == key).map(|column| (column, descending))
}

/// How the address writes a column and direction; [`parse_sort`] reads it back.
pub fn sort_value<K: SortColumn>((column, descending): (K, bool)) -> String {
    format!("{}{}", if descending { "-" } else { "" }, column.key())
}

/// Orders two values in the chosen direction, with unknown values (`None`) last in either
/// direction: a reader sorting by year wants the undated at the bottom both ways.
pub fn known_first<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if descending => b.cmp(&a),
        (Some(a), Some(b)) => a.cmp(&b),
        (a, b) => b.is_some().cmp(&a.is_some()),
    }
}

/// Sorts `items` stably by `compare`. The app's lists are sorted through here.
///
/// Why not `slice::sort_by`: the standard sort is generic over the element and the comparator,
/// so each call site with its own closure compiled a whole sorting algorithm into the wasm
/// binary. Here the algorithm is compiled once, for indices with a comparator behind a
/// reference; only the short permutation is compiled per element type.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` stably by a key worked out once per item (a name folded for comparison, say).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    permute(items, sorted_indices(keys.len(), &|a, b| keys[a].cmp(&keys[b])));
}

/// `0..len` in the order `compare` gives the items at those indices, ties in index order.
fn sorted_indices(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the item at `order[i]` to position `i`, for every `i`, by swaps along each cycle.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut current = start;
        while order[current] != start {
            let next = order[current];
            items.swap(current, next);
            order[current] = current;
            current = next;
        }
        order[current] = current;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sort_is_written_and_read_back() {
        use crate::countries::SortKey;
        use crate::operations::OperationSort;
        assert_eq!(sort_value((SortKey::Cases, true)), "-cases");
        assert_eq!(parse_sort::<SortKey>("-cases"), Some((SortKey::Cases, true)));
        assert_eq!(parse_sort::<SortKey>("first"), Some((SortKey::FirstYear, false)));
        assert_eq!(parse_sort::<OperationSort>("-participants"), Some((OperationSort::Participants, true)));
        assert_eq!(parse_sort::<SortKey>("participants"), None);
        for column in OperationSort::ALL {
            assert_eq!(parse_sort(&sort_value((*column, true))), Some((*column, true)));
        }
    }

    #[test]
    fn unknown_values_go_last_both_ways() {
        let mut values = vec![Some(2), None, Some(1), Some(3)];
        values.sort_by(|a, b| known_first(*a, *b, false));
        assert_eq!(values, [Some(1), Some(2), Some(3), None]);
        values.sort_by(|a, b| known_first(*a, *b, true));
        assert_eq!(values, [Some(3), Some(2), Some(1), None]);
    }

    #[test]
    fn the_shared_sort_is_stable_and_orders_by_its_comparator_or_key() {
        let mut words = vec![("b", 2), ("a", 2), ("c", 1), ("d", 2), ("e", 1)];
        sort_by(&mut words, |a, b| a.1.cmp(&b.1));
        assert_eq!(words, [("c", 1), ("e", 1), ("b", 2), ("a", 2), ("d", 2)]);
        sort_by_cached_key(&mut words, |(word, _)| std::cmp::Reverse(word.to_string()));
        assert_eq!(words, [("e", 1), ("d", 2), ("c", 1), ("b", 2), ("a", 2)]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
        // Every order of five items comes out sorted, whatever cycles the permutation has.
        for n in 0..5u32.pow(5) {
            let mut digits: Vec<u32> = (0..5).map(|place| n / 5u32.pow(place) % 5).collect();
            let mut expected = digits.clone();
            expected.sort();
            sort_by(&mut digits, u32::cmp);
            assert_eq!(digits, expected);
        }
    }
}
