//! Partners, funders and INTERPOL projects or networks named by a release.
//!
//! Names are read from the lists the releases give ("supported by a number of partners – A,
//! B and C", "Funding was provided by ...", bullets after "funded by:"). A small lexicon of
//! the organisations these releases name gives their usual names ("the IOM" is the
//! International Organization for Migration) and separates names glued together by the
//! web page ("AFRIPOLAIRCOPEuropol").

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::text::fold;
use regex::Regex;

use crate::phrases::any_of;
use crate::segment::{Block, BlockKind, comma_items, trim_span};

/// Usual name, then the other ways releases write it.
const LEXICON: &[(&str, &[&str])] = &[
    ("AFRIPOL", &["Afripol"]),
    ("AIRCOP", &[]),
    ("CARICOM IMPACS", &[]),
    ("EU4FAST", &[]),
    ("Europol", &[]),
    ("European Union", &[]),
    ("Frontex", &[]),
    ("INTERPOL Foundation for a Safer World", &[]),
    ("International Organization for Migration", &["IOM"]),
    ("United Nations Office on Drugs and Crime", &["UNODC"]),
    ("World Customs Organization", &["World Customs Organisation", "WCO"]),
];

/// INTERPOL's own projects, networks and tools, besides anything called "Project X".
const PROJECTS: &[(&str, &[&str])] = &[
    ("Specialized Operational Network (ISON)", &["ISON"]),
    ("Command and Coordination Centre", &[]),
    ("Border Management Task Force", &[]),
    ("i-24/7", &["I-24/7"]),
    ("SLTD database", &["SLTD"]),
];

/// Any spelling of a name in [`LEXICON`] or [`PROJECTS`]: one search tells whether a block
/// may name one, where looking for each spelling in turn cost a search per spelling.
static LEXICON_SPELLINGS: LazyLock<Regex> = LazyLock::new(|| any_spelling(LEXICON));
static PROJECT_SPELLINGS: LazyLock<Regex> = LazyLock::new(|| any_spelling(PROJECTS));

fn any_spelling(lexicon: &[(&str, &[&str])]) -> Regex {
    let spellings: Vec<String> = lexicon
        .iter()
        .flat_map(|(usual, others)| std::iter::once(usual).chain(others.iter()))
        .map(|spelling| regex::escape(spelling))
        .collect();
    Regex::new(&spellings.join("|")).expect("valid regex")
}

static PROJECT_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bProject \p{Lu}\p{L}+").expect("valid regex"));

/// Phrases after which a release lists its partners.
static PARTNER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:partners\s*[–—:-]\s*|partners:|organi[sz]ations such as |support was provided by:?|conducted with the support of )")
        .expect("valid regex")
});
/// Phrases after which a release lists who paid.
static FUNDER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:funded by:?|funding from|funding was provided by:?)\s*").expect("valid regex")
});
/// Sentences that say an organisation supported or took part.
static SUPPORT_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:support|participat|partner|assistance|contribution)").expect("valid regex"));

/// Fragments of the words of [`PARTNER_CUE`], [`FUNDER_CUE`] and [`SUPPORT_WORDS`], one of
/// which each of their matches holds in a block's ASCII lower case: most blocks hold none, and
/// a look for them costs a fraction of the three case-blind searches. (No fragment has a "k"
/// or an "s": case-blind, those also match the Kelvin sign and the long "ſ", which ASCII lower
/// case leaves as they are.)
static CUE_FRAGMENTS: LazyLock<Regex> =
    LazyLock::new(|| any_of(&["partner", "organi", "upport", "fund", "participat", "tance", "contribution"]));

/// A name found, with the span it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub span: Range<usize>,
}

/// Partners and funders of the blocks in scope.
pub fn partners_and_funders(text: &str, blocks: &[&Block]) -> (Vec<Named>, Vec<Named>) {
    let mut partners = Vec::new();
    let mut funders = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let body = &text[block.span.clone()];
        if !CUE_FRAGMENTS.is_match(&body.to_ascii_lowercase()) {
            continue;
        }
        for (cue, into) in [(&*FUNDER_CUE, &mut funders), (&*PARTNER_CUE, &mut partners)] {
            let Some(found) = cue.find(body) else { continue };
            let list_start = block.span.start + found.end();
            if list_start >= block.span.end {
                // "funded by:" ends the block: the names are the bullets or labels below it.
                into.extend(following_items(text, &blocks[i + 1..]));
            } else {
                into.extend(list_items(text, list_start..sentence_end(text, list_start, block.span.end)));
            }
        }
        if matches!(block.kind, BlockKind::Body | BlockKind::Bullet) && SUPPORT_WORDS.is_match(body) {
            partners.extend(lexicon_mentions(text, block.span.clone(), LEXICON, &LEXICON_SPELLINGS));
        }
    }
    funders = dedupe(funders);
    partners = dedupe(partners);
    partners.retain(|p| !funders.iter().any(|f| f.name == p.name));
    (partners, funders)
}

