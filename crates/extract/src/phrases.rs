//! A look for any of a fixed list of phrases in one pass over a text, instead of one
//! `str::contains` per phrase: sentences are asked about lists of dozens of phrases, and
//! most of them hold none.

use regex::{Regex, RegexSet};

/// A search for every one of `phrases` as written, byte for byte (no case folding, no word
/// boundaries): its `is_match(text)` is `phrases.iter().any(|p| text.contains(p))`.
pub fn any_of<'p>(phrases: impl IntoIterator<Item = &'p &'p str>) -> Regex {
    Regex::new(&alternatives(phrases)).expect("valid regex")
}

/// [`any_of`] for each of several lists at once: `matches(text)` holds the index of every
/// list with a phrase in `text`, found in one pass over it instead of one pass a list.
pub fn any_of_each<'p>(lists: impl IntoIterator<Item = &'p [&'p str]>) -> RegexSet {
    RegexSet::new(lists.into_iter().map(alternatives)).expect("valid regex")
}

/// The pattern of `phrases`, each as written.
fn alternatives<'p>(phrases: impl IntoIterator<Item = &'p &'p str>) -> String {
    let escaped: Vec<String> = phrases.into_iter().map(|phrase| regex::escape(phrase)).collect();
    escaped.join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_of_finds_a_phrase_as_contains_does() {
        let phrases = any_of(&["day of action", "a.b", "seiz"]);
        assert!(phrases.is_match("a day of action in May"));
        assert!(phrases.is_match("police seized"));
        assert!(phrases.is_match("a.b"));
        assert!(!phrases.is_match("axb"));
        assert!(!phrases.is_match("Day of Action"));
    }

    #[test]
    fn any_of_each_tells_which_lists_have_a_phrase() {
        let lists: [&[&str]; 3] = [&["boat", "by sea"], &["fugitive"], &["red notice"]];
        let found: Vec<usize> = any_of_each(lists).matches("a fugitive fled by sea").iter().collect();
        assert_eq!(found, [0, 1]);
    }
}
