//! Cutting a press release, web-page residue and all, into blocks and sentences whose byte
//! spans point into the original text (so every fact can be quoted exactly).
//!
//! Pages copied from the web glue paragraphs together ("...in Brasilia.The operation") and
//! headings onto their paragraph ("Operational highlightsThanks to ..."). A full stop or colon
//! followed directly by a capital, or a lower-case word followed directly by a capitalised
//! one, is taken for such a seam: inside a paragraph, sentences are separated by a space.

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::date::{MONTH_NAMES, month_from_name};
use regex::Regex;

use crate::annotate::dates::{WEEKDAYS, names_a_month};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph of the body.
    Body,
    /// A bulleted item ("• In Argentina, ..."), the bullet excluded from the span.
    Bullet,
    /// A heading, headline, photo caption, dateline or "said:" lead-in: text that is not a
    /// paragraph of the body. Facts are not read from labels (captions repeat the body).
    Label,
    /// Page furniture: gallery counters ("1 /", "11"), lone slashes.
    Residue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Range<usize>,
}

/// A result listed as a label and its number: "Arrests: 95", "Victims rescued – 212",
/// "Inspections 9 480", "Arrests ........ 95", a table's row "Arrests | 42 |". Read as an item
/// of a list, not as a heading.
static RESULT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{L}[\p{L} ,’'()/-]{1,60}?)(?:\s*[:–—|-]\s*|\s*\.{3,}\s*|\s+)(?:\d{1,3}(?:[,.\u{a0}\u{2009}\u{202f} ]\d{3})+|\d+)(?:\s*\|)?$",
    )
    .expect("valid regex")
});

/// A seizure listed under its label, with its amount as written: "Cocaine seized: 9.8 kg",
/// "Weapons seized: 297, including 26 firearms". Read as an item of a list.
static SEIZED_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{L}[\p{L} -]{1,40} seized: [^\n.]{0,60}\d[^\n]{0,60}$").expect("valid regex"));

/// A result listed as a phrase, without a bullet or a full stop: "Arrest of 40 suspects",
/// "Detection of 5,100 irregular migrants". Read as an item of a list, not as a heading.
static RESULT_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:Arrests?|Detections?|Identification|Rescue|Seizures?|Launch|Opening|Dismantling) of ",
        r"(?:(?:more than|over|some|about|nearly|almost|at least) )?\d[^\n.]{0,80}$"
    ))
    .expect("valid regex")
});

/// The letters [`RESULT_PHRASE`]'s words start with.
const RESULT_PHRASE_FIRST_LETTERS: [char; 7] = ['A', 'D', 'I', 'R', 'S', 'L', 'O'];

/// Words whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "No", "Rep", "Dem", "Gen", "Col", "Lt", "vs",
    // Months as wire services write them: "Nov. 14, 2023".
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Lines indented this far are page furniture (captions, pull quotes), not body paragraphs.
const CAPTION_INDENT: usize = 4;

/// "Additional cases:", "Jürgen Stock said:": a short line ending in a colon introduces what
/// follows; a long one is a sentence that goes on in a list, and so is one with a sentence
/// before its lead-in ("The action led to 61 arrests. Officers seized:") or one with a number
/// ("The operation led to 87 arrests and the seizure of:").
const LEAD_IN_MAX_BYTES: usize = 120;

/// Label text is short; a longer unpunctuated line is still body text.
const LABEL_MAX_BYTES: usize = 250;

/// Commas that make a line without a final mark a sentence cut short rather than a label:
/// see [`lists_like_a_sentence`].
const LIST_COMMAS: usize = 3;

/// Whether a line without a final mark lists things as a sentence does ("Participants
/// included Hungary, Slovakia, Slovenia and Croatia", where a page was cut): a heading names
/// one thing. A date line has as many commas ("BOGOTÁ, Colombia, May 16, 2023") and digits.
fn lists_like_a_sentence(line: &str) -> bool {
    line.matches(", ").count() >= LIST_COMMAS && !line.contains(|c: char| c.is_ascii_digit())
}

