//! Which operation a document reports, and when it ran.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::word_regex::WordRegex;
use crate::date::{Date, month_from_name};

/// "Operation" followed by words that look like an operation's name, not a unit of one
/// ("Operation Coordination Unit").
const NOT_OPERATION_NAMES: &[&str] = &["Coordination", "Centre", "Center", "Support", "Unit", "Units"];

// "Operation Weka II", or "operation TURQUESA" with the name in capitals; on one line, so that
// a caption's first word is not read as a name ("throughout the operation\nPotential victims").
static MENTION: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(
        r"\b(?:Operation[ \t]+(?P<name>\p{Lu}\p{L}*)|operation[ \t]+(?P<capitals>\p{Lu}[\p{Lu}\d]+)\b)(?:[ \t]+(?P<numeral>[IVX]{1,5})\b)?",
    )
});

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";

static DATE_RANGE: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:\s+({MONTHS})(?:,?\s+(\d{{4}}))?)?\s*(?:–|—|-|\bto\b|\buntil\b)\s*(\d{{1,2}})\s+({MONTHS})(?:,?\s+(\d{{4}}))?\b"
    ))
});

/// Any month's name, in the same case-insensitive spelling as in [`DATE_RANGE`].
static MONTH_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)(?:{MONTHS})")).expect("valid regex"));

static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\((\d{4})\)").expect("valid regex"));
static YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{4})[’']s\s+$").expect("valid regex"));

/// One place where the text names an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name without its numeral, in the text's capitals unless written all in capitals.
    pub series: String,
    pub edition: Option<u32>,
    pub span: Range<usize>,
}

impl Mention {
    pub fn name(&self) -> String {
        match self.edition {
            Some(edition) => format!("{} {}", self.series, to_roman(edition)),
            None => self.series.clone(),
        }
    }
}

/// Every "Operation X [II]" in the text, in order.
pub fn mentions(text: &str) -> Vec<Mention> {
    MENTION
        .captures_iter(text)
        .filter_map(|caps| {
            let name = caps.name("name").or(caps.name("capitals"))?;
            let word = name.as_str();
            if NOT_OPERATION_NAMES.contains(&word) {
                return None;
            }
            let numeral = caps.name("numeral");
            let edition = numeral.and_then(|numeral| from_roman(numeral.as_str()));
            // A numeral that is not one ("Operation Flyway IVX") leaves the name alone.
            let end = match (edition, numeral) {
                (Some(_), Some(numeral)) => numeral.end(),
                _ => name.end(),
            };
            Some(Mention { series: display_case(word), edition, span: caps.get(0)?.start()..end })
        })
        .collect()
}

/// The operation a document is about: the one it names most often (the earliest on a tie).
pub fn main_operation(mentions: &[Mention]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for mention in mentions {
        let name = mention.name();
        match counts.iter_mut().find(|(seen, _)| *seen == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    // max_by_key keeps the last maximum; reversing makes it keep the earliest.
    counts.into_iter().rev().max_by_key(|(_, count)| *count).map(|(name, _)| name)
}

/// "TURQUESA" → "Turquesa"; names in mixed case stay as written.
fn display_case(word: &str) -> String {
    if word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) {
        let mut chars = word.chars();
        let first = chars.next().into_iter().collect::<String>();
        first + &chars.as_str().to_lowercase()
    } else {
        word.to_string()
    }
}

pub fn from_roman(numeral: &str) -> Option<u32> {
    let value = |c| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        _ => None,
    };
    let digits: Vec<u32> = numeral.chars().map(value).collect::<Option<_>>()?;
    let mut total: i64 = 0;
    for (i, digit) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(next) if next > digit => total -= i64::from(*digit),
            _ => total += i64::from(*digit),
        }
    }
    let total = u32::try_from(total).ok().filter(|t| *t > 0)?;
    // Only the canonical spelling counts, so "IIII" or "VX" are not numerals.
    (to_roman(total) == numeral).then_some(total)
}

pub fn to_roman(mut number: u32) -> String {
    const STEPS: [(u32, &str); 5] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, letters) in STEPS {
        while number >= value {
            out.push_str(letters);
            number -= value;
        }
    }
    out
}

/// A span of days as written, "27 November – 3 December" or "12 to 17 June 2022".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenRange {
    pub start_day: u8,
    pub start_month: u8,
    pub start_year: Option<i32>,
    pub end_day: u8,
    pub end_month: u8,
    pub end_year: Option<i32>,
    pub span: Range<usize>,
}

impl WrittenRange {
    fn same_days(&self, other: &WrittenRange) -> bool {
        (self.start_day, self.start_month, self.end_day, self.end_month)
            == (other.start_day, other.start_month, other.end_day, other.end_month)
    }

