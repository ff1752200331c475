//! An enforcement action a release reports without a code name: joint action days, a week
//! of action, concerted inspections, a coordinated raid, an online hackathon.
//!
//! Such an action is known by what its release says of it: the words that say what it was
//! ("joint action days"), who ran it ("coordinated by Europol and Frontex"), what it was
//! against ("against firearms trafficking") and, read by the timing reader, when. The name
//! built from these is the text's own words; no code name is made up.
//!
//! A release that reports no action (a statement, a report, a conference) uses none of the
//! words for one in its headline and first paragraphs, or tells of one yet to come ("will
//! hold"), and stays a source only.

use std::ops::Range;

use crate::extract::doc::{Doc, Sentence};
use crate::extract::read::partners::Named;
use crate::text::fold;

/// Words that say a release reports an action without a code name, most telling first: a
/// release that says "a week of action" and "intensified checks" is about the week.
const ACTION_WORDS: &[&str] = &[
    "joint action days",
    "joint action day",
    "action days",
    "action day",
    "days of action",
    "day of action",
    "week of action",
    "action week",
    "week of intensified action",
    "week of concerted inspections",
    "concerted inspections",
    "joint inspections",
    "hackathon",
    "coordinated raids",
    "coordinated raid",
];

/// Words after which a release names who ran the action: "coordinated by Europol". Not
/// "supported by" (a supporter is a partner) nor "led by", which names the countries that
/// led a part of it.
const ORGANISER_CUES: &[&str] = &[
    "coordinated by ",
    "co-ordinated by ",
    "organised by ",
    "organized by ",
    "conducted by ",
    "carried out by ",
    "run by ",
    "dismantled by ",
];

/// Words that put an action in the future: an announcement, not a report.
const FUTURE_WORDS: &[&str] = &[" will ", " is to ", " are to ", " plans to ", " is planned"];

/// Words after which a release says what the action was against.
const THEME_CUES: &[&str] = &["against", "targeted", "targeting", "aimed at"];

/// Words that end what an action was against: where it was, when, through what, by whom.
const THEME_ENDS: &[&str] = &[
    ",",
    ".",
    ";",
    ":",
    "(",
    " –",
    " - ",
    " through ",
    " for ",
    " coordinated",
    " co-ordinated",
    " organised",
    " organized",
    " led ",
    " at ",
    " along ",
    " during ",
    " from ",
    " on ",
    " between ",
    " over ",
    " with ",
    " across ",
    " among ",
    " and the ",
    " by ",
    " took ",
    " ran ",
    " which ",
    " that ",
    " who ",
    " in ",
];

/// "in" ends what an action was against, except in these words.
const THEMES_WITH_IN: &[&str] = &["trafficking in human beings", "trafficking in persons", "trade in"];

/// The longest theme kept, in words: a longer one is a clause, not a name.
const THEME_WORDS: usize = 8;

/// Themes written two ways that are one: two releases about one action may use either.
const SAME_THEME: &[(&str, &str)] = &[
    ("trafficking in human beings", "human trafficking"),
    ("trafficking in persons", "human trafficking"),
    ("smuggling of migrants", "migrant smuggling"),
    ("forced labour", "labour exploitation"),
];

/// An action a release reports without a code name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// What it was, as the text says it, in lower case: "joint action days".
    pub kind: String,
    /// Where those words stand, and the index of their sentence in [`Doc::sentences`].
    pub span: Range<usize>,
    pub sentence: usize,
    /// Who ran it, as the text names them, each with the words it was read from.
    pub organisers: Vec<Named>,
    /// What it was against, in the text's words: "firearms trafficking".
    pub theme: Option<String>,
}

impl Action {
    /// Who ran it, what it was and what against, in the text's words: "Europol joint action
    /// days against firearms trafficking". The action's name is this and its period; actions
    /// of other months and years have this in common. `publisher` stands for who ran it when
    /// the text names no one; without either, there is no one to know the action by.
    pub fn series(&self, publisher: Option<&str>) -> Option<String> {
        let names: Vec<&str> = self.organisers.iter().map(|o| o.name.as_str()).collect();
        let by = if names.is_empty() { publisher?.to_string() } else { names.join(" and ") };
        Some(match &self.theme {
            Some(theme) => format!("{by} {} against {theme}", self.kind),
            None => format!("{by} {}", self.kind),
        })
    }
}

/// The theme as two releases about one action compare it: folded, and written one way.
pub fn comparable_theme(theme: &str) -> String {
    let mut folded = fold(theme);
    for (written, same) in SAME_THEME {
        folded = folded.replace(written, same);
    }
    folded
}

/// The sentences an action is reported in: the headline, the lines above and beside it, and
/// the first two paragraphs (a release may open with what was dismantled and tell of the
/// raid in the next), by index into [`Doc::sentences`].
fn lead(doc: &Doc) -> Vec<usize> {
    let mut paragraphs: Vec<usize> = Vec::new();
    let mut lead = Vec::new();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        if sentence.is_body() && !paragraphs.contains(&sentence.block) {
            if paragraphs.len() == 2 {
                break;
            }
            paragraphs.push(sentence.block);
        }
        lead.push(i);
    }
    lead
}