pub fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (span, indent) in logical_lines(text) {
        let content = trim_span(text, span);
        if content.is_empty() {
            continue;
        }
        for piece in split_at_seams(text, content) {
            let mut block = classify(text, piece, indent >= CAPTION_INDENT);
            // "Seizures include:" then "43 tons of wild meat" a line: a list without marks,
            // each line an amount, goes on from a line that ends with a colon.
            let opened = blocks.last().is_some_and(|previous: &Block| {
                let previous_text = text[previous.span.clone()].trim_end();
                previous_text.ends_with(':')
                    || (previous.kind == BlockKind::Bullet && opens_with_an_amount(previous_text))
            });
            if block.kind != BlockKind::Residue && opened && opens_with_an_amount(&text[block.span.clone()]) {
                block.kind = BlockKind::Bullet;
            }
            blocks.push(block);
        }
    }
    blocks
}

/// Whether a line opens with an amount: digits, maybe after a qualifier ("almost 4,000 birds").
fn opens_with_an_amount(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let rest = AMOUNT_QUALIFIERS.iter().find_map(|q| lower.strip_prefix(q)).unwrap_or(&lower);
    rest.starts_with(|c: char| c.is_ascii_digit())
}

/// Qualifiers that may open a line of a list before its amount.
const AMOUNT_QUALIFIERS: &[&str] =
    &["almost ", "nearly ", "more than ", "over ", "some ", "around ", "about ", "just under "];

/// Words that do not end a sentence, a heading or a caption: a line ending in one was
/// wrapped in mid-sentence.
const CONTINUING_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "which",
    "who", "than", "into", "across", "some", "nearly", "about", "around", "over",
];

/// Whether a line ends with one of [`CONTINUING_WORDS`], as a sentence that goes on in the
/// list below it does ("... in the EMPACT priority crime areas of"); a heading never does.
fn ends_mid_sentence(line: &str) -> bool {
    let last_word = line.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    CONTINUING_WORDS.contains(&last_word.as_str())
}

/// A text is hard-wrapped when its longest line has between these many characters...
const HARD_WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 60..=100;
/// ...and at least this many lines come close to its longest.
const HARD_WRAP_MIN_FULL_LINES: usize = 4;
/// A wrapped line is at most this many characters shorter than the longest: the next word
/// did not fit.
const WRAP_SLACK: usize = 20;

/// The width a hard-wrapped text is wrapped at (its longest line), or `None` when its lines
/// are paragraphs.
fn wrap_width(text: &str) -> Option<usize> {
    let lengths: Vec<usize> = text.lines().map(|line| line.trim_end().chars().count()).collect();
    let longest = lengths.iter().copied().max()?;
    let full = lengths.iter().filter(|&&n| n + WRAP_SLACK >= longest).count();
    (HARD_WRAP_WIDTHS.contains(&longest) && full >= HARD_WRAP_MIN_FULL_LINES).then_some(longest)
}

/// Physical lines, with lines wrapped in mid-sentence joined again; each with its indentation.
fn logical_lines(text: &str) -> Vec<(Range<usize>, usize)> {
    let width = wrap_width(text);
    let mut lines: Vec<(Range<usize>, usize)> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let span = start..start + line.len();
        start = span.end;
        let content = line.trim();
        if let Some((last, last_indent)) = lines.last_mut()
            && !content.is_empty()
            && wrapped(&text[last.clone()], *last_indent, content, width)
        {
            last.end = span.end;
            continue;
        }
        lines.push((span, line.len() - line.trim_start().len()));
    }
    lines
}