/// Projects and networks named in the blocks.
pub fn projects(text: &str, blocks: &[&Block]) -> Vec<Named> {
    let mut found = Vec::new();
    for block in blocks {
        let span = block.span.clone();
        found.extend(
            PROJECT_NAME
                .find_iter(&text[span.clone()])
                .map(|m| Named { name: m.as_str().to_string(), span: span.start + m.start()..span.start + m.end() }),
        );
        found.extend(lexicon_mentions(text, span, PROJECTS, &PROJECT_SPELLINGS));
    }
    dedupe(found)
}

fn sentence_end(text: &str, from: usize, limit: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in text[from..limit].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '.' if depth == 0 => return from + i,
            _ => {}
        }
    }
    limit
}

/// The bullets right after a list heading, or, where the page lost its bullets, the labels.
fn following_items(text: &str, rest: &[&Block]) -> Vec<Named> {
    let kind = rest.first().map(|b| b.kind);
    rest.iter()
        .take_while(|b| Some(b.kind) == kind && matches!(b.kind, BlockKind::Bullet | BlockKind::Label))
        .take_while(|b| !text[b.span.clone()].ends_with(':'))
        .take_while(|b| !fold(&text[b.span.clone()]).starts_with("participating countries"))
        .flat_map(|b| split_glued(text, b.span.clone()))
        .collect()
}

/// "A, B and the C" → A, B, C (commas inside brackets do not split; "and" splits where the
/// right side is a known name or starts with "the", else at the last "and").
fn list_items(text: &str, list: Range<usize>) -> Vec<Named> {
    let mut items = comma_items(text, list.clone());
    // The list ends where the sentence goes on ("the support of UNODC, targeted groups ...").
    if let Some(clause) = items.iter().position(|item| named(text, item.clone()).is_none()) {
        items.truncate(clause.max(1));
    }
    let last = items.pop().unwrap_or(list.clone());
    items.extend(split_last_and(text, last));
    items.into_iter().filter_map(|item| named(text, item)).collect()
}

fn split_last_and(text: &str, item: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[item.clone()];
    let ands: Vec<usize> =
        slice.match_indices(" and ").map(|(i, _)| i).filter(|i| !inside_brackets(slice, *i)).collect();
    let right_of = |i: usize| slice[i + 5..].trim();
    let known = |name: &str| canonical(name).is_some() || name.starts_with("the ");
    let chosen = ands.iter().copied().find(|i| known(right_of(*i))).or(ands.last().copied());
    match chosen {
        Some(i) if !slice[..i].trim().is_empty() => {
            vec![item.start..item.start + i, item.start + i + 5..item.end]
        }
        _ => vec![item],
    }
}

fn inside_brackets(text: &str, at: usize) -> bool {
    text[..at].matches('(').count() > text[..at].matches(')').count()
}

/// An item as a name: leading "the", "and" and trailing punctuation dropped, usual name used.
fn named(text: &str, item: Range<usize>) -> Option<Named> {
    let mut span = trim_span(text, item);
    for prefix in ["and ", "the ", "The "] {
        if text[span.clone()].starts_with(prefix) {
            span.start += prefix.len();
        }
    }
    let name = text[span.clone()].trim_end_matches(['.', ':', ';']).trim();
    if name.is_empty() || !name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    let usual = canonical(name).unwrap_or(name);
    Some(Named { name: usual.split_whitespace().collect::<Vec<_>>().join(" "), span })
}

/// A label that is several lexicon names glued together is split into them.
fn split_glued(text: &str, span: Range<usize>) -> Vec<Named> {
    let mut found = Vec::new();
    let mut at = span.start;
    'outer: while at < span.end {
        let rest = &text[at..span.end];
        for (usual, spellings) in LEXICON {
            for spelling in std::iter::once(usual).chain(spellings.iter()) {
                let glued_to_next =
                    rest.strip_prefix(spelling).is_some_and(|after| after.starts_with(char::is_uppercase));
                if glued_to_next {
                    found.push(Named { name: usual.to_string(), span: at..at + spelling.len() });
                    at += spelling.len();
                    continue 'outer;
                }
            }
        }
        found.extend(named(text, at..span.end));
        break;
    }
    found
}

