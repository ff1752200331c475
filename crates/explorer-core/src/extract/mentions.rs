//! Countries named in running text, by name ("the Dominican Republic", "Côte d’Ivoire") or by
//! demonym ("Togolese victims", "Serbian police").

use std::ops::Range;

use super::countries::CountryIndex;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryMention {
    pub code: String,
    pub span: Range<usize>,
    /// Named by its people ("Togolese") rather than by its name.
    pub demonym: bool,
}

/// The longest name tried, in words ("Saint Vincent and the Grenadines").
const MAX_NAME_WORDS: usize = 6;

/// Every country named in `text[range]`, in order, longest names first where they overlap.
pub fn country_mentions(text: &str, range: Range<usize>, index: &CountryIndex) -> Vec<CountryMention> {
    let words = words(text, range);
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let first = &text[words[i].clone()];
        if !first.starts_with(char::is_uppercase) {
            i += 1;
            continue;
        }
        let longest = (i..words.len().min(i + MAX_NAME_WORDS)).rev().find_map(|j| {
            // A name does not run across punctuation ("Spain, Portugal").
            let gap_ok = (i..j).all(|k| matches!(text[words[k].end..words[k + 1].start].trim(), "" | "&"));
            let span = words[i].start..words[j].end;
            let code = index.resolve(&text[span.clone()]).filter(|_| gap_ok)?;
            Some((j, CountryMention { code: code.to_string(), span, demonym: false }))
        });
        match longest {
            Some((j, mention)) => {
                mentions.push(mention);
                i = j + 1;
            }
            None => {
                if let Some(code) = index.resolve_demonym(first) {
                    mentions.push(CountryMention { code: code.to_string(), span: words[i].clone(), demonym: true });
                }
                i += 1;
            }
        }
    }
    mentions
}

/// Byte spans of the words in `text[range]`: letters and digits, with apostrophes and hyphens
/// inside a word ("d’Ivoire", "Guinea-Bissau").
fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    let slice = &text[range.clone()];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    for (n, (i, c)) in chars.iter().enumerate() {
        let joins = matches!(c, '’' | '\'' | '-')
            && start.is_some()
            && chars.get(n + 1).is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            start.get_or_insert(*i);
        } else if let Some(s) = start.take() {
            words.push(range.start + s..range.start + i);
        }
    }
    if let Some(s) = start {
        words.push(range.start + s..range.end);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, &str, bool)> {
        country_mentions(text, 0..text.len(), &CountryIndex::new())
            .into_iter()
            .map(|m| (m.code, &text[m.span], m.demonym))
            .collect()
    }

    #[test]
    fn finds_names_and_demonyms() {
        let text = "In one instance, 24 Togolese victims were safeguarded in Mali.";
        assert_eq!(found(text), [("TG".to_string(), "Togolese", true), ("ML".to_string(), "Mali", false)]);
    }

    #[test]
    fn prefers_the_longest_name() {
        let text = "In the Democratic Republic of Congo and Bosnia and Herzegovina, police in Côte d’Ivoire and Trinidad & Tobago acted.";
        let codes: Vec<String> = found(text).into_iter().map(|(code, _, _)| code).collect();
        assert_eq!(codes, ["CD", "BA", "CI", "TT"]);
    }

    #[test]
    fn does_not_join_names_across_commas_or_take_regions() {
        let codes: Vec<String> = found("from Afghanistan, Bangladesh, Pakistan and Syria to Greece")
            .into_iter()
            .map(|(code, _, _)| code)
            .collect();
        assert_eq!(codes, ["AF", "BD", "PK", "SY", "GR"]);
        assert!(found("migrants detected in the Americas and North America, and in the Middle East").is_empty());
        assert!(found("Mexican-based groups and the Ibero-American network").is_empty());
    }
}