/// Whether `next` goes on with the sentence `line` broke off: `line` ends no sentence, and
/// `next` starts in lower case or `line` ends on a comma or a word such as "the" or "of"
/// (a heading or a caption never does), or, in a hard-wrapped text, `line` is as long as
/// the text's lines get (its last physical line: a logical line's last part is what counts).
fn wrapped(line: &str, indent: usize, next: &str, width: Option<usize>) -> bool {
    let line = line.trim_end();
    if line.is_empty() || indent >= CAPTION_INDENT || line.ends_with(['.', '!', '?', ':', '"', '”', ')']) {
        return false;
    }
    // "43 tons of wild meat" then "almost 4,000 birds": items of a list, each an amount.
    let last_line = line.rsplit('\n').next().unwrap_or(line);
    if opens_with_an_amount(last_line.trim_start()) && opens_with_an_amount(next) {
        return false;
    }
    let last_physical = line.rsplit('\n').next().unwrap_or(line).trim_end();
    let full = width.is_some_and(|width| last_physical.chars().count() + WRAP_SLACK >= width);
    full || next.starts_with(char::is_lowercase) || line.ends_with([',', '-', '–']) || ends_mid_sentence(line)
}

fn classify(text: &str, span: Range<usize>, indented: bool) -> Block {
    let piece = &text[span.clone()];
    let bullet = ["•", "- ", "– ", "— ", "* "].iter().find_map(|mark| piece.strip_prefix(mark));
    if let Some(rest) = bullet {
        let start = span.end - rest.len();
        return Block { kind: BlockKind::Bullet, span: trim_span(text, start..span.end) };
    }
    // A page's number ("2/3") is furniture; a date line written with slashes ("14/06/2024") is
    // the release's date.
    let numeric_date = {
        let mut parts = piece.trim().split('/');
        parts.clone().count() == 3 && parts.next_back().is_some_and(|year| year.len() == 4)
    };
    let is_furniture = !numeric_date && piece.chars().all(|c| c.is_ascii_digit() || c == '/' || c.is_whitespace());
    // A line that ends with a semicolon is an item of a list written without marks ("23 live
    // primates;"): a heading never ends so.
    let unmarked_item = piece.trim_end().ends_with(';');
    let seized_line = piece.contains(" seized: ") && SEIZED_LINE.is_match(piece);
    // Every piece is asked: its first letter rules most out before the search does.
    let result_phrase = piece.starts_with(RESULT_PHRASE_FIRST_LETTERS) && RESULT_PHRASE.is_match(piece);
    if is_result_line(piece) || result_phrase || seized_line || unmarked_item {
        return Block { kind: BlockKind::Bullet, span };
    }
    // A closing quotation mark ends a sentence only after the sentence's own mark ("... he
    // said."”); a headline may end with a quoted word (Also "cyber-patrols").
    let trimmed = piece.trim_end();
    let quote_ends = trimmed.strip_suffix(['"', '”']).is_some_and(|before| before.ends_with(['.', '!', '?', ',']));
    let ends_sentence = trimmed.ends_with(['.', '!', '?', ')', ':']) || quote_ends;
    // "(@NewsDesk)", "(Photo: Reuters)": a short line wholly in brackets credits or captions.
    let bracketed = trimmed.starts_with('(') && trimmed.ends_with(')') && trimmed.len() < LABEL_MAX_BYTES;
    let kind = if is_furniture {
        BlockKind::Residue
    } else if indented
        || bracketed
        || (piece.ends_with(':')
            && piece.len() < LEAD_IN_MAX_BYTES
            && !piece.contains(". ")
            && !piece.contains(|c: char| c.is_ascii_digit()))
        || (!ends_sentence
            && piece.len() < LABEL_MAX_BYTES
            && !lists_like_a_sentence(piece)
            && !ends_mid_sentence(trimmed))
    {
        BlockKind::Label
    } else {
        BlockKind::Body
    };
    Block { kind, span }
}

/// "Arrests: 95", but not a date line ("March 5, 2024", "Bucharest, 27.06.2023") or an
/// edition ("Operation Harbour 3").
fn is_result_line(piece: &str) -> bool {
    // The pattern ends with a digit or a table's bar: most pieces are ruled out by their last
    // character, without the regex's walk over them.
    if !piece.ends_with(|c: char| c.is_numeric() || c == '|') {
        return false;
    }
    let Some(label) = RESULT_LINE.captures(piece).and_then(|c| c.get(1)) else { return false };
    let first_word = label.as_str().split_whitespace().next().unwrap_or("");
    month_from_name(first_word.trim_end_matches(',')).is_none() && !first_word.eq_ignore_ascii_case("operation")
}

