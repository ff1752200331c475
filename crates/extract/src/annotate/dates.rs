//! Dates and date ranges as English press releases write them, each with its precision.
//!
//! "27 November – 3 December 2020", "(5 - 9 July)", "from 30 April to 4 May", "between 11 and
//! 15 March 2024", "21-25 February", "February 21–25", "May 2–8, 2023", "9 to 13 October
//! 2022", "12/03/2024", "2024.03.12", "on 4 June", "Jan. 5, 2024", "in March 2023", "in April
//! and May", "from late April to early May". A part the text does not state stays `None`: days
//! are never invented, and a year that is not written inside the expression is left for the
//! reader to find (ISO's `--MM-DD`). A year alone ("in 2019") is no date here: the readers
//! take years themselves.
//!
//! One regex pass cuts a sentence into the tokens dates are made of (numbers, month names,
//! all-numeric dates); a small parser then joins neighbouring tokens by what stands between
//! them ("to", "–", "of", ","). Sentences without such tokens cost that one pass and nothing
//! more.

use std::ops::{Range, RangeInclusive};
use std::sync::LazyLock;

use explorer_model::date::{MONTH_NAMES, PartialDate};
use regex::Regex;

use crate::phrases::any_of;

/// How a publisher orders an all-numeric date such as "11/06/2024".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericOrder {
    /// 11 June 2024: most of the world, and the default.
    DayFirst,
    /// November 6, 2024: United States publishers and wire services.
    MonthFirst,
}

/// One date or date range written in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// The whole expression as written, from its first to its last word ("30 April to 4 May
    /// 2023"), without a leading "from", "between", "on" or "in".
    pub span: Range<usize>,
    pub start: PartialDate,
    /// Equal to `start` for a single day or month.
    pub end: PartialDate,
}

/// Every date or date range in `text[range]`, in order, none overlapping another.
pub fn date_mentions(text: &str, range: Range<usize>, order: NumericOrder) -> Vec<DateMention> {
    DateTokens::new(text, range, order).mentions()
}

/// Numbers, month names (abbreviations may keep their full stop: "Sept.") and all-numeric
/// dates. The numeric dates come first so that "12/03/2024" is one token, not three numbers;
/// each spells its separator twice because the regex crate has no backreferences.
///
/// The word boundaries are ASCII ones: a Unicode `\b` would send every sentence holding a
/// letter outside ASCII ("Côte d'Ivoire") to the regex crate's slow engine (see
/// [`crate::annotate`]). Where the two differ, at a letter outside ASCII touching a token
/// ("Augustów"), [`touches_a_letter`] rejects the token.
static DATE_TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(ENGLISH_DATE_TOKEN).expect("valid regex"));

const ENGLISH_DATE_TOKEN: &str = concat!(
    r"(?-u:\b)(?:[0-9]{4}(?:\.[0-9]{1,2}\.|/[0-9]{1,2}/|-[0-9]{1,2}-)[0-9]{1,2}",
    r"|[0-9]{1,2}(?:\.[0-9]{1,2}\.|/[0-9]{1,2}/|-[0-9]{1,2}-)[0-9]{4}",
    r"|[0-9]{1,4}(?:st|nd|rd|th|er)?",
    r"|(?i-u:january|february|march|april|may|june|july|august|september|october|november|december))(?-u:\b)",
    r"|(?-u:\b)(?i-u:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?-u:\b)\.?",
);

/// [`DATE_TOKEN`] with the months of Spanish, Portuguese and French, in the lower case those
/// languages write them in, and German's, capitalised. Searched only in a sentence with a " de
/// ", which every date in Spanish and Portuguese but a month named alone holds ("3 de junio",
/// "junio de 2023"), and nearly every French sentence does, or with one of German's commonest
/// words, or French's ([`in_another_language`]): the longer search would cost every English
/// sentence.
static OTHER_LANGUAGES_DATE_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    // The other languages' months first: the first alternative that matches wins, and
    // English "mar" would take the start of "março".
    Regex::new(&format!(
        "{}|{ENGLISH_DATE_TOKEN}",
        concat!(
            r"(?-u:\b)(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre",
            r"|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro",
            r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
            r"|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)(?-u:\b)",
        )
    ))
    .expect("valid regex")
});

/// Whether a sentence holds one of the commonest words of Spanish and Portuguese (" de "),
/// German or French, which English sentences lack: French dates come without " de " ("le 4
/// mai", "du 4 au 5 mai", "les 17 et 18 mai").
fn in_another_language(sentence: &str) -> bool {
    static COMMON_WORDS: LazyLock<Regex> =
        LazyLock::new(|| any_of(&[" de ", " der ", " die ", " und ", " im ", " vom ", " le ", " les ", " du "]));
    COMMON_WORDS.is_match(sentence)
}

/// The years a release about recent operations can mean: a four-digit number outside them
/// counts something ("in May 1500 officers").
const YEARS: RangeInclusive<u16> = 1900..=2099;

/// Words after which a month name standing alone is the month ("in May"), not the verb ("May
/// authorities act") or a name.
const MONTH_CONTEXT: [&str; 25] = [
    "in",
    "since",
    "during",
    "of",
    "until",
    "till",
    "from",
    "between",
    "through",
    "throughout",
    "before",
    "after",
    "by",
    "early",
    "mid",
    "late",
    // Spanish and Portuguese: "en junio", "a finales de mayo", "desde marzo".
    "en",
    "em",
    "de",
    "desde",
    "hasta",
    "durante",
    "entre",
    // German: "im Februar", "seit März".
    "im",
    "seit",
];

/// Words after which the number following a month counts something rather than being its day
/// ("in June 12 countries"): a day would be "on June 12".
const NO_DAY_CONTEXT: [&str; 6] = ["in", "during", "throughout", "early", "mid", "late"];

/// Words that place a time inside a month without naming a day; they belong to the date's span.
const MODIFIERS: [&str; 3] = ["early", "mid", "late"];