    /// The dates, given the year the range ends in; `None` if a day does not exist.
    pub fn dates(&self, end_year: i32) -> Option<(Date, Date)> {
        let start_year =
            self.start_year.unwrap_or(if self.start_month > self.end_month { end_year - 1 } else { end_year });
        let start = Date::new(start_year, self.start_month, self.start_day)?;
        let end = Date::new(end_year, self.end_month, self.end_day)?;
        (start <= end).then_some((start, end))
    }
}

/// Every date range written in the text, in order.
///
/// Word boundaries make `DATE_RANGE` slow to search for in text with letters outside ASCII
/// (see [`WordRegex`]): over a whole release, which often names someone like "Jürgen Stock",
/// it cost as much as the rest of the extraction. So it runs only over the stretches between
/// full stops that name a month. That finds the same ranges: a range holds no full stop,
/// ends in a month's name, and a full stop is no word character, just as the edge of a
/// stretch is not.
pub fn written_ranges(text: &str) -> Vec<WrittenRange> {
    let mut ranges = Vec::new();
    let mut stretch_start = 0;
    for stretch in text.split('.') {
        if MONTH_NAME.is_match(stretch) {
            ranges.extend(DATE_RANGE.captures_iter(stretch).filter_map(|caps| written_range(&caps, stretch_start)));
        }
        stretch_start += stretch.len() + '.'.len_utf8();
    }
    ranges
}

/// One match of [`DATE_RANGE`] in a stretch of the text that starts at byte `offset`.
fn written_range(caps: &Captures, offset: usize) -> Option<WrittenRange> {
    let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let month = |i: usize| caps.get(i).and_then(|m| month_from_name(m.as_str()));
    let end_month = month(5)?;
    let whole = caps.get(0)?;
    Some(WrittenRange {
        start_day: u8::try_from(number(1)?).ok()?,
        start_month: month(2).unwrap_or(end_month),
        start_year: number(3).and_then(|y| i32::try_from(y).ok()),
        end_day: u8::try_from(number(4)?).ok()?,
        end_month,
        end_year: number(6).and_then(|y| i32::try_from(y).ok()),
        span: offset + whole.start()..offset + whole.end(),
    })
}

/// When an operation ran, and whether its year was read or worked out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timing {
    pub year: Option<i32>,
    pub year_inferred: bool,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

/// How far after a mention its dates may stand ("Operation Weka II was carried out from 12 to
/// 17 June"): within the same sentence, and no further than this many bytes.
const DATES_WINDOW: usize = 80;

/// The publication date as far as the manifest knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub year: i32,
    pub month: u8,
    pub day: Option<u8>,
}

/// Dates and year of the operation named at `mentions` (all mentions of one operation).
pub fn timing(text: &str, mentions: &[&Mention], published: Option<Published>) -> Timing {
    let ranges = written_ranges(text);
    let own_range = mentions.iter().find_map(|mention| {
        ranges.iter().find(|range| {
            range.span.start >= mention.span.end
                && range.span.start - mention.span.end <= DATES_WINDOW
                && !text[mention.span.end..range.span.start].contains(['.', '\n'])
        })
    });

    if let Some(range) = own_range {
        // The same days written elsewhere with their year (a caption, say) state the year.
        let stated =
            std::iter::once(range).chain(ranges.iter().filter(|other| other.same_days(range))).find_map(|r| r.end_year);
        let (year, inferred) = match stated {
            Some(year) => (Some(year), false),
            None => (published.map(|p| year_of_range_before(range, p)), true),
        };
        let dates = year.and_then(|y| range.dates(y));
        return Timing {
            year,
            year_inferred: year.is_some() && inferred,
            start: dates.map(|d| d.0),
            end: dates.map(|d| d.1),
        };
    }

    if let Some(year) = mentions.iter().find_map(|m| stated_year_beside(text, m)) {
        return Timing { year: Some(year), ..Timing::default() };
    }
    let relative = mentions.iter().find_map(|m| relative_year_before(text, m));
    match (relative, published) {
        (Some(offset), Some(published)) => {
            Timing { year: Some(published.year + offset), year_inferred: true, ..Timing::default() }
        }
        _ => Timing::default(),
    }
}

/// The latest year in which the range ends on or before the publication date.
fn year_of_range_before(range: &WrittenRange, published: Published) -> i32 {
    let published_day = published.day.unwrap_or(31);
    if (range.end_month, range.end_day) > (published.month, published_day) {
        published.year - 1
    } else {
        published.year
    }
}

/// "Operation Weka I (2021)" or "2020's Operation Turquesa II".
pub fn stated_year_beside(text: &str, mention: &Mention) -> Option<i32> {
    let after = &text[mention.span.end..];
    let before = &text[..mention.span.start];
    let after_year = YEAR_AFTER.captures(after).and_then(|c| c[1].parse().ok());
    after_year.or_else(|| YEAR_BEFORE.captures(before).and_then(|c| c[1].parse().ok()))
}