/// Splits one line's content where two paragraphs (or a heading and a paragraph) were glued.
fn split_at_seams(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[span.clone()];
    let mut pieces = Vec::new();
    let mut start = 0;
    // Every seam comes right before a capital or an opening quote.
    let seam_candidates = line.char_indices().filter(|(_, c)| c.is_uppercase() || *c == '“');
    for (at, next) in seam_candidates {
        let Some(previous) = line[..at].chars().next_back() else { continue };
        let previous_at = at - previous.len_utf8();
        let seam = match previous {
            '.' | '!' | '?' | '”' | '"' => {
                (next.is_uppercase() || next == '“') && sentence_ends_before(line, previous_at)
            }
            ':' => next.is_uppercase(),
            _ => {
                previous.is_lowercase()
                    && next.is_uppercase()
                    && (starts_word(&line[at..]) || is_capitals_word(&line[at..]))
                    && lowercase_run(&line[..at]) >= 3
                    && !is_camel_case_start(&line[..at])
                    && !in_a_tag(&line[..at])
            }
        };
        if seam {
            pieces.push(span.start + start..span.start + at);
            start = at;
        }
    }
    pieces.push(span.start + start..span.end);
    pieces.into_iter().map(|piece| trim_span(text, piece)).filter(|piece| !piece.is_empty()).collect()
}

/// A capital followed by a lower-case letter: the start of an ordinary word, not an acronym.
fn starts_word(rest: &str) -> bool {
    rest.chars().nth(1).is_some_and(char::is_lowercase)
}

/// A word in capitals ("THE HAGUE, Netherlands"), as a dateline glued to a site header starts.
fn is_capitals_word(rest: &str) -> bool {
    let capitals = rest.chars().take_while(|c| c.is_uppercase()).count();
    capitals >= 3 && rest.chars().nth(capitals).is_none_or(|c| !c.is_alphabetic())
}

/// Whether `before` ends in a short capitalised word that a name in camel case goes on from
/// ("UrduPoint", "YouTube"), or in one after a slash, as a wire writes its name ("/EuropaWire/"):
/// no heading ends there.
fn is_camel_case_start(before: &str) -> bool {
    let run = lowercase_run(before);
    let mut rest = before[..before.len() - before.chars().rev().take(run).map(char::len_utf8).sum::<usize>()].chars();
    let capital = rest.next_back();
    let opening = rest.next_back();
    capital.is_some_and(char::is_uppercase)
        && (run <= 4 && !opening.is_some_and(char::is_alphanumeric) || opening == Some('/'))
}

/// Whether `before` ends inside a hashtag or a handle ("#StopTheTrade", "@PoliceForce"),
/// whose words are written together in camel case: one word, no seam.
fn in_a_tag(before: &str) -> bool {
    before.trim_end_matches(char::is_alphanumeric).ends_with(['#', '@'])
}

fn lowercase_run(before: &str) -> usize {
    before.chars().rev().take_while(|c| c.is_lowercase()).count()
}

