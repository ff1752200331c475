//! Quotations and who said them.
//!
//! Attributions come in a few shapes: `“...,” said INTERPOL Secretary General Jürgen Stock.`,
//! `“...,” added Mr Romário de Paula.`, a lead-in line `Stephen Kavanagh said:` before the
//! quote, or a pull quote with the speaker on the next line. A short form ("Secretary
//! General Stock") takes the full name, role and organisation of an earlier quote.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Whether text that ends here is inside a quotation: an opening mark not yet closed.
pub(crate) fn inside_quotation(before: &str) -> bool {
    before.matches('“').count() > before.matches('”').count() || before.matches('"').count() % 2 == 1
}

/// Quoted words shorter than this without an attribution are terms ("recruitment fees"),
/// not quotations.
const MIN_UNATTRIBUTED: usize = 60;

/// How far after a quote its speaker's next quote may follow and still be theirs.
const CONTINUATION_BYTES: usize = 400;

/// The verbs of an attribution after a quote.
const SAID_AFTER_VERBS: [&str; 6] = ["said", "added", "says", "stated", "explained", "noted"];
/// An attribution after a quote: its verb, then who said it up to a full stop (an initial's
/// own full stop aside): `, said INTERPOL Secretary General Jürgen Stock.`
static SAID_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = SAID_AFTER_VERBS.join("|");
    Regex::new(&format!(r"^[,.]?\s*(?:{verbs})\s+[^.“\n]+?(?:\b[A-Z]\.\s*[^.“\n]*)?\.")).expect("valid regex")
});
static SAID_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([^\n.”]+?)\s+(?:said|added|says|stated):\s*$").expect("valid regex"));

const ROLE_WORDS: &[&str] = &[
    "Secretary",
    "Executive",
    "Director",
    "Deputy",
    "Head",
    "Chief",
    "Minister",
    "Commissioner",
    "President",
    "Coordinator",
    "Commander",
    "Spokesperson",
    "Chair",
];
/// Words that end a role and so cannot be part of the name after it ("Secretary General Stock").
const ROLE_ENDINGS: &[&str] = &["General", "Officer", "Services", "Affairs", "Police", "Crime", "Unit", "Office"];
const NAME_PARTICLES: &[&str] = &["de", "da", "do", "dos", "van", "von", "der", "del", "la", "le", "bin", "al"];
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundQuote {
    /// The words inside the quotation marks.
    pub span: Range<usize>,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub organisation: Option<String>,
}

pub fn quotes(text: &str) -> Vec<FoundQuote> {
    let mut found: Vec<FoundQuote> = Vec::new();
    for span in quoted_spans(text) {
        let attribution = attribution_after(text, span.end).or_else(|| attribution_before(text, span.start));
        let mut quote = FoundQuote { span: span.clone(), speaker: None, role: None, organisation: None };
        match attribution {
            Some(words) => fill_from_attribution(&mut quote, &words, &found),
            None => {
                let previous = found.last().filter(|q| span.start.saturating_sub(q.span.end) <= CONTINUATION_BYTES);
                match previous {
                    Some(previous) if previous.speaker.is_some() => {
                        (quote.speaker, quote.role, quote.organisation) =
                            (previous.speaker.clone(), previous.role.clone(), previous.organisation.clone());
                    }
                    _ if span.len() < MIN_UNATTRIBUTED => continue,
                    _ => {}
                }
            }
        }
        if !found.iter().any(|q| text[q.span.clone()] == text[span.clone()]) {
            found.push(quote);
        }
    }
    found
}

/// Spans of the words between “curly” or "straight" quotation marks on one line.
fn quoted_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Only the marks and line breaks matter: the other characters are passed over by their
    // bytes, as no byte of one is `"`, `\n` or the first byte of a curly quotation mark.
    let marks = memchr::memchr3_iter(b'"', b'\n', 0xE2, text.as_bytes());
    for (i, c) in marks.filter_map(|i| Some((i, text[i..].chars().next()?))) {
        match (open, c) {
            (None, '“') => open = Some((i + c.len_utf8(), '”')),
            (None, '"') => open = Some((i + 1, '"')),
            (Some((start, close)), c) if c == close => {
                spans.push(start..i);
                open = None;
            }
            (Some(_), '\n') => open = None,
            _ => {}
        }
    }
    spans
        .into_iter()
        .map(|span| {
            // The comma before `said` is the sentence's, not the speaker's.
            let inner = text[span.clone()].trim_end_matches([',', ' ']);
            span.start..span.start + inner.len()
        })
        .filter(|span| !span.is_empty())
        .collect()
}