/// Hyphens and dashes of every kind a range is written with, minus sign included, and the
/// en and em dashes as a page shows them when their bytes were read as Windows-1252 ("1
/// September â€“ 30 November").
const DASHES: [&str; 11] = [
    "-",
    "--",
    "\u{2010}",
    "\u{2011}",
    "\u{2012}",
    "\u{2013}",
    "\u{2014}",
    "\u{2015}",
    "\u{2212}",
    "\u{e2}\u{20ac}\u{201c}",
    "\u{e2}\u{20ac}\u{201d}",
];

/// What a date is built from.
#[derive(Debug, Clone, Copy)]
enum TokenKind {
    /// "5", "21st", "2024": a day, a year or neither, as its digits and neighbours decide.
    Number { value: u16, digits: usize, ordinal: bool },
    /// "June", "Sept.".
    Month { month: u8, abbreviated: bool },
    /// "12/03/2024", "2024-03-12", already read in the publisher's order.
    Numeric(PartialDate),
}

/// A token and its byte span in the whole text.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    kind: TokenKind,
}

/// What stands between two neighbouring tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    Space,
    Comma,
    /// "4th of June".
    Of,
    /// "4 de junio de 2024", in Spanish and Portuguese: between a day and its month, and a
    /// month and its year.
    De,
    Dash,
    /// "to", "until", "till", "through", "thru".
    To,
    /// "and": a range only after "between", or between two months.
    And,
}

/// One end of a date expression, before the other end fills in what it leaves out.
#[derive(Debug, Clone, Copy)]
struct Point {
    year: Option<i32>,
    /// `None` for a day that takes its month from the other end ("5" in "5 - 9 July",
    /// "8" in "May 2–8").
    month: Option<u8>,
    day: Option<u8>,
    /// Where its span starts: at an "early", "mid" or "late" before its month, if any.
    start: usize,
    /// Indices of its first and last tokens.
    first: usize,
    last: usize,
}

/// The date tokens of one sentence, and the text around them.
struct DateTokens<'t> {
    text: &'t str,
    sentence: Range<usize>,
    tokens: Vec<Token>,
}