/// Whether the punctuation at byte `at` of `line` ends a sentence: not the dot of an
/// abbreviation ("St.", "U.S.") and, for a closing quote, one that follows a full stop.
fn sentence_ends_before(line: &str, at: usize) -> bool {
    let before = &line[..at];
    let mark = line[at..].chars().next().unwrap_or(' ');
    if mark == '”' || mark == '"' {
        return before.ends_with(['.', '!', '?', ',']);
    }
    if mark != '.' {
        return true;
    }
    // Dot leaders run from a label to its number ("Arrests ........ 95").
    if before.ends_with("..") && line[at + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let word: &str = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "1. Albania": a number that opens the line numbers an item. One that ends
    // a sentence ("... took place on 6 October 2020. The unit ...") ends it.
    let item_number = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()) && before.trim_start() == word;
    // "at 9:15 a.m. Tuesday, March 3": a time's "a.m." or "p.m." before the day it fell on.
    let time_before_its_day = word == "m"
        && (before.ends_with("a.m") || before.ends_with("p.m"))
        && line[at + 1..]
            .trim_start()
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|next| WEEKDAYS.contains(&next) || MONTH_NAMES.contains(&next));
    // "am 14. September": German writes a day with a full stop before its month, after a word
    // that says so ("am", "vom", "bis", "und"); an English count that ends a sentence before
    // one that opens with a month ("rose to 45. June saw ...") still ends it.
    let german_day = (1..=2).contains(&word.len())
        && word.chars().all(|c| c.is_ascii_digit())
        && before[..before.len() - word.len()]
            .split_whitespace()
            .next_back()
            .is_some_and(|previous| WORDS_BEFORE_A_GERMAN_DAY.contains(&previous))
        && line[at + 1..].trim_start().split(|c: char| !c.is_alphabetic()).next().is_some_and(names_a_month);
    !(single_capital || ABBREVIATIONS.contains(&word) || item_number || time_before_its_day || german_day)
}

/// German words that stand before a day: "am 3.", "vom 3. bis 9.", "zwischen dem 3. und 9.",
/// "den 3.", "am Morgen des 3.".
const WORDS_BEFORE_A_GERMAN_DAY: [&str; 10] = ["am", "vom", "bis", "zum", "dem", "den", "des", "und", "seit", "ab"];

/// The sentences of a block, each a byte span into `text`.
pub fn sentences(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let body = &text[block.clone()];
    let mut spans = Vec::new();
    let mut start = 0;
    // The marks are ASCII, and in UTF-8 an ASCII byte is always that character.
    for at in memchr::memchr3_iter(b'.', b'!', b'?', body.as_bytes()) {
        if !sentence_ends_before(body, at) {
            continue;
        }
        // Closing quotes and brackets belong to the sentence they end.
        let after_mark = &body[at + 1..];
        let end = body.len() - after_mark.trim_start_matches(['”', '"', ')', '’']).len();
        let rest = &body[end..];
        let next_visible = rest.char_indices().find(|(_, c)| !c.is_whitespace());
        let has_space = rest.starts_with(char::is_whitespace);
        // "… coordinated 'Operation Kestrel'. 'Operation Kestrel' is …": a single or straight
        // quotation mark opens a sentence where a capital follows it.
        let quoted_capital = |b: usize, c: char| {
            matches!(c, '‘' | '\'' | '"') && rest[b + c.len_utf8()..].starts_with(char::is_uppercase)
        };
        let starts_new = next_visible
            .is_some_and(|(b, c)| c.is_uppercase() || c.is_ascii_digit() || c == '“' || quoted_capital(b, c));
        if has_space && starts_new {
            spans.push(block.start + start..block.start + end);
            start = next_visible.map_or(body.len(), |(b, _)| end + b);
        }
    }
    spans.push(block.start + start..block.end);
    spans.into_iter().map(|s| trim_span(text, s)).filter(|s| !s.is_empty()).collect()
}

/// The comma-separated items of a list, trimmed; commas inside brackets do not separate
/// ("ROCK (Regional Centre, Khartoum)", "Congo (Democratic Rep.)").
pub fn comma_items(text: &str, list: Range<usize>) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut start = list.start;
    for (i, c) in text[list.clone()].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(trim_span(text, start..list.start + i));
                start = list.start + i + 1;
            }
            _ => {}
        }
    }
    items.push(trim_span(text, start..list.end));
    items
}