/// `”, said X.` or `” X, role` on the next line (a pull quote).
fn attribution_after(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].trim_start_matches([',', '”', '"']);
    if let Some(attribution) = SAID_AFTER.find(rest) {
        return Some(who_said(attribution.as_str()).to_string());
    }
    let (first_line, after) = rest.split_once('\n')?;
    if !first_line.trim().is_empty() {
        return None;
    }
    let next = after.lines().find(|l| !l.trim().is_empty())?.trim();
    let looks_like_credit = next.contains(", ") && !next.ends_with(['.', ':']) && next.len() < 120;
    looks_like_credit.then(|| next.to_string())
}

/// Who said it, in a match of [`SAID_AFTER`]: the words from the white space after the verb
/// to the closing full stop. Told from the match alone, for a search for them as a capture
/// group costs many times the match. The white space is the verb's, but for its last character
/// where a full stop follows it (`said .` says ` `).
fn who_said(attribution: &str) -> &str {
    let verb_and_words = attribution.strip_prefix([',', '.']).unwrap_or(attribution).trim_start();
    let words = SAID_AFTER_VERBS.iter().find_map(|verb| verb_and_words.strip_prefix(verb)).unwrap_or(verb_and_words);
    let mut start = attribution.len() - words.trim_start().len();
    if attribution[start..].starts_with('.') {
        start -= attribution[..start].chars().next_back().map_or(0, char::len_utf8);
    }
    &attribution[start..attribution.len() - '.'.len_utf8()]
}

/// `X said:` on the line before the quote.
fn attribution_before(text: &str, start: usize) -> Option<String> {
    let before = text[..start].trim_end_matches(['“', '"']).trim_end();
    SAID_BEFORE.captures(before).map(|caps| caps[1].trim().to_string())
}

fn fill_from_attribution(quote: &mut FoundQuote, words: &str, earlier: &[FoundQuote]) {
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = words.strip_prefix("the ").unwrap_or(&words);
    let (name, org_and_role) = split_name(words);
    let (organisation, role) = split_org_role(org_and_role);
    // "Secretary General Stock" or "Mr Romário de Paula": someone named in full earlier.
    let known = name.as_deref().and_then(|short| {
        earlier.iter().find(|q| q.speaker.as_deref().is_some_and(|full| full != short && full.ends_with(short)))
    });
    match known {
        Some(earlier) => {
            quote.speaker = earlier.speaker.clone();
            quote.role = role.or_else(|| earlier.role.clone());
            quote.organisation = organisation.or_else(|| earlier.organisation.clone());
        }
        None => (quote.speaker, quote.role, quote.organisation) = (name, role, organisation),
    }
}

/// The person's name and the rest ("INTERPOL Secretary General Jürgen Stock" →
/// "Jürgen Stock", "INTERPOL Secretary General").
fn split_name(words: &str) -> (Option<String>, &str) {
    if let Some((first, second)) = words.split_once(", ") {
        if looks_like_name(second) {
            return (Some(second.to_string()), first);
        }
        if looks_like_name(first) {
            return (Some(first.to_string()), second);
        }
    }
    let tokens: Vec<&str> = words.split(' ').collect();
    let name_len = tokens
        .iter()
        .rev()
        .take_while(|t| (is_capitalised(t) || NAME_PARTICLES.contains(t)) && !is_role_word(t) && !is_acronym(t))
        .count();
    if name_len == 0 {
        return (None, words);
    }
    let name_tokens: Vec<&str> =
        tokens[tokens.len() - name_len..].iter().copied().skip_while(|t| HONORIFICS.contains(t)).collect();
    let rest_len = tokens[..tokens.len() - name_len].join(" ").len();
    let name = (!name_tokens.is_empty()).then(|| name_tokens.join(" "));
    (name, words[..rest_len].trim_end_matches([',', ' ']))
}

fn looks_like_name(words: &str) -> bool {
    let tokens: Vec<&str> = words.split(' ').collect();
    (2..=5).contains(&tokens.len())
        && tokens.iter().all(|t| (is_capitalised(t) || NAME_PARTICLES.contains(t)) && !is_acronym(t))
        && !tokens.iter().any(|t| is_role_word(t))
}

fn is_role_word(token: &str) -> bool {
    let token = token.trim_end_matches(',');
    ROLE_WORDS.contains(&token) || ROLE_ENDINGS.contains(&token)
}