impl<'t> DateTokens<'t> {
    fn new(text: &'t str, sentence: Range<usize>, order: NumericOrder) -> DateTokens<'t> {
        let slice = &text[sentence.clone()];
        let regex = if in_another_language(slice) { &OTHER_LANGUAGES_DATE_TOKEN } else { &DATE_TOKEN };
        let tokens = regex
            .find_iter(slice)
            .filter(|found| !touches_a_letter(slice, found.range()))
            .filter_map(|found| {
                let kind = read_token(slice, found.range(), order)?;
                Some(Token { start: sentence.start + found.start(), end: sentence.start + found.end(), kind })
            })
            .collect();
        DateTokens { text, sentence, tokens }
    }

    fn mentions(&self) -> Vec<DateMention> {
        let mut found = Vec::new();
        let mut next = 0;
        while next < self.tokens.len() {
            let Some(start) = self.dated_point(next).or_else(|| self.lone_day(next)) else {
                next += 1;
                continue;
            };
            // A point that makes no date ("31 June 2024") is skipped whole, so that no part of
            // it ("June 2024") is read as a date instead.
            let (mention, last) = match self.range_from(start).or_else(|| self.month_list_from(start)) {
                Some((range, last)) => (Some(range), last),
                None => (self.single(start), start.last),
            };
            found.extend(mention);
            next = last + 1;
        }
        found
    }

    /// A range from `start`, when a dash, "to" or "and" leads from it to another point.
    fn range_from(&self, start: Point) -> Option<(DateMention, usize)> {
        let joint = self.separator_after(start.last)?;
        let end = self.dated_point(start.last + 1).or_else(|| self.day_in_start_month(start))?;
        // A lone day needs a day at the other end to take its month from: "5 - July" is none.
        if (start.month.is_none() && end.day.is_none()) || !self.joins_a_range(joint, start, end) {
            return None;
        }
        let (first, last) = resolve(start, end)?;
        Some((DateMention { span: start.start..self.tokens[end.last].end, start: first, end: last }, end.last))
    }

    /// "in June, October and November 2023": three or more months listed in the calendar's
    /// order with one year at the end, read as the span from the first to the last.
    fn month_list_from(&self, start: Point) -> Option<(DateMention, usize)> {
        if start.day.is_some() || start.year.is_some() {
            return None;
        }
        let (mut previous, mut months) = (start.month?, 1);
        let mut index = start.last;
        loop {
            // ", " or ", and " or " and " between two months.
            let gap = self.gap_after(index)?;
            let gap = gap.strip_prefix(',').map_or(gap, str::trim_start);
            if !(gap.is_empty() || gap.eq_ignore_ascii_case("and")) {
                return None;
            }
            let next = self.dated_point(index + 1)?;
            let month = next.month.filter(|&month| month > previous && next.day.is_none())?;
            (previous, months, index) = (month, months + 1, next.last);
            if let Some(year) = next.year {
                let first = PartialDate::new(Some(year), start.month?, None)?;
                let last = PartialDate::new(Some(year), month, None)?;
                let span = start.start..self.tokens[index].end;
                return (months >= 3).then_some((DateMention { span, start: first, end: last }, index));
            }
            if gap.eq_ignore_ascii_case("and") {
                return None;
            }
        }
    }

    /// Whether `joint` makes `start` and `end` one range: "and" joins days only after
    /// "between" or when they follow each other ("on 26 and 27 May" are two days running;
    /// "on 4 and 6 June" names two days apart), and months only where a lone month would be
    /// one ("April and May" may be two people).
    fn joins_a_range(&self, joint: Joint, start: Point, end: Point) -> bool {
        match joint {
            Joint::And if start.day.is_some() || end.day.is_some() => {
                let next_day = start.day.zip(end.day).is_some_and(|(first, second)| second == first + 1);
                // "entre el 6 y el 11 de febrero": Spanish's "between", with its article.
                let between = self.text_before(start.first);
                // "between the 3rd and 8th May": English's article too, and "between the
                // dates of October 3 and 7".
                // "on 4 and 6 June": a day that takes its month from the other, the days an
                // action spanned.
                let a_lone_first_day = start.month.is_none() && start.day.is_some() && end.month.is_some();
                next_day
                    || a_lone_first_day
                    || self.word_before(start.first).eq_ignore_ascii_case("between")
                    || between.ends_with("between the")
                    || between.ends_with("between the dates of")
                    || between.ends_with("entre el")
                    || between.ends_with("entre")
                    || between.ends_with("ntre le")
            }
            Joint::And => start.year.is_some() || end.year.is_some() || self.month_has_context(start.first),
            _ => true,
        }
    }

    fn single(&self, point: Point) -> Option<DateMention> {
        let month = point.month?;
        if point.day.is_none() && point.year.is_none() && !self.lone_month_is_a_date(point.first) {
            return None;
        }
        let date = PartialDate::new(point.year, month, point.day)?;
        Some(DateMention { span: point.start..self.tokens[point.last].end, start: date, end: date })
    }

    /// A point that states its month: "4 June 2024", "4th of June", "June 4, 2024",
    /// "June 2024", "late June", "12/03/2024".
    fn dated_point(&self, index: usize) -> Option<Point> {
        let token = self.tokens.get(index)?;
        match token.kind {
            TokenKind::Numeric(date) => Some(Point {
                year: date.year,
                month: Some(date.month),
                day: date.day,
                start: token.start,
                first: index,
                last: index,
            }),
            TokenKind::Number { .. } => self.day_then_month(index),
            TokenKind::Month { month, .. } => Some(self.month_first(index, month)),
        }
    }

    /// "4 June", "4th of June", "4 June 2024".
    fn day_then_month(&self, index: usize) -> Option<Point> {
        let day = self.day(index)?;
        let month = self.month(index + 1)?;
        let ordinal = matches!(self.tokens[index].kind, TokenKind::Number { ordinal: true, .. });
        // "14-Mar-2024", as some wires date a release: hyphens with no space, and a year.
        let hyphened =
            |i: usize| self.tokens.get(i + 1).is_some_and(|next| &self.text[self.tokens[i].end..next.start] == "-");
        if hyphened(index)
            && hyphened(index + 1)
            && let Some(year) = self.year(index + 2)
        {
            let start = self.tokens[index].start;
            return Some(Point {
                year: Some(year),
                month: Some(month),
                day: Some(day),
                start,
                first: index,
                last: index + 2,
            });
        }
        let (year, last) = self.year_after(index + 1, true);
        // "3 of March 2021 14:10", as some sites date a release: a day, "of" and a whole
        // date; not "4 of June 2024's suspects", where the year is a possessive's.
        let possessive = || ["'s", "’s"].iter().any(|mark| self.text[self.tokens[last].end..].starts_with(mark));
        match self.joint_after(index)? {
            Joint::Space | Joint::De => {}
            Joint::Of if ordinal => {}
            Joint::Of if year.is_some() && !possessive() => {}
            _ => return None,
        }
        Some(Point { year, month: Some(month), day: Some(day), start: self.tokens[index].start, first: index, last })
    }

    /// "June 4", "June 4, 2024", "June 2024", "mid-June".
    fn month_first(&self, index: usize, month: u8) -> Point {
        let day = self
            .day(index + 1)
            .filter(|_| self.joint_after(index) == Some(Joint::Space) && self.month_takes_day(index));
        if let Some(day) = day {
            let (year, last) = self.year_after(index + 1, true);
            return Point {
                year,
                month: Some(month),
                day: Some(day),
                start: self.tokens[index].start,
                first: index,
                last,
            };
        }
        let (year, last) = self.year_after(index, false);
        let start = self.modifier_start(index).unwrap_or(self.tokens[index].start);
        Point { year, month: Some(month), day: None, start, first: index, last }
    }

    /// The first day of "5 - 9 July": a day-like number that only a range can give a month.
    fn lone_day(&self, index: usize) -> Option<Point> {
        let day = self.day(index)?;
        Some(Point {
            year: None,
            month: None,
            day: Some(day),
            start: self.tokens[index].start,
            first: index,
            last: index,
        })
    }

    /// The end of "May 2–8, 2023": a day that shares the month written before the start's day.
    fn day_in_start_month(&self, start: Point) -> Option<Point> {
        let writes_month_first = self.month(start.first).is_some() && start.day.is_some();
        if !writes_month_first || start.year.is_some() {
            return None;
        }
        let index = start.last + 1;
        let (year, last) = self.year_after(index, true);
        Some(Point {
            year,
            month: None,
            day: Some(self.day(index)?),
            start: self.tokens[index].start,
            first: index,
            last,
        })
    }

    /// The year right after token `index` ("June 2024"; "June 4, 2024" where `comma_allowed`)
    /// and the index of the last token taken.
    fn year_after(&self, index: usize, comma_allowed: bool) -> (Option<i32>, usize) {
        let joined = match self.joint_after(index) {
            Some(Joint::Space | Joint::De) => true,
            Some(Joint::Comma) => comma_allowed,
            _ => false,
        };
        match self.year(index + 1) {
            Some(year) if joined => (Some(year), index + 1),
            _ => (None, index),
        }
    }

    fn day(&self, index: usize) -> Option<u8> {
        match self.tokens.get(index)?.kind {
            TokenKind::Number { value, digits: 1 | 2, .. } => {
                u8::try_from(value).ok().filter(|day| (1..=31).contains(day))
            }
            _ => None,
        }
    }

    fn month(&self, index: usize) -> Option<u8> {
        match self.tokens.get(index)?.kind {
            TokenKind::Month { month, .. } => Some(month),
            _ => None,
        }
    }

    fn year(&self, index: usize) -> Option<i32> {
        match self.tokens.get(index)?.kind {
            TokenKind::Number { value, digits: 4, ordinal: false } if YEARS.contains(&value) => Some(i32::from(value)),
            _ => None,
        }
    }

    /// What stands between token `index` and the next one, if it is something dates are
    /// joined with.
    fn joint_after(&self, index: usize) -> Option<Joint> {
        joint(self.gap_after(index)?)
    }

    /// A dash, "to" or "and" after token `index`; before a month it may end in a modifier
    /// ("to early May").
    fn separator_after(&self, index: usize) -> Option<Joint> {
        let mut gap = self.gap_after(index)?;
        if self.month(index + 1).is_some() {
            gap = without_modifier(gap);
        } else if let Some(rest) = DAY_PARTS.iter().find_map(|part| strip_suffix_ignoring_case(gap, part)) {
            // "between 14 April to the morning of 2 May": a part of the day before it.
            gap = rest.trim_end();
        }
        joint(gap).filter(|joint| matches!(joint, Joint::Dash | Joint::To | Joint::And))
    }

    fn gap_after(&self, index: usize) -> Option<&'t str> {
        let next = self.tokens.get(index + 1)?;
        Some(self.text[self.tokens[index].end..next.start].trim())
    }