/// The action the release reports without a code name, if its headline or first paragraphs
/// tell of one that took place.
pub fn reported_action(doc: &Doc) -> Option<Action> {
    let lead = lead(doc);
    // ASCII lower case keeps every byte where it was: offsets in it are offsets in the text.
    let lower: Vec<String> = lead.iter().map(|&i| doc.sentences[i].text(doc.text).to_ascii_lowercase()).collect();
    let (n, at, words) = ACTION_WORDS.iter().find_map(|words| {
        lower.iter().enumerate().find_map(|(n, sentence)| whole_words(sentence, words).map(|at| (n, at, *words)))
    })?;
    let sentence = &doc.sentences[lead[n]];
    let padded = format!(" {} ", lower[n]);
    if FUTURE_WORDS.iter().any(|future| padded.contains(future)) {
        return None;
    }
    let start = sentence.span.start + at;
    let organisers = lead.iter().find_map(|&i| organisers(doc.text, &doc.sentences[i])).unwrap_or_default();
    let theme = std::iter::once(n)
        .chain((0..lead.len()).filter(|&m| m != n))
        .find_map(|m| theme(&lower[m][if m == n { at } else { 0 }..]));
    Some(Action { kind: words.to_string(), span: start..start + words.len(), sentence: lead[n], organisers, theme })
}

/// Where `words` stand in `text` as whole words.
fn whole_words(text: &str, words: &str) -> Option<usize> {
    text.match_indices(words).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Who a sentence says ran the action: the names after "coordinated by" and its like
/// ("coordinated by Europol and the European Banking Federation, with the support of
/// Eurojust" names two), or the one that tells of the coordination ("The National Migration
/// Institute said the raids ... were coordinated with ...").
fn organisers(text: &str, sentence: &Sentence) -> Option<Vec<Named>> {
    let said = sentence.text(text);
    let cue = ORGANISER_CUES.iter().filter_map(|cue| said.find(cue).map(|at| at + cue.len())).min();
    let named = match cue {
        Some(after) => names_from(text, sentence.span.start + after, sentence.span.end),
        None if said.contains("coordinated with") => {
            let speaker = sentence.span.start + said.strip_prefix("The ").map_or(0, |_| "The ".len());
            let named = name_at(text, speaker, sentence.span.end)?;
            text[named.span.end..].starts_with(" said ").then(|| vec![named]).unwrap_or_default()
        }
        None => Vec::new(),
    };
    (!named.is_empty()).then_some(named)
}

/// The names listed from `at`: "Europol and Frontex", "Europol, the EBF and Eurojust".
fn names_from(text: &str, mut at: usize, end: usize) -> Vec<Named> {
    let mut names = Vec::new();
    loop {
        let Some(named) = name_at(text, at, end) else { break };
        at = named.span.end;
        names.push(named);
        let rest = &text[at..end];
        let Some(separator) = [", and ", " and ", ", "].iter().find(|s| rest.starts_with(**s)) else { break };
        at += separator.len();
    }
    names
}

/// An organisation's name at `at`: capitalised words, with "of" or "for" between them
/// ("Subdirectorate for Combating Organised Crime"), after an optional "the". Where the
/// text gives it a short form in brackets ("the European Labour Authority (ELA)"), that is
/// the name, as the text goes on to call it.
fn name_at(text: &str, at: usize, end: usize) -> Option<Named> {
    let start = if text[at..end].starts_with("the ") { at + "the ".len() } else { at };
    let mut name_end = start;
    let mut word_start = start;
    for word in text[start..end].split(' ') {
        // A name ends at a comma, a full stop or a possessive: "Frontex,", "Europol's".
        let bare = &word[..word.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(word.len())];
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        let joining = name_end > start && matches!(bare, "of" | "for");
        if !(capitalised || joining) {
            break;
        }
        if capitalised {
            name_end = word_start + bare.len();
        }
        if bare.len() < word.len() {
            break;
        }
        word_start += word.len() + 1;
    }
    if name_end == start {
        return None;
    }
    let short = text[name_end..end]
        .strip_prefix(" (")
        .and_then(|after| after.split_once(')'))
        .map(|(short, _)| short)
        .filter(|short| !short.is_empty() && short.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()));
    Some(match short {
        Some(short) => Named { name: short.to_string(), span: start..name_end + " ()".len() + short.len() },
        None => Named { name: text[start..name_end].to_string(), span: start..name_end },
    })
}

/// What an action was against, from the words after "against" or "targeted" in a sentence
/// (lower case), to the words that say where, when or by whom.
fn theme(sentence: &str) -> Option<String> {
    let after = THEME_CUES.iter().filter_map(|cue| whole_words(sentence, cue).map(|at| at + cue.len())).min()?;
    let rest = sentence[after..].trim_start();
    // "in" inside "trafficking in human beings" does not end it.
    let kept: Vec<Range<usize>> = THEMES_WITH_IN
        .iter()
        .flat_map(|words| rest.match_indices(words).map(|(at, words)| at..at + words.len()))
        .collect();
    let end = THEME_ENDS
        .iter()
        .filter_map(|ends| {
            rest.match_indices(ends).map(|(at, _)| at).find(|&at| !kept.iter().any(|k| k.start < at && at < k.end))
        })
        .min()
        .unwrap_or(rest.len());
    let theme = rest[..end].trim();
    let theme = theme.strip_prefix("the ").unwrap_or(theme);
    let words = theme.split_whitespace().count();
    (words > 0 && words <= THEME_WORDS).then(|| theme.to_string())
}