fn is_capitalised(token: &str) -> bool {
    token.starts_with(char::is_uppercase)
}

fn is_acronym(token: &str) -> bool {
    let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().take(2).all(|c| c.is_uppercase())
}

/// "INTERPOL’s Secretary General" → ("INTERPOL", "Secretary General").
fn split_org_role(words: &str) -> (Option<String>, Option<String>) {
    let words = words.trim();
    if words.is_empty() {
        return (None, None);
    }
    let role_start = words.split(' ').scan(0, |at, token| {
        let start = *at;
        *at += token.len() + 1;
        Some((start, token))
    });
    let role_at = role_start.filter(|(_, t)| ROLE_WORDS.contains(t)).map(|(at, _)| at).next();
    let (organisation, role) = match role_at {
        Some(at) => (words[..at].trim(), words[at..].trim()),
        None => (words, ""),
    };
    let organisation = organisation.trim_end_matches("’s").trim_end_matches("'s").trim();
    let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
    (non_empty(organisation), non_empty(role))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        #[test]
        fn who_said_is_what_the_pattern_captures(
            opening in proptest::sample::select(vec!["", ",", ", said", ". said \n", "said"]),
            pieces in proptest::collection::vec(0..12usize, 1..14),
        ) {
            const PIECES: [&str; 12] = [",", ".", " ", "\n", "\t", "said", "says", "noted", "A", "Stock", "“", "é"];
            let text: String = std::iter::once(opening).chain(pieces.iter().map(|&i| PIECES[i])).collect();
            let captured = Regex::new(r"^[,.]?\s*(?:said|added|says|stated|explained|noted)\s+([^.“\n]+?(?:\b[A-Z]\.\s*[^.“\n]*)?)\.")
                .expect("valid regex")
                .captures(&text)
                .map(|caps| caps[1].to_string());
            let found = SAID_AFTER.find(&text).map(|attribution| who_said(attribution.as_str()).to_string());
            proptest::prop_assert_eq!(found, captured, "{:?}", text);
        }
    }

    /// Speaker, role and organisation.
    type Who = (Option<String>, Option<String>, Option<String>);

    fn read(text: &str) -> Vec<(String, Who)> {
        quotes(text).into_iter().map(|q| (text[q.span].to_string(), (q.speaker, q.role, q.organisation))).collect()
    }

    fn who(speaker: &str, role: &str, organisation: &str) -> Who {
        (Some(speaker.to_string()), Some(role.to_string()), Some(organisation.to_string()))
    }

    #[test]
    fn reads_said_after_and_resolves_short_names() {
        let text = "“Cooperation matters,” said the Brazilian Federal Police Director of Investigation, Igor Romário de Paula.“Protection is crucial,” added Mr Romário de Paula.";
        let found = read(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0, "Cooperation matters");
        let expected = who("Igor Romário de Paula", "Director of Investigation", "Brazilian Federal Police");
        assert_eq!((&found[0].1, &found[1].1), (&expected, &expected));
    }

    #[test]
    fn reads_role_before_name_and_continuations() {
        let text = "“It is a snapshot,” said INTERPOL Secretary General Jürgen Stock.“With 22 groups dismantled, it also shows what coordinated action can achieve.”Crime groups";
        let found = read(text);
        let stock = who("Jürgen Stock", "Secretary General", "INTERPOL");
        assert_eq!((&found[0].1, &found[1].1), (&stock, &stock));
    }

    #[test]
    fn reads_lead_in_lines_and_pull_quotes() {
        let text = "INTERPOL Secretary General Jürgen Stock said:\n\n\"Only coordinated action can counteract these threats, which grow.\"\n\nINTERPOL's Executive Director of Police Services, Stephen Kavanagh said:\n\n\"Beyond a snapshot, the operation served as a vital capacity building opportunity.\"\n\n        “Connecting police across continents is crucial.”\n        Jürgen Stock, INTERPOL Secretary General\n";
        let found: Vec<Who> = read(text).into_iter().map(|(_, who)| who).collect();
        let stock = who("Jürgen Stock", "Secretary General", "INTERPOL");
        assert_eq!(
            found,
            [stock.clone(), who("Stephen Kavanagh", "Executive Director of Police Services", "INTERPOL"), stock]
        );
    }

    #[test]
    fn quoted_terms_are_not_quotations() {
        assert!(read("they were charged \"recruitment fees\" of up to USD 6,000.").is_empty());
    }
}