    /// The sentence's text before token `index`, without the whitespace and hyphen that
    /// join it to the token ("mid-" of "mid-April").
    fn text_before(&self, index: usize) -> &'t str {
        self.text[self.sentence.start..self.tokens[index].start].trim_end().trim_end_matches('-')
    }

    /// The word right before token `index`, or "" after punctuation or a number.
    fn word_before(&self, index: usize) -> &'t str {
        trailing_word(self.text_before(index)).1
    }

    /// Where an "early", "mid" or "late" right before token `index` starts.
    fn modifier_start(&self, index: usize) -> Option<usize> {
        let (rest, word) = trailing_word(self.text_before(index));
        is_one_of(word, &MODIFIERS).then_some(self.sentence.start + rest.len())
    }

    fn month_has_context(&self, index: usize) -> bool {
        is_one_of(self.word_before(index), &MONTH_CONTEXT)
    }

    fn month_takes_day(&self, index: usize) -> bool {
        !is_one_of(self.word_before(index), &NO_DAY_CONTEXT)
    }

    /// Whether month token `index`, with no day or year beside it, is a month: not the modal
    /// "May" at a sentence's start, not a person called April ("of April Smith"), and not an
    /// abbreviation, which alone is too often a word of its own ("Mar del Plata").
    fn lone_month_is_a_date(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        let abbreviated = matches!(token.kind, TokenKind::Month { abbreviated: true, .. });
        let before_a_name = self.text[token.end..self.sentence.end].trim_start().starts_with(char::is_uppercase);
        !abbreviated && !before_a_name && self.month_has_context(index)
    }
}

/// Fills in what each end of a range leaves to the other: the month of "5 - 9 July"'s start,
/// the year of "27 November – 3 December 2020"'s start (the year before when the range
/// crosses New Year: "28 December to 4 January 2023"). `None` if a date does not exist or the
/// range runs backwards.
fn resolve(start: Point, end: Point) -> Option<(PartialDate, PartialDate)> {
    let start_month = start.month.or(end.month)?;
    let end_month = end.month.or(start.month)?;
    let crosses_new_year = i32::from(start_month > end_month);
    let (start_year, end_year) = match (start.year, end.year) {
        (None, Some(year)) => (Some(year - crosses_new_year), Some(year)),
        (Some(year), None) => (Some(year), Some(year + crosses_new_year)),
        years => years,
    };
    let first = PartialDate::new(start_year, start_month, start.day)?;
    let last = PartialDate::new(end_year, end_month, end.day)?;
    in_order(first, last).then_some((first, last))
}

/// Without years, any change of month may cross New Year ("28 December to 4 January").
fn in_order(first: PartialDate, last: PartialDate) -> bool {
    let across_unknown_years = first.year.is_none() && first.month != last.month;
    across_unknown_years || (first.year, first.month, first.day) <= (last.year, last.month, last.day)
}

/// How a gap between two tokens, trimmed, joins them, if it is one dates are written with.
fn joint(gap: &str) -> Option<Joint> {
    // German writes a day with a full stop: "14. September", "vom 14. bis 20. September".
    if let Some(after_the_day) = gap.strip_prefix('.') {
        return joint(after_the_day.trim_start())
            .filter(|joint| matches!(joint, Joint::Space | Joint::To | Joint::And));
    }
    let joint = match gap {
        "" => Joint::Space,
        "," => Joint::Comma,
        _ if DASHES.contains(&gap) => Joint::Dash,
        _ if gap.eq_ignore_ascii_case("of") => Joint::Of,
        // "9 de mayo del 2021": "del" before a year, as Latin American papers write it.
        "de" | "del" => Joint::De,
        _ if gap.eq_ignore_ascii_case("and") => Joint::And,
        // "del 6 al 11 de febrero", "entre el 6 y el 11 de febrero", "de 6 a 11 de maio".
        // French: "du 4 au 9 mars", "entre le 2 octobre et le 5 novembre".
        "al" | "a" | "hasta el" | "até" | "au" | "bis" | "bis zum" => Joint::To,
        "y el" | "y" | "e" | "et le" | "et" | "und" | "und dem" => Joint::And,
        // "from July 18, 2025, to January 31, 2026": the comma closes the year written month first.
        _ if is_one_of(
            gap.strip_prefix(',').map_or(gap, str::trim_start),
            &["to", "until", "till", "through", "thru"],
        ) =>
        {
            Joint::To
        }
        _ => return None,
    };
    Some(joint)
}

