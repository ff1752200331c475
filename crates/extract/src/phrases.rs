//! A look for any of a fixed list of phrases in one pass over a text, instead of one
//! `str::contains` per phrase: sentences are asked about lists of dozens of phrases, and
//! most of them hold none.

use regex::Regex;

/// A search for every one of `phrases` as written, byte for byte (no case folding, no word
/// boundaries): its `is_match(text)` is `phrases.iter().any(|p| text.contains(p))`.
pub fn any_of<'p>(phrases: impl IntoIterator<Item = &'p &'p str>) -> Regex {
    let escaped: Vec<String> = phrases.into_iter().map(|phrase| regex::escape(phrase)).collect();
    Regex::new(&escaped.join("|")).expect("valid regex")
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
}
