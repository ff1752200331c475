//! Regexes with word boundaries (`\b`) that stay fast on text with curly quotes and dashes.
//!
//! The regex crate's fast engines (its DFAs) handle a Unicode `\b` only while the text is all
//! ASCII: on a text with any other character, "’" or "–" included, they give up and a much
//! slower engine searches instead. An ASCII boundary (`(?-u:\b)`) keeps the fast engines, and
//! it falls exactly where the Unicode one does as long as no character outside ASCII in the
//! text is a word character (a letter, digit or mark such as "ü"). Press releases are mostly
//! such text, so each pattern is compiled both ways: the ASCII form searches such text, the
//! Unicode form any other.

use std::sync::LazyLock;

use regex::{CaptureMatches, Regex};

/// A word character outside ASCII, as `\w` defines it: where the two boundaries can differ.
static NON_ASCII_WORD_CHARACTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w&&[^\x00-\x7F]]").expect("valid regex"));

/// A pattern whose every `\b` is a Unicode word boundary, compiled twice.
pub struct WordRegex {
    unicode: Regex,
    /// The same pattern with ASCII word boundaries.
    ascii: Regex,
}

impl WordRegex {
    /// Every `\b` in `pattern` must be a word boundary, not an escaped backslash before a "b".
    pub fn new(pattern: &str) -> WordRegex {
        WordRegex {
            unicode: Regex::new(pattern).expect("valid regex"),
            ascii: Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("valid regex"),
        }
    }

    /// The form that finds, in `haystack`, what the Unicode form finds, and fast if it can.
    fn for_haystack(&self, haystack: &str) -> &Regex {
        let ascii_boundaries_agree = haystack.is_ascii() || !NON_ASCII_WORD_CHARACTER.is_match(haystack);
        if ascii_boundaries_agree { &self.ascii } else { &self.unicode }
    }

    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        self.for_haystack(haystack).captures_iter(haystack)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Each match's groups as byte spans.
    fn groups(found: CaptureMatches) -> Vec<Vec<Option<(usize, usize)>>> {
        found.map(|caps| caps.iter().map(|group| group.map(|m| (m.start(), m.end()))).collect()).collect()
    }

    const PATTERN: &str = r"(?i)\b(\d+|to|one)\b(?:\s+(May)\b)?";

    #[test]
    fn takes_the_unicode_form_where_a_letter_outside_ascii_stands() {
        let word_regex = WordRegex::new(PATTERN);
        let unicode = Regex::new(PATTERN).unwrap();
        // Here the ASCII form alone would find "12": "é" is no ASCII word character.
        assert_ne!(
            groups(word_regex.ascii.captures_iter("é12 to 3 May")),
            groups(unicode.captures_iter("é12 to 3 May"))
        );
        for text in ["Jürgen5 to 6 May", "é12 to 3 May", "12é one", "“5 to 6” – May’s", "x²3 one"] {
            assert_eq!(groups(word_regex.captures_iter(text)), groups(unicode.captures_iter(text)), "{text}");
        }
    }

    proptest! {
        #[test]
        fn finds_what_unicode_boundaries_find(text in "(?:[0-9]{1,2}|to|one|May|[aéü_²]|[ ,.’–“]){0,12}|.{0,40}") {
            let word_regex = WordRegex::new(PATTERN);
            let unicode = Regex::new(PATTERN).unwrap();
            prop_assert_eq!(groups(word_regex.captures_iter(&text)), groups(unicode.captures_iter(&text)));
        }
    }
}