/// "Last year, INTERPOL-led operation TURQUESA": -1 for last year, 0 for this year, when
/// said earlier in the mention's sentence.
fn relative_year_before(text: &str, mention: &Mention) -> Option<i32> {
    let before = &text[..mention.span.start];
    let sentence_start = before.rfind(['.', '\n']).map_or(0, |i| i + 1);
    let sentence = before[sentence_start..].to_lowercase();
    if sentence.contains("last year") {
        Some(-1)
    } else if sentence.contains("this year") {
        Some(0)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only_name(text: &str) -> Option<String> {
        main_operation(&mentions(text))
    }

    #[test]
    fn finds_the_most_named_operation() {
        let text = "Operation Weka II ran. Since Operation Weka I (2021), and Operation Weka II again. \
                    The Operation Coordination Unit helped.";
        assert_eq!(only_name(text).as_deref(), Some("Weka II"));
        assert_eq!(only_name("Last year, INTERPOL-led operation TURQUESA, conducted").as_deref(), Some("Turquesa"));
        assert_eq!(only_name("The operation was led by police."), None);
        assert_eq!(only_name("evident throughout the operation\nPotential victims were found"), None);
    }

    #[test]
    fn reads_roman_numerals_strictly() {
        assert_eq!(from_roman("II"), Some(2));
        assert_eq!(from_roman("IV"), Some(4));
        assert_eq!(from_roman("XIV"), Some(14));
        assert_eq!(from_roman("IIII"), None);
        assert_eq!(from_roman("VX"), None);
        assert_eq!(to_roman(9), "IX");
    }

    fn timing_of(text: &str, published: Option<Published>) -> Timing {
        let found = mentions(text);
        let name = main_operation(&found).unwrap();
        let own: Vec<&Mention> = found.iter().filter(|m| m.name() == name).collect();
        timing(text, &own, published)
    }

    fn published(year: i32, month: u8, day: Option<u8>) -> Option<Published> {
        Some(Published { year, month, day })
    }

    fn date(text: &str) -> Option<Date> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn infers_the_year_from_the_publication_date() {
        let text = "Operation Turquesa II (27 November – 3 December) saw authorities act.";
        let timing = timing_of(text, published(2020, 12, Some(11)));
        assert_eq!((timing.year, timing.year_inferred), (Some(2020), true));
        assert_eq!((timing.start, timing.end), (date("2020-11-27"), date("2020-12-03")));
    }

    #[test]
    fn an_operation_later_in_the_year_than_the_publication_is_from_the_year_before() {
        let text = "Operation Sentinel (20 - 24 November) ended.";
        let timing = timing_of(text, published(2023, 2, Some(1)));
        assert_eq!(timing.start, date("2022-11-20"));
    }

    #[test]
    fn a_range_across_new_year_starts_in_the_previous_year() {
        let text = "Operation Frost (28 December to 4 January) ended.";
        let timing = timing_of(text, published(2023, 1, Some(20)));
        assert_eq!((timing.start, timing.end), (date("2022-12-28"), date("2023-01-04")));
    }

    #[test]
    fn the_same_days_written_with_a_year_elsewhere_state_the_year() {
        let text = "Operation Liberterra II (29 September to 4 October) led to arrests.\n\
                    The operation took place from 29 September to 4 October 2024";
        let timing = timing_of(text, published(2024, 11, Some(6)));
        assert_eq!((timing.year, timing.year_inferred), (Some(2024), false));
        assert_eq!(timing.end, date("2024-10-04"));
    }

    #[test]
    fn dates_must_follow_the_name_in_its_sentence() {
        let text = "Operation Weka II was carried out from 12 to 17 June, where officers worked.";
        assert_eq!(timing_of(text, published(2022, 6, Some(29))).start, date("2022-06-12"));
        let far = "Operation Weka II ended. Elsewhere, on 12 to 17 June, other things happened.";
        assert_eq!(timing_of(far, published(2022, 6, Some(29))), Timing::default());
    }

    #[test]
    fn last_year_counts_back_from_the_publication() {
        let text = "Last year, INTERPOL-led operation TURQUESA, conducted with UNODC.";
        let timing = timing_of(text, published(2020, 10, None));
        assert_eq!((timing.year, timing.year_inferred, timing.start), (Some(2019), true, None));
    }

    #[test]
    fn without_dates_or_a_publication_date_the_year_is_unknown() {
        let text = "Operation Liberterra (5 - 9 July) rescued victims.";
        assert_eq!(timing_of(text, None), Timing::default());
        assert_eq!(timing_of("Operation Vanish rescued victims.", published(2021, 1, None)), Timing::default());
    }

    #[test]
    fn a_year_in_brackets_after_the_name_is_stated() {
        let text = "cooperation since Operation Weka I (2021).";
        assert_eq!(timing_of(text, None).year, Some(2021));
        assert_eq!(timing_of("2020’s Operation Turquesa II", None).year, Some(2020));
    }
}