/// "to early" → "to", "–mid-" → "–".
fn without_modifier(gap: &str) -> &str {
    // "between mid-March and the end of May": a part of the month named in words.
    let words = gap.trim_end_matches('-');
    if let Some(rest) = MONTH_PARTS.iter().find_map(|part| strip_suffix_ignoring_case(words, part)) {
        return rest.trim_end();
    }
    // "from Monday September 30th to Sunday October 6th": the day of the week before a date.
    let (rest, word) = trailing_word(words);
    if is_one_of(word, &MODIFIERS) || is_one_of(word, &WEEKDAYS) { rest.trim_end() } else { gap }
}

/// `text` without `suffix` at its end, in any case.
pub(crate) fn strip_suffix_ignoring_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(at) && text[at..].eq_ignore_ascii_case(suffix)).then(|| &text[..at])
}

/// Words for a part of a month before its name: "the end of May".
const MONTH_PARTS: [&str; 6] =
    ["the end of", "end of", "the beginning of", "beginning of", "the start of", "the middle of"];

/// Words for a part of a day before its date: "the morning of 2 May".
const DAY_PARTS: [&str; 4] = ["the morning of", "the afternoon of", "the evening of", "the night of"];

/// Days of the week, which may stand before a date: between a range's joint and its second
/// date, or after the words that open a sentence ("On Wednesday 4 December").
pub(crate) const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// `text` split before its last run of ASCII letters (empty when it ends otherwise).
fn trailing_word(text: &str) -> (&str, &str) {
    let letters = text.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    text.split_at(text.len() - letters)
}

fn is_one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|candidate| candidate.eq_ignore_ascii_case(word))
}

/// Whether a letter or digit outside ASCII stands right before or after `slice[span]`, so
/// that the token is part of a longer word ("August" in "Augustów").
fn touches_a_letter(slice: &str, span: Range<usize>) -> bool {
    let before = slice[..span.start].chars().next_back();
    let after = slice[span.end..].chars().next();
    before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
}

/// The token `slice[span]` stands for, if any.
fn read_token(slice: &str, span: Range<usize>, order: NumericOrder) -> Option<TokenKind> {
    let found = &slice[span.clone()];
    if !found.starts_with(|c: char| c.is_ascii_digit()) {
        return read_month(found);
    }
    let digits = found.bytes().take_while(u8::is_ascii_digit).count();
    match found[digits..].chars().next() {
        Some(separator @ ('.' | '/' | '-')) => {
            let glued = continues_with(&slice[..span.start], &slice[span.end..], separator);
            read_numeric_date(found, order).filter(|_| !glued).map(TokenKind::Numeric)
        }
        _ => Some(TokenKind::Number { value: found[..digits].parse().ok()?, digits, ordinal: digits < found.len() }),
    }
}

/// Whether the text goes on, before or after, with `separator` and a digit: "1.12.03.2024"
/// is no date "12.03.2024".
fn continues_with(before: &str, after: &str, separator: char) -> bool {
    let mut after = after.chars();
    let mut before = before.chars().rev();
    let digit_beyond = |next: Option<char>| next.is_some_and(|c| c.is_ascii_digit());
    (after.next() == Some(separator) && digit_beyond(after.next()))
        || (before.next() == Some(separator) && digit_beyond(before.next()))
}

/// "12/03/2024" in `order`, "2024-03-12" always year first; `None` if no such day exists.
fn read_numeric_date(found: &str, order: NumericOrder) -> Option<PartialDate> {
    let mut parts = found.split(['.', '/', '-']);
    let (first, second, third) = (parts.next()?, parts.next()?, parts.next()?);
    let (year, month, day) = match order {
        _ if first.len() == 4 => (first, second, third),
        NumericOrder::DayFirst => (third, second, first),
        NumericOrder::MonthFirst => (third, first, second),
    };
    let year: u16 = year.parse().ok()?;
    if !YEARS.contains(&year) {
        return None;
    }
    PartialDate::new(Some(i32::from(year)), month.parse().ok()?, Some(day.parse().ok()?))
}

/// Each month's names in Spanish, Portuguese and French, in lower case ("Julio" is a man), and
/// German's where they differ from English's, capitalised as German writes every noun.
const OTHER_LANGUAGES_MONTHS: [&str; 12] = [
    "enero janeiro janvier Januar",
    "febrero fevereiro février Februar",
    "marzo março mars März",
    "abril avril",
    "mayo maio mai Mai",
    "junio junho juin Juni",
    "julio julho juillet Juli",
    "agosto août",
    "septiembre setiembre setembro septembre",
    "octubre outubro octobre Oktober",
    "noviembre novembro novembre",
    "diciembre dezembro décembre Dezember",
];

/// Whether a word is a month's whole name, in any language the dates are read in: "June",
/// "Juni", "juin".
pub(crate) fn names_a_month(word: &str) -> bool {
    matches!(read_month(word), Some(TokenKind::Month { abbreviated: false, .. }))
}

