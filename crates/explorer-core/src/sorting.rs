//! The ordering every sortable table shares.

use std::cmp::Ordering;

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
    fn unknown_values_go_last_both_ways() {
        let mut values = vec![Some(2), None, Some(1), Some(3)];
        values.sort_by(|a, b| known_first(*a, *b, false));
        assert_eq!(values, [Some(1), Some(2), Some(3), None]);
        values.sort_by(|a, b| known_first(*a, *b, true));
        assert_eq!(values, [Some(3), Some(2), Some(1), None]);
    }
}