/// Each name of [`LEXICON`] with its spellings folded, usual one first: folded once, not on
/// every look-up.
static FOLDED_LEXICON: LazyLock<Vec<(&str, Vec<String>)>> = LazyLock::new(|| {
    LEXICON
        .iter()
        .map(|(usual, others)| (*usual, std::iter::once(usual).chain(others.iter()).map(|s| fold(s)).collect()))
        .collect()
});

/// The usual name of a [`LEXICON`] name, however the text spells and capitalises it.
pub(crate) fn canonical(name: &str) -> Option<&'static str> {
    let key = fold(name);
    FOLDED_LEXICON.iter().find(|(_, spellings)| spellings.contains(&key)).map(|(usual, _)| *usual)
}

/// Lexicon names standing as whole words in `text[span]`; `any_spelling` is the lexicon's
/// [`any_spelling`].
fn lexicon_mentions(text: &str, span: Range<usize>, lexicon: &[(&str, &[&str])], any_spelling: &Regex) -> Vec<Named> {
    let slice = &text[span.clone()];
    let mut found = Vec::new();
    if !any_spelling.is_match(slice) {
        return found;
    }
    for (usual, spellings) in lexicon {
        for spelling in std::iter::once(usual).chain(spellings.iter()) {
            let whole_word = |i: usize| {
                let before = slice[..i].chars().next_back();
                let after = slice[i + spelling.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
            };
            if let Some(i) = slice.match_indices(spelling).map(|(i, _)| i).find(|i| whole_word(*i)) {
                found.push(Named { name: usual.to_string(), span: span.start + i..span.start + i + spelling.len() });
                break;
            }
        }
    }
    found.sort_by_key(|n| n.span.start);
    found
}

/// The first of each name, whatever its case or accents.
fn dedupe(names: Vec<Named>) -> Vec<Named> {
    let mut seen = HashSet::new();
    names.into_iter().filter(|named| seen.insert(fold(&named.name))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::blocks;

    fn read(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
        let all = blocks(text);
        let refs: Vec<&Block> = all.iter().collect();
        let (partners, funders) = partners_and_funders(text, &refs);
        let names = |v: Vec<Named>| v.into_iter().map(|n| n.name).collect::<Vec<_>>();
        (names(partners), names(funders), names(projects(text, &refs)))
    }

    #[test]
    fn reads_prose_lists() {
        let text = "This joint operation was supported by a number of partners – the International Organization for Migration, United Nations Office on Drugs and Crime and Europol.The operation was carried out under the auspices of Project Flyway, funded by Norway and the INTERPOL Foundation for a Safer World.";
        let (partners, funders, projects) = read(text);
        assert_eq!(
            partners,
            ["International Organization for Migration", "United Nations Office on Drugs and Crime", "Europol"]
        );
        assert_eq!(funders, ["Norway", "INTERPOL Foundation for a Safer World"]);
        assert_eq!(projects, ["Project Flyway"]);
        let (partners, _, _) =
            read("Operation X, conducted with the support of UNODC, targeted routes to the USA and Canada.");
        assert_eq!(partners, ["United Nations Office on Drugs and Crime"]);
    }

    #[test]
    fn reads_bullets_and_glued_labels() {
        let text = "It was supported by 11 projects which are funded by:\n\n  • The European Commission\n  • EU4FAST\n\nWorking togetherThe operation was supported by the following partners:AFRIPOLAIRCOPEuropolInternational Organization for MigrationParticipating countries: Chad.";
        let (partners, funders, _) = read(text);
        assert_eq!(funders, ["European Commission", "EU4FAST"]);
        assert_eq!(partners, ["AFRIPOL", "AIRCOP", "Europol", "International Organization for Migration"]);
    }

    #[test]
    fn finds_named_supporters_and_usual_names() {
        let text = "The need for a collective approach was underlined by the participation in the operation of other international organizations such as Europol, the IOM and the UNODC.";
        let (partners, _, _) = read(text);
        assert_eq!(
            partners,
            ["Europol", "International Organization for Migration", "United Nations Office on Drugs and Crime"]
        );
    }
}