pub fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let slice = &text[span.clone()];
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_texts(text: &str) -> Vec<(BlockKind, &str)> {
        blocks(text).into_iter().map(|b| (b.kind, &text[b.span])).collect()
    }

    #[test]
    fn splits_glued_paragraphs_and_headings() {
        let text = "Coordinated from headquarters in Brasilia.The operation also involved ISON.Operational highlightsThanks to controls, police in Panama arrested a man.";
        assert_eq!(
            kinds_and_texts(text),
            [
                (BlockKind::Body, "Coordinated from headquarters in Brasilia."),
                (BlockKind::Body, "The operation also involved ISON."),
                (BlockKind::Label, "Operational highlights"),
                (BlockKind::Body, "Thanks to controls, police in Panama arrested a man."),
            ]
        );
    }

    #[test]
    fn keeps_a_name_in_camel_case_whole() {
        let text = "LIMA (AndesPoint News - 6 April 2021) Police seized guns shown on YouTube.";
        assert_eq!(kinds_and_texts(text), [(BlockKind::Body, text)]);
        let wire = "BRUSSELS, 4 March 2024 — /EuropaWire/ — Police held 8 people.";
        assert_eq!(kinds_and_texts(wire), [(BlockKind::Body, wire)]);
        let tagged = "Our #StopTheLooting campaign backs the raids, as @RuritaniaPolice wrote.";
        assert_eq!(kinds_and_texts(tagged), [(BlockKind::Body, tagged)]);
    }

    #[test]
    fn splits_a_site_header_from_the_dateline() {
        let text = "Home | Newsroom | Press releasesTHE HAGUE, Netherlands – Police arrested 537 people.";
        let texts: Vec<&str> = kinds_and_texts(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Home | Newsroom | Press releases", "THE HAGUE, Netherlands – Police arrested 537 people."]);
    }

    #[test]
    fn joins_lines_wrapped_in_mid_sentence() {
        let text = "Officers rescued 41 victims in\nSpain and Portugal, and\narrested 12 suspects.\nRescued children in Burundi\nMigrant centre in Skopje\n";
        assert_eq!(
            kinds_and_texts(text),
            [
                (BlockKind::Body, "Officers rescued 41 victims in\nSpain and Portugal, and\narrested 12 suspects."),
                (BlockKind::Label, "Rescued children in Burundi"),
                (BlockKind::Label, "Migrant centre in Skopje"),
            ]
        );
    }

    #[test]
    fn joins_a_hard_wrapped_line_that_breaks_before_a_capital() {
        let text = "Coral Gate 2022: Indian Ocean operation identifies 278 potential victims\n\n\
                    LYON, France – Officers from 17 countries took part in Operation Coral\n\
                    Gate 2022, an INTERPOL operation against human trafficking and migrant\n\
                    smuggling in the Indian Ocean region, from 9 to 13 October 2022 and led\n\
                    to 64 arrests.\n";
        let texts: Vec<&str> = kinds_and_texts(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[1].starts_with("LYON") && texts[1].ends_with("arrests."), "{texts:?}");
        // Lines of paragraphs are not wrapped lines: captions stay apart.
        let captions = "A long caption about the operation that took place from 29 September to 4 October 2024 across the world\nBolivian authorities arresting a suspect\n";
        assert_eq!(kinds_and_texts(captions).len(), 2);
    }

    #[test]
    fn seizures_listed_under_their_labels_are_items() {
        let text = "Results\nDrugs seized: 3.1 kg\nFirearms seized: 88, including 9 rifles\nAssets seized\n";
        assert_eq!(
            kinds_and_texts(text),
            [
                (BlockKind::Label, "Results"),
                (BlockKind::Bullet, "Drugs seized: 3.1 kg"),
                (BlockKind::Bullet, "Firearms seized: 88, including 9 rifles"),
                (BlockKind::Label, "Assets seized"),
            ]
        );
    }

    #[test]
    fn results_listed_as_label_and_number_are_items() {
        let text = "Results:\nArrests: 95\nVictims rescued – 212\nInspections 9 480\nCharges | 65 |\nMarch 5, 2024\nOperation Harbour 3\nBucharest, 27.06.2023\n";
        assert_eq!(
            kinds_and_texts(text),
            [
                (BlockKind::Label, "Results:"),
                (BlockKind::Bullet, "Arrests: 95"),
                (BlockKind::Bullet, "Victims rescued – 212"),
                (BlockKind::Bullet, "Inspections 9 480"),
                (BlockKind::Bullet, "Charges | 65 |"),
                (BlockKind::Label, "March 5, 2024"),
                (BlockKind::Label, "Operation Harbour 3"),
                (BlockKind::Label, "Bucharest, 27.06.2023"),
            ]
        );
    }

    #[test]
    fn a_headline_may_end_with_a_quoted_word() {
        let text =
            "Police action against crime: also \"cyber-patrols\"\n\n\"We are ready,\"\n\nHe said: \"It is done.\"\n";
        assert_eq!(
            kinds_and_texts(text),
            [
                (BlockKind::Label, "Police action against crime: also \"cyber-patrols\""),
                (BlockKind::Body, "\"We are ready,\""),
                (BlockKind::Body, "He said: \"It is done.\""),
            ]
        );
    }

    #[test]
    fn a_sentence_that_goes_on_in_a_list_is_body_text() {
        let text =
            "Key figures\n\nThe operations targeted crime in the areas of\n\n• cybercrime;\n• drug trafficking;\n";
        assert_eq!(
            kinds_and_texts(text),
            [
                (BlockKind::Label, "Key figures"),
                (BlockKind::Body, "The operations targeted crime in the areas of"),
                (BlockKind::Bullet, "cybercrime;"),
                (BlockKind::Bullet, "drug trafficking;"),
            ]
        );
    }

    #[test]
    fn results_listed_as_phrases_are_items() {
        let text = "The week led to:\n\nArrest of 31 suspected smugglers\nDetection of 2,400 irregular migrants\nArrest of a suspect in Lyon\n";
        assert_eq!(
            kinds_and_texts(text),
            [
                (BlockKind::Label, "The week led to:"),
                (BlockKind::Bullet, "Arrest of 31 suspected smugglers"),
                (BlockKind::Bullet, "Detection of 2,400 irregular migrants"),
                (BlockKind::Label, "Arrest of a suspect in Lyon"),
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_names_and_quotes_whole() {
        let text = "Smugglers took migrants to the U.S. and St. Lucia via CaiCai III routes.";
        assert_eq!(kinds_and_texts(text), [(BlockKind::Body, text)]);
        // A German day's full stop, before its month.
        let german = "Die Beamten prüften am 3. März und am 24. Oktober 2022 rund 80 Betriebe.";
        assert_eq!(sentences(german, 0..german.len()).len(), 1);
        // A date that ends a sentence still ends it, and so does a count before a month.
        let two = "It ran until 24 October 2022. Officers checked 80 firms.";
        assert_eq!(sentences(two, 0..two.len()).len(), 2);
        let count = "Arrests rose to 45. June saw fewer.";
        assert_eq!(sentences(count, 0..count.len()).len(), 2);
        let quoted = "“It works,” said Mr Stock.“More to come,” he added.";
        let texts: Vec<&str> = kinds_and_texts(quoted).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["“It works,” said Mr Stock.", "“More to come,” he added."]);
    }

    #[test]
    fn recognises_captions_counters_bullets_and_lead_ins() {
        let text = "Rescued children in Burundi\n            Officers in Benin perform checks.\n                    1 /\n                    9\n  • In Iraq, 25 people were arrested.\n– 146 people taken into custody\nINTERPOL Secretary General Jürgen Stock said:\n(@crimedesk)\nThe checks led to 61 arrests and the seizure of:\nVictims rescued ........ 17\nA total of 2,517 arrests were made during the week - 850 of which were on trafficking charges.\n";
        assert_eq!(
            kinds_and_texts(text),
            [
                (BlockKind::Label, "Rescued children in Burundi"),
                (BlockKind::Label, "Officers in Benin perform checks."),
                (BlockKind::Residue, "1 /"),
                (BlockKind::Residue, "9"),
                (BlockKind::Bullet, "In Iraq, 25 people were arrested."),
                (BlockKind::Bullet, "146 people taken into custody"),
                (BlockKind::Label, "INTERPOL Secretary General Jürgen Stock said:"),
                (BlockKind::Label, "(@crimedesk)"),
                (BlockKind::Body, "The checks led to 61 arrests and the seizure of:"),
                (BlockKind::Bullet, "Victims rescued ........ 17"),
                (
                    BlockKind::Body,
                    "A total of 2,517 arrests were made during the week - 850 of which were on trafficking charges."
                ),
            ]
        );
        // A sentence before the lead-in keeps the paragraph in the body.
        let told = "The checks led to 14 arrests. Police also seized:\n• 3 rifles\n";
        assert_eq!(kinds_and_texts(told)[0], (BlockKind::Body, "The checks led to 14 arrests. Police also seized:"));
        // Lines that open with amounts after a line ending with a colon are items too.
        let lines = "Seizures include:\n\n43 tons of wild meat\nalmost 4,000 birds\n48 live primates\nMore news\n";
        assert_eq!(
            kinds_and_texts(lines),
            [
                (BlockKind::Label, "Seizures include:"),
                (BlockKind::Bullet, "43 tons of wild meat"),
                (BlockKind::Bullet, "almost 4,000 birds"),
                (BlockKind::Bullet, "48 live primates"),
                (BlockKind::Label, "More news"),
            ]
        );
        // A line ending with a semicolon is an item of a list without marks.
        let items = "Seizures include:\n23 live primates;\nFive rhino horns;\n";
        assert_eq!(
            kinds_and_texts(items)[1..],
            [(BlockKind::Bullet, "23 live primates;"), (BlockKind::Bullet, "Five rhino horns;")]
        );
        // A list cut short at the end of a page is a sentence; a date line with as many commas
        // is not.
        let cut =
            "Officers met.\n\nParticipants included Chad, Mali, Niger, Benin and Togo\n\nLOMÉ, Togo, May 3, 2024\n";
        assert_eq!(
            kinds_and_texts(cut)[1..],
            [
                (BlockKind::Body, "Participants included Chad, Mali, Niger, Benin and Togo"),
                (BlockKind::Label, "LOMÉ, Togo, May 3, 2024")
            ]
        );
    }

    #[test]
    fn cuts_sentences_at_full_stops_followed_by_a_capital() {
        let text = "Colombia made 22 arrests. While one group smuggled migrants to the U.S. the other did not. In addition, two were arrested.";
        let found: Vec<&str> = sentences(text, 0..text.len()).into_iter().map(|s| &text[s]).collect();
        assert_eq!(
            found,
            [
                "Colombia made 22 arrests.",
                "While one group smuggled migrants to the U.S. the other did not.",
                "In addition, two were arrested.",
            ]
        );
        let quote = "“With 22 groups dismantled, it shows results.” The end.";
        assert_eq!(sentences(quote, 0..quote.len()).len(), 2);
        // A single or straight quotation mark before a capital opens a sentence.
        let single = "Police ran 'Operation Kestrel'. 'Operation Kestrel' ended in May.";
        assert_eq!(sentences(single, 0..single.len()).len(), 2);
        // A sentence may end in a number; a number that opens the line numbers an item.
        let dated = "The action day took place on 6 October 2020. The unit organised it.";
        assert_eq!(sentences(dated, 0..dated.len()).len(), 2);
        let item = "1. Albania took part.";
        assert_eq!(sentences(item, 0..item.len()).len(), 1);
        // A time of day before its day is no sentence's end; before another sentence it is.
        let timed = "Five women were freed at 9:15 a.m. Tuesday, March 3, at the port. It ended at 4 p.m. Police left.";
        let found: Vec<&str> = sentences(timed, 0..timed.len()).into_iter().map(|s| &timed[s]).collect();
        assert_eq!(
            found,
            ["Five women were freed at 9:15 a.m. Tuesday, March 3, at the port.", "It ended at 4 p.m.", "Police left."]
        );
    }
}