/// A month from its name or abbreviation, capitalised: lower-case "may" and "march" are a
/// verb and a noun far more often than months.
// Inlined into `read_token`, which asks it of every date token: with `names_a_month` as a
// second caller it was left out of line, 0.3 M instructions more per 10x extraction.
#[inline]
fn read_month(word: &str) -> Option<TokenKind> {
    if let Some(index) = OTHER_LANGUAGES_MONTHS.iter().position(|names| names.split(' ').any(|name| name == word)) {
        let month = u8::try_from(index + 1).ok()?;
        return Some(TokenKind::Month { month, abbreviated: false });
    }
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let name = word.trim_end_matches('.');
    let index = MONTH_NAMES
        .iter()
        .position(|full| full.get(..name.len()).is_some_and(|prefix| prefix.eq_ignore_ascii_case(name)))?;
    let month = u8::try_from(index + 1).ok()?;
    Some(TokenKind::Month { month, abbreviated: name.len() < MONTH_NAMES[index].len() })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Each mention of `sentence` as (its text, start, end), the sentence set between others
    /// that hold dates too, so that spans are checked as offsets into the whole text and
    /// nothing outside the sentence is read.
    fn mentions_in(sentence: &str, order: NumericOrder) -> Vec<(String, String, String)> {
        let text = format!("Lyon, 2 June 2025. {sentence} 17 May 2019 followed.");
        let start = "Lyon, 2 June 2025. ".len();
        date_mentions(&text, start..start + sentence.len(), order)
            .into_iter()
            .map(|found| (text[found.span].to_string(), found.start.to_string(), found.end.to_string()))
            .collect()
    }

    type Expected = &'static [(&'static str, &'static str, &'static str)];

    const DATES: &[(&str, Expected)] = &[
        // "and" joins a day and a month only after "between"; months with a year after them;
        // not two months alone (they may be people's names).
        (
            "Raids on 1 May and June 2024 were planned.",
            &[("1 May", "--05-01", "--05-01"), ("June 2024", "2024-06", "2024-06")],
        ),
        ("Officers April and May met.", &[]),
        // Spanish and Portuguese: "de" joins day, month and year; "al", "a" and "y" a range.
        ("Publicado el 9 de octubre de 2024.", &[("9 de octubre de 2024", "2024-10-09", "2024-10-09")]),
        (
            "La operación duró cinco días (del 26 de abril al 1 de mayo).",
            &[("26 de abril al 1 de mayo", "--04-26", "--05-01")],
        ),
        ("Los controles se hicieron del 3 al 8 de junio.", &[("3 al 8 de junio", "--06-03", "--06-08")]),
        // French: "au" and "et le" join a range.
        (
            "Du 4 au 9 mars 2024, la police a tenu des contrôles de routine.",
            &[("4 au 9 mars 2024", "2024-03-04", "2024-03-09")],
        ),
        // French without a " de " in the sentence.
        ("Les douaniers ont agi les 17 et 18 juin.", &[("17 et 18 juin", "--06-17", "--06-18")]),
        ("La police a agi du 3 au 5 juillet 2022.", &[("3 au 5 juillet 2022", "2022-07-03", "2022-07-05")]),
        // German: a full stop after the day, "bis" and "und" join a range, a month alone after "im".
        (
            "Die Beamten prüften zwischen dem 4. und 11. Oktober 2021 rund 500 Betriebe.",
            &[("4. und 11. Oktober 2021", "2021-10-04", "2021-10-11")],
        ),
        ("Die Kontrollen liefen vom 2. bis 6. Juni.", &[("2. bis 6. Juni", "--06-02", "--06-06")]),
        ("Die Razzia fand im Dezember statt.", &[("Dezember", "--12", "--12")]),
        // "1er", the first of a month.
        (
            "La police de 9 pays a agi du 1er avril au 12 mai 2023.",
            &[("1er avril au 12 mai 2023", "2023-04-01", "2023-05-12")],
        ),
        (
            "Entre le 2 octobre et le 5 novembre, la police de 9 pays a agi.",
            &[("2 octobre et le 5 novembre", "--10-02", "--11-05")],
        ),
        (
            "Se hizo entre el 14 y el 20 de julio de 2021.",
            &[("14 y el 20 de julio de 2021", "2021-07-14", "2021-07-20")],
        ),
        ("A ação decorreu de 2 a 6 de setembro de 2022.", &[("2 a 6 de setembro de 2022", "2022-09-02", "2022-09-06")]),
        // "março", whose first letters are English's "Mar".
        (
            "A ação decorreu entre 25 de fevereiro e 2 de março de 2022.",
            &[("25 de fevereiro e 2 de março de 2022", "2022-02-25", "2022-03-02")],
        ),
        ("Los registros empezaron en noviembre de 2019.", &[("noviembre de 2019", "2019-11", "2019-11")]),
        ("It ran between April and May 2024.", &[("April and May 2024", "2024-04", "2024-05")]),
        ("Checks covered April and May 2024.", &[("April and May 2024", "2024-04", "2024-05")]),
        // "of" joins a day and a month only after an ordinal ("4th of June").
        ("Police held 4 of June 2024's suspects.", &[("June 2024", "2024-06", "2024-06")]),
        ("Posted 3 of March 2021 14:10.", &[("3 of March 2021", "2021-03-03", "2021-03-03")]),
        // A day after a dash ends a range only after a month and day without a year.
        ("On May 2, 2023 - 8 officers were hurt.", &[("May 2, 2023", "2023-05-02", "2023-05-02")]),
        ("On 2 May - 8 officers were hurt.", &[("2 May", "--05-02", "--05-02")]),
        // A modifier before the month that ends a range ("to early January").
        (
            "It ran from December 2023 to early January 2024.",
            &[("December 2023 to early January 2024", "2023-12", "2024-01")],
        ),
        // A numeric date that the text goes on from, with its separator and a digit, is part
        // of something else; a full stop or a space after it ends it.
        ("Version 1.12.03.2024 shipped.", &[]),
        ("Version 12.03.2024.5 shipped.", &[]),
        ("On 12.03.2024 5 men were held.", &[("12.03.2024", "2024-03-12", "2024-03-12")]),
        ("Day 5 12.03.2024 was quiet.", &[("12.03.2024", "2024-03-12", "2024-03-12")]),
        ("It ended on 12.03.2024. Then it stopped.", &[("12.03.2024", "2024-03-12", "2024-03-12")]),
        // Day, month and year joined by hyphens, as some wires date a release.
        ("VALLETTA, 14-Mar-2024 — Police met.", &[("14-Mar-2024", "2024-03-14", "2024-03-14")]),
        // A range that ends before it starts is none, with or without a year.
        ("It ran from 20 to 5 May 2024.", &[("5 May 2024", "2024-05-05", "2024-05-05")]),
        ("It ran from 20 to 5 May.", &[("5 May", "--05-05", "--05-05")]),
        // A year outside these releases' time is no year.
        ("The law of June 1850 applies.", &[("June", "--06", "--06")]),
        // Ranges of days.
        (
            "The operation ran from 27 November – 3 December 2020 in 20 countries.",
            &[("27 November – 3 December 2020", "2020-11-27", "2020-12-03")],
        ),
        (
            "A phase (1 September \u{e2}\u{20ac}\u{201c} 30 November 2019) followed.",
            &[("1 September \u{e2}\u{20ac}\u{201c} 30 November 2019", "2019-09-01", "2019-11-30")],
        ),
        ("Officers met in Lyon (5 - 9 July) to plan it.", &[("5 - 9 July", "--07-05", "--07-09")]),
        ("A planning meeting (5 - 9 July 2021) preceded it.", &[("5 - 9 July 2021", "2021-07-05", "2021-07-09")]),
        ("Operation Spade (1 — 4 March) targeted smugglers.", &[("1 — 4 March", "--03-01", "--03-04")]),
        ("It took place from 30 April to 4 May.", &[("30 April to 4 May", "--04-30", "--05-04")]),
        ("Checks were held between 11 and 15 March 2024.", &[("11 and 15 March 2024", "2024-03-11", "2024-03-15")]),
        (
            "Checks were held between the 11th and 15th March 2024.",
            &[("11th and 15th March 2024", "2024-03-11", "2024-03-15")],
        ),
        (
            "Checks ran between the dates of October 3 and 7, with Ruritania's support.",
            &[("October 3 and 7", "--10-03", "--10-07")],
        ),
        (
            "Raids took place between 2 September and 6 September.",
            &[("2 September and 6 September", "--09-02", "--09-06")],
        ),
        ("The action days (21-25 February) led to arrests.", &[("21-25 February", "--02-21", "--02-25")]),
        (
            "During 21–25 February 2023, officers checked 500 flights.",
            &[("21–25 February 2023", "2023-02-21", "2023-02-25")],
        ),
        ("On February 21–25, police inspected vessels.", &[("February 21–25", "--02-21", "--02-25")]),
        ("The operation ran May 2–8, 2023 across Africa.", &[("May 2–8, 2023", "2023-05-02", "2023-05-08")]),
        ("Operation Flash ran from 9 to 13 October 2022.", &[("9 to 13 October 2022", "2022-10-09", "2022-10-13")]),
        (
            "It lasted from 28 December 2022 to 4 January 2023.",
            &[("28 December 2022 to 4 January 2023", "2022-12-28", "2023-01-04")],
        ),
        (
            "Controls ran from 28 December to 4 January 2023.",
            &[("28 December to 4 January 2023", "2022-12-28", "2023-01-04")],
        ),
        ("Controls ran from 28 December to 4 January.", &[("28 December to 4 January", "--12-28", "--01-04")]),
        (
            "From 30 December 2023 to 2 January, borders were watched.",
            &[("30 December 2023 to 2 January", "2023-12-30", "2024-01-02")],
        ),
        ("Checks ran from the 1st to 5th June.", &[("1st to 5th June", "--06-01", "--06-05")]),
        ("Inspections ran June 1 to June 5 at the border.", &[("June 1 to June 5", "--06-01", "--06-05")]),
        (
            "It ran from Monday September 30th to Sunday October 6th.",
            &[("September 30th to Sunday October 6th", "--09-30", "--10-06")],
        ),
        (
            "It ran between 14 April to the morning of 2 May 2019.",
            &[("14 April to the morning of 2 May 2019", "2019-04-14", "2019-05-02")],
        ),
        (
            "It ran between mid-March and the end of May 2015.",
            &[("mid-March and the end of May 2015", "2015-03", "2015-05")],
        ),
        (
            "It ran from July 18, 2025, to January 31, 2026, police said.",
            &[("July 18, 2025, to January 31, 2026", "2025-07-18", "2026-01-31")],
        ),
        (
            "Teams worked 3—7 March 2021 and 10 – 12 April 2021.",
            &[("3—7 March 2021", "2021-03-03", "2021-03-07"), ("10 – 12 April 2021", "2021-04-10", "2021-04-12")],
        ),
        (
            "Officers were deployed 4 until 8 May 2022 and 1 through 3 June 2022.",
            &[
                ("4 until 8 May 2022", "2022-05-04", "2022-05-08"),
                ("1 through 3 June 2022", "2022-06-01", "2022-06-03"),
            ],
        ),
        (
            "Flights were screened June 28, 2022 – July 3, 2023.",
            &[("June 28, 2022 – July 3, 2023", "2022-06-28", "2023-07-03")],
        ),
        ("The period Sept 28 – Oct 2 saw 300 arrests.", &[("Sept 28 – Oct 2", "--09-28", "--10-02")]),
        // Single days.
        ("The suspects were arrested on 4 June.", &[("4 June", "--06-04", "--06-04")]),
        ("The raid took place on 4 June 2024 in Manila.", &[("4 June 2024", "2024-06-04", "2024-06-04")]),
        ("On June 4, 2024, police raided 12 sites.", &[("June 4, 2024", "2024-06-04", "2024-06-04")]),
        ("The victims were rescued on the 4th of June.", &[("4th of June", "--06-04", "--06-04")]),
        ("Police said on Jan. 5, 2024 that 40 were held.", &[("Jan. 5, 2024", "2024-01-05", "2024-01-05")]),
        ("Flights were checked on 29 February.", &[("29 February", "--02-29", "--02-29")]),
        ("In Côte d’Ivoire, raids on 4 June 2024 freed 30.", &[("4 June 2024", "2024-06-04", "2024-06-04")]),
        ("LYON, France – 15 JUNE 2023.", &[("15 JUNE 2023", "2023-06-15", "2023-06-15")]),
        // Two days, the first taking its month from the second: the period from the first to
        // the last (the first alone, without a month, is no date).
        ("Raids followed on 4 and 6 June.", &[("4 and 6 June", "--06-04", "--06-06")]),
        // Two days running are a span.
        ("Raids followed on 11 and 12 June 2023.", &[("11 and 12 June 2023", "2023-06-11", "2023-06-12")]),
        (
            "Between 2 and 6 September 2023, and again on 4 June 2024, officers acted.",
            &[("2 and 6 September 2023", "2023-09-02", "2023-09-06"), ("4 June 2024", "2024-06-04", "2024-06-04")],
        ),
        // All-numeric dates, day first here.
        ("The warrant was issued on 12/03/2024.", &[("12/03/2024", "2024-03-12", "2024-03-12")]),
        (
            "Hearings were set for 12.03.2024 and 12-03-2024.",
            &[("12.03.2024", "2024-03-12", "2024-03-12"), ("12-03-2024", "2024-03-12", "2024-03-12")],
        ),
        (
            "Records dated 2024.03.12, 2024-03-12 and 2024/03/12 were seized.",
            &[
                ("2024.03.12", "2024-03-12", "2024-03-12"),
                ("2024-03-12", "2024-03-12", "2024-03-12"),
                ("2024/03/12", "2024-03-12", "2024-03-12"),
            ],
        ),
        // Months.
        ("Arrests rose in March 2023.", &[("March 2023", "2023-03", "2023-03")]),
        ("Since May 2023, 1,200 victims were identified.", &[("May 2023", "2023-05", "2023-05")]),
        ("Raids took place in April and May.", &[("April and May", "--04", "--05")]),
        ("The operation ran over two weeks in April and May 2024.", &[("April and May 2024", "2024-04", "2024-05")]),
        ("Checks were held between March and May 2023.", &[("March and May 2023", "2023-03", "2023-05")]),
        (
            "Raids took place in February, June, and August 2021.",
            &[("February, June, and August 2021", "2021-02", "2021-08")],
        ),
        ("It ran from late April to early May.", &[("late April to early May", "--04", "--05")]),
        ("Operation Weka (March–April 2022) targeted smugglers.", &[("March–April 2022", "2022-03", "2022-04")]),
        (
            "The programme ran from December 2022 to February 2023.",
            &[("December 2022 to February 2023", "2022-12", "2023-02")],
        ),
        ("Results were announced in May.", &[("May", "--05", "--05")]),
        ("Work began in mid-April.", &[("mid-April", "--04", "--04")]),
        // After "in", a number following the month counts something.
        ("Police in June 12 countries took part.", &[("June", "--06", "--06")]),
    ];

    const NOT_DATES: &[&str] = &[
        // A capitalised Spanish month is a man's name; "de" after a count joins no date.
        "Julio Ramos y Abril Soto fueron detenidos.",
        "Fueron 25 de los 40 detenidos.",
        "Victims can call the hotline 24/7.",
        "The i-24/7 network links all member countries.",
        "A 34-year old man was arrested.",
        "The match ended 3-2 after extra time.",
        "Between 10 and 15 suspects were held.",
        "Call +33 4 72 44 70 00 for details.",
        "The raid began at 10:30 and ended at 12.45.",
        "Authorities may act on this information.",
        "May authorities act quickly on such tips.",
        "The operation took place in 2019.",
        "The report (2021) was published.",
        "Between 2019 and 2021 the number doubled.",
        "Two-digit years such as 12/03/24 are left out.",
        "Neither 31/02/2024 nor 12/13/2024 exists.",
        "The date 31 June 2024 does not exist.",
        "Serial 1.12.03.2024 is a reference number.",
        "March participants gathered in Lyon.",
        "The office of April Smith coordinated it.",
        "Police in Mar del Plata coordinated.",
        "Police in Augustów and Junín 12 arrested two.",
        "COVID-19 slowed the 2020-2021 operations.",
    ];

    #[test]
    fn reads_every_form_with_its_precision() {
        for (sentence, expected) in DATES {
            let expected: Vec<_> = expected
                .iter()
                .map(|(span, start, end)| (span.to_string(), start.to_string(), end.to_string()))
                .collect();
            assert_eq!(mentions_in(sentence, NumericOrder::DayFirst), expected, "{sentence}");
        }
    }

    #[test]
    fn finds_no_date_in_what_only_looks_like_one() {
        for sentence in NOT_DATES {
            assert_eq!(mentions_in(sentence, NumericOrder::DayFirst), [], "{sentence}");
        }
    }

    #[test]
    fn reads_numeric_dates_month_first_when_told() {
        let found = mentions_in("Filed 11/06/2024 and 2024-03-12, not 25/12/2024.", NumericOrder::MonthFirst);
        let expected = [("11/06/2024", "2024-11-06", "2024-11-06"), ("2024-03-12", "2024-03-12", "2024-03-12")];
        let expected: Vec<_> =
            expected.map(|(span, start, end)| (span.to_string(), start.to_string(), end.to_string())).into();
        assert_eq!(found, expected);
    }

    proptest! {
        #[test]
        fn mentions_are_ordered_apart_and_inside_the_sentence(
            text in "(?:[0-9]{1,4}|May|June|Sept\\.|to|and|between|in|of|late|mid-|é|[ ,.–/-]){0,14}",
            from in 0usize..6,
        ) {
            let start = text.char_indices().map(|(i, _)| i).nth(from).unwrap_or(text.len());
            let found = date_mentions(&text, start..text.len(), NumericOrder::DayFirst);
            let mut previous_end = start;
            for mention in found {
                prop_assert!(previous_end <= mention.span.start && mention.span.start < mention.span.end);
                prop_assert!(text.get(mention.span.clone()).is_some());
                previous_end = mention.span.end;
            }
            prop_assert!(previous_end <= text.len());
        }
    }
}
