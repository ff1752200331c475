//! The ordering every sortable table shares.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sort_is_written_and_read_back() {
        use crate::countries::SortKey;
        use crate::query::OperationSort;
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
}
