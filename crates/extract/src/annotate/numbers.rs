//! Numbers as press releases write them: "2,517", "2 048" (any space as the thousands
//! separator), "1.410", "1.5 million", "three hundred", "Seven", with the qualifier before them
//! ("more than", "nearly", "some") and a currency ("USD 22,000", "320,000 dinars").
//! What a number counts is the readers' business (`read/figures.rs`).
//!
//! Digits that are part of a code are not numbers here: "24/7", "i-24/7", "10:30", "G7",
//! "1.2.3", phone numbers ("+33 4 72 44 70 00"), and digits with a leading zero ("0800").

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// One number written in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMention {
    /// The number as written, scale word included ("8 million", "2 048", "three hundred").
    pub span: Range<usize>,
    pub value: u64,
    /// "more than", "nearly", "some", ... in lower case, as written; `None` when stated exactly.
    pub qualifier: Option<String>,
    /// ISO 4217 code ("USD", "EUR", "GBP") or the currency as written ("dinars").
    pub currency: Option<String>,
    /// Qualifier, currency, number and trailing currency together.
    pub whole: Range<usize>,
}

const UNITS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS: [&str; 10] =
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Small numbers written as one word in Spanish and Portuguese, with their values: "seis
/// personas", "três mandados". Not "once" (eleven), an English word too; nor "un" and "una",
/// which are articles as often; nor Spanish's "dos" (two), which in Portuguese is "of the".
const OTHER_LANGUAGES_NUMBER_WORDS: [(&str, u64); 29] = [
    ("dois", 2),
    ("duas", 2),
    ("tres", 3),
    ("três", 3),
    ("cuatro", 4),
    ("quatro", 4),
    ("cinco", 5),
    ("seis", 6),
    ("siete", 7),
    ("sete", 7),
    ("ocho", 8),
    ("oito", 8),
    ("nueve", 9),
    ("nove", 9),
    ("diez", 10),
    ("dez", 10),
    ("doce", 12),
    ("trece", 13),
    ("catorce", 14),
    ("quince", 15),
    ("dieciséis", 16),
    ("diecisiete", 17),
    ("dieciocho", 18),
    ("diecinueve", 19),
    ("veinte", 20),
    ("vinte", 20),
    ("treinta", 30),
    ("cuarenta", 40),
    ("cincuenta", 50),
];

/// Whether a word in lower case is a number written as a word ("four", "twelve", "thirty").
pub(crate) fn is_number_word(word: &str) -> bool {
    UNITS.contains(&word) || TEENS.contains(&word) || TENS.contains(&word)
}

/// German's "over", which begins with a letter outside ASCII, where no ASCII word boundary
/// stands after a space: it is the one qualifier without a boundary before it.
const OVER_IN_GERMAN: &str = "über";

/// Qualifiers, longest first where one starts another ("just over" before "over").
pub(crate) const QUALIFIERS: [&str; 46] = [
    r"more\s+than",
    r"just\s+over",
    r"just\s+under",
    "over",
    "nearly",
    "almost",
    "some",
    r"close\s+to",
    "around",
    "about",
    "approximately",
    r"at\s+least",
    r"up\s+to",
    r"as\s+much\s+as",
    "roughly",
    r"an\s+estimated",
    r"in\s+excess\s+of",
    r"upwards\s+of",
    r"fewer\s+than",
    r"less\s+than",
    // "no less than 80 victims": at least, not fewer; read as a whole before "less than".
    r"no\s+less\s+than",
    r"no\s+fewer\s+than",
    // Spanish and Portuguese: "más de 300 detenidos", "cerca de 9 000 migrantes".
    r"m[áa]s\s+de",
    r"mais\s+de",
    r"menos\s+de",
    r"cerca\s+de",
    r"alrededor\s+de",
    r"al\s+menos",
    "casi",
    "quase",
    "aproximadamente",
    "unos",
    "unas",
    // French: "plus de 1 800 personnes", "près de 90", "environ 40", "quelque 6.000".
    r"plus\s+de",
    r"moins\s+de",
    r"près\s+de",
    r"au\s+moins",
    "environ",
    "quelque",
    // German: "mehr als 500", "rund 600", "knapp 3300", "ca. 60"; "über 100" is [`OVER_IN_GERMAN`].
    r"mehr\s+als",
    r"weniger\s+als",
    "mindestens",
    "rund",
    "etwa",
    "knapp",
    r"ca\.",
];

/// A qualifier as the explorer shows it: in lower case with single spaces, and a Spanish,
/// Portuguese, French or German one in the English the explorer shows figures in, so that a release's
/// "más de 300" stands beside another's "more than 300"; an English one as written.
pub(crate) fn qualifier_as_shown(written: &str) -> String {
    let qualifier = written.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let english = match qualifier.as_str() {
        "más de" | "mas de" | "mais de" | "plus de" => "more than",
        "menos de" | "moins de" => "less than",
        "cerca de" | "près de" => "close to",
        "alrededor de" => "around",
        "al menos" | "au moins" => "at least",
        "casi" | "quase" => "almost",
        "aproximadamente" | "environ" => "approximately",
        "unos" | "unas" | "quelque" => "some",
        "mehr als" => "more than",
        "weniger als" => "less than",
        "mindestens" => "at least",
        "über" => "over",
        "rund" => "around",
        "etwa" | "ca." => "about",
        "knapp" => "just under",
        // A plus after the number: "12 000+".
        "+" => "more than",
        _ => return qualifier,
    };
    english.to_string()
}

/// Marks right before a number that say it is rounded, kept as its qualifier: "~45".
const APPROXIMATE_MARKS: [&str; 2] = ["~", "≈"];

/// Currencies written before the amount, with their ISO 4217 code.
const PREFIX_CURRENCIES: [(&str, &str); 20] = [
    ("usd", "USD"),
    ("us$", "USD"),
    // A bare "$" is left as written: whose dollar it is, the release as a whole tells
    // (`read::dollar_of_release`).
    ("$", "$"),
    // Other dollars, marked as their countries write them.
    ("hk$", "HKD"),
    ("a$", "AUD"),
    ("au$", "AUD"),
    ("c$", "CAD"),
    ("ca$", "CAD"),
    ("nz$", "NZD"),
    ("s$", "SGD"),
    ("eur", "EUR"),
    ("€", "EUR"),
    ("gbp", "GBP"),
    ("£", "GBP"),
    ("chf", "CHF"),
    ("cad", "CAD"),
    // India's rupee by its sign and code; "Rs 50,000" and "Rs. 2 lakh" are rupees of India,
    // Pakistan, Sri Lanka or Nepal, kept as "rupees" for the release as a whole to tell
    // (`read::rupee_of_release`).
    ("₹", "INR"),
    ("rs.", "rupees"),
    ("rs", "rupees"),
    ("inr", "INR"),
];

/// Currencies written after the amount; a currency word that names no single currency
/// ("dollars", "dinars", "francs") is kept as written.
const SUFFIX_CURRENCIES: [(&str, &str); 12] = [
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("chf", "CHF"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("us dollars", "USD"),
    ("dollars", "dollars"),
    ("dinars", "dinars"),
    ("francs", "francs"),
    ("pesos", "pesos"),
    ("rupees", "rupees"),
];

/// The regex alternation of `words`, longest first so that "seventeen" is not read as "seven".
fn alternation(words: &[&str]) -> String {
    let mut sorted = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    sorted.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

/// The alternation of a currency table's written forms: a code or a word ("usd", "us
/// dollars") must stand as a word, a symbol ("$", "us$") may touch the number.
fn currency_alternation(table: &[(&str, &str)]) -> String {
    let written: Vec<&str> = table.iter().map(|(written, _)| *written).collect();
    let boundary = |letter: bool| if letter { r"\b" } else { "" };
    alternation(&written)
        .split('|')
        .map(|form| {
            let (start, end) = (form.starts_with(char::is_alphabetic), form.ends_with(char::is_alphabetic));
            format!("{}{}{}", boundary(start), form.replace(' ', r"\s+"), boundary(end))
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Number words up to the thousands: "forty-five", "three hundred and twenty", "two thousand
/// five hundred". "a hundred" and "a dozen" are left out: as often vague as counts.
fn number_words_pattern() -> String {
    let (units, teens, tens) = (UNITS.join("|"), alternation(&TEENS), TENS.join("|"));
    let below_100 = format!(r"(?:(?:{tens})(?:[-\s](?:{units}))?|{teens}|{units})");
    let below_1000 = format!(r"(?:(?:{units})\s+hundred(?:\s+(?:and\s+)?{below_100})?|{below_100})");
    format!(r"{below_1000}(?:\s+thousand(?:\s+(?:and\s+)?{below_1000})?)?")
}

/// Thousands separated by a comma, a space of any width, or a dot; then plain digits with an
/// optional decimal part. A number starting with 0 is a code ("0800"), not a count.
const DIGITS: &str = r"\b[1-9]\d{0,2}(?:,\d{3})+\b|\b[1-9]\d{0,2}(?:[ \x{A0}\x{2009}\x{202F}]\d{3})+\b|\b[1-9]\d{0,2}(?:\.\d{3})+\b|\b\d+,\d{1,2}\b|\b\d+(?:\.\d+)?\b";

/// The parts of a number as written, in their order, with the spaces around them: a
/// qualifier, a currency before, the number (digits or words), a scale word and a currency
/// after. Only the number is always there.
fn part_patterns() -> [String; 5] {
    let qualifiers = QUALIFIERS.join("|");
    let (prefix_currencies, suffix_currencies) =
        (currency_alternation(&PREFIX_CURRENCIES), currency_alternation(&SUFFIX_CURRENCIES));
    [
        format!(r"(?:\b(?:{qualifiers})|{OVER_IN_GERMAN})\s+"),
        format!(r"(?:{prefix_currencies})\s?"),
        // "mil 184": Spanish's "one thousand" and the hundreds after it, as Mexico writes 1,184.
        format!(
            r"{DIGITS}|\bmil\s+\d{{3}}\b|\b(?:{})\b|\b(?:{})\b",
            number_words_pattern(),
            OTHER_LANGUAGES_NUMBER_WORDS.map(|(word, _)| word).join("|")
        ),
        // "nearly 8 millions pills": a plural scale word as some writers use it. "3 mil", "4
        // mil 419", "2 millones": Spanish's, where the thousands may follow "mil".
        // "1.5 crore", "2 lakh": India's ten millions and hundred thousands.
        r"\s+(?:(?:thousand|million|billion|lakh|crore)s?|mil(?:\s+\d{3})?|millones)\b".to_string(),
        format!(r"\s?(?:{suffix_currencies})"),
    ]
}

/// Where the numbers are, with their parts. Compiled with ASCII word boundaries, which keep
/// the regex crate's fast engines on any text (see [`crate::annotate`]). The two boundaries
/// differ only beside a letter outside ASCII, and inside a match every boundary stands beside
/// a space or a symbol, so [`stands_alone`] checks the match's edges instead.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let [qualifier, prefix_currency, number, scale, suffix_currency] = part_patterns();
    let pattern = format!(r"(?i)(?:{qualifier})?(?:{prefix_currency})?(?:{number})(?:{scale})?(?:{suffix_currency})?");
    Regex::new(&ascii_boundaries(&pattern)).expect("valid regex")
});

/// Each part of [`part_patterns`] at the start of a text. A match of [`NUMBER`] is cut into
/// its parts by these, one after the other: asking the regex crate for the parts as capture
/// groups runs its slowest engine, which cost as much as the rest of the annotation of
/// numbers. Every part after the number is optional and is taken where it is there, as
/// [`NUMBER`] takes it. A part is looked for in the rest of the sentence, so that a word
/// boundary at its end sees the character after it; one at its start stands beside a space,
/// a symbol or a part that ends at a boundary, which the start of a text stands for.
static PARTS: LazyLock<[Regex; 5]> = LazyLock::new(|| {
    part_patterns().map(|part| Regex::new(&ascii_boundaries(&format!("(?i)^(?:{part})"))).expect("valid regex"))
});

/// Where each part of a number stands in `slice`, without the spaces around it.
struct Parts {
    qualifier: Option<Range<usize>>,
    prefix_currency: Option<Range<usize>>,
    number: Range<usize>,
    scale: Option<Range<usize>>,
    suffix_currency: Option<Range<usize>>,
}

/// The parts of `found`, a match of [`NUMBER`] in `slice`.
fn parts(slice: &str, found: &regex::Match) -> Option<Parts> {
    let mut at = found.start();
    // The parts tile the match: none starts where it ends. A qualifier and a currency before
    // the number are words or symbols: a match that opens with a digit has neither. (Most
    // numbers are plain digits, and each search costs more than these checks.)
    let opens_with_digit = slice[at..].starts_with(|c: char| c.is_ascii_digit());
    let mut part = |regex: &Regex| {
        if at == found.end() {
            return None;
        }
        let m = regex.find(&slice[at..])?;
        let written = m.as_str();
        let start = at + (written.len() - written.trim_start().len());
        let end = at + written.trim_end().len();
        at += m.end();
        Some(start..end)
    };
    let [qualifier, prefix_currency, number, scale, suffix_currency] = &*PARTS;
    let parts = Parts {
        qualifier: if opens_with_digit { None } else { part(qualifier) },
        prefix_currency: if opens_with_digit { None } else { part(prefix_currency) },
        number: part(number)?,
        scale: part(scale),
        suffix_currency: part(suffix_currency),
    };
    debug_assert_eq!(at, found.end(), "the parts of {:?} in {slice:?} are the whole match", found.as_str());
    Some(parts)
}

/// A digit or the start of a number's word, which every match of [`NUMBER`] holds: a quick
/// check without word boundaries that many sentences fail, and then they are not searched.
static NUMBER_HINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d|one|two|thre|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|twen|fort")
        .expect("valid regex")
});

/// The start of a number's word in Spanish or Portuguese ([`OTHER_LANGUAGES_NUMBER_WORDS`]).
static OTHER_LANGUAGES_NUMBER_HINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)dois|duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove|diez|dez|doce|trece|catorce|quince|dieci|veinte|vinte|treinta|cuarenta|cincuenta")
        .expect("valid regex")
});

/// A phone number: a country code or an area code in brackets or with a leading zero, then
/// at least two more groups of digits.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(r"(?:\+\d{1,3}|\(\d{1,4}\)|\b0\d{1,4})(?:[ .\-]?\(?\d{1,4}\)?){2,}"))
        .expect("valid regex")
});

fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// Whether nothing but a word's end stands right before `span` of `slice` and right after
/// it: no letter or digit, in or outside ASCII ("ü5" is no number).
fn stands_alone(slice: &str, span: Range<usize>) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    !slice[..span.start].chars().next_back().is_some_and(is_word)
        && !slice[span.end..].chars().next().is_some_and(is_word)
}

/// "twenty-first", "two-thirds": a word that makes a number before it an ordinal or a fraction.
static ORDINAL_OR_FRACTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|half|halves|quarter)s?\b")
        .expect("valid regex")
});

/// Words before "over" that make it part of a verb ("handed over 12 suspects"), not a qualifier.
const VERBS_BEFORE_OVER: [&str; 6] = ["handed", "handing", "turned", "turning", "took", "taken"];

impl NumberMention {
    /// Whether it is written as a year of these releases' time: four plain digits, 1990 to
    /// 2099 ("2,020" and "2 020" are counts).
    pub fn is_year(&self, text: &str) -> bool {
        let written = &text[self.span.clone()];
        written.len() == 4 && written.parse::<i32>().is_ok_and(|year| (1990..=2099).contains(&year))
    }
}

/// Every number in `text[range]`, in order.
pub fn number_mentions(text: &str, range: Range<usize>) -> Vec<NumberMention> {
    let slice = &text[range.clone()];
    // A Spanish or Portuguese sentence holds " de " nearly always, and its number words are
    // looked for only there: some are parts of English words ("metres" holds "tres").
    let may_hold_a_number =
        NUMBER_HINT.is_match(slice) || slice.contains(" de ") && OTHER_LANGUAGES_NUMBER_HINT.is_match(slice);
    if !may_hold_a_number {
        return Vec::new();
    }
    let phones = phone_numbers(slice);
    NUMBER
        .find_iter(slice)
        .filter_map(|found| {
            let parts = parts(slice, &found)?;
            let text = |part: &Range<usize>| &slice[part.clone()];
            let number = parts.number.clone();
            let whole = found.range();
            if !stands_alone(slice, whole.clone())
                || part_of_code(slice, number.clone())
                || phones.iter().any(|p| p.start <= number.start && number.end <= p.end)
            {
                return None;
            }
            let value = value_of(text(&parts.number), parts.scale.as_ref().map(text))?;
            let qualifier = parts.qualifier.filter(|q| !verb_particle(slice, text(q), q.start));
            // "~45 cases opened": a mark that says the number is rounded.
            let qualifier = qualifier.or_else(|| {
                let mark = APPROXIMATE_MARKS.iter().find(|mark| slice[..whole.start].ends_with(**mark))?;
                Some(whole.start - mark.len()..whole.start)
            });
            // "12 000+ checks": a plus after the number says there were more (not "10+5").
            let qualifier = qualifier.or_else(|| {
                let after = &slice.as_bytes()[whole.end..];
                (after.first() == Some(&b'+') && !after.get(1).is_some_and(u8::is_ascii_digit))
                    .then(|| whole.end..whole.end + 1)
            });
            let currency = parts.prefix_currency.as_ref().or(parts.suffix_currency.as_ref());
            let whole_start = match (&qualifier, &parts.prefix_currency) {
                (None, Some(prefix)) => prefix.start,
                (None, None) => number.start,
                (Some(q), _) => q.start.min(whole.start),
            };
            Some(NumberMention {
                span: range.start + number.start..range.start + parts.scale.as_ref().map_or(number.end, |s| s.end),
                value,
                qualifier: qualifier.map(|q| qualifier_as_shown(text(&q))),
                currency: currency.map(|c| {
                    dollars_named_after(&slice[whole.end..], text(c)).unwrap_or_else(|| currency_code(text(c)))
                }),
                whole: range.start + whole_start..range.start + whole.end,
            })
        })
        .collect()
}

/// Spans of the phone numbers in `slice`; most sentences have no mark a phone number starts with.
fn phone_numbers(slice: &str) -> Vec<Range<usize>> {
    // The marks are ASCII, so a look at the bytes, several at a time, finds them without
    // decoding characters.
    if memchr::memchr2(b'+', b'(', slice.as_bytes()).is_none() && !slice.contains(" 0") {
        return Vec::new();
    }
    PHONE.find_iter(slice).map(|m| m.range()).collect()
}

/// Whether the number at `span` of `slice` is part of a code rather than a number of its own:
/// joined to other digits by "/", ":", "." or "," ("24/7", "10:30", "1.2.3", "1,5"), after a
/// "+" (a phone number), with a leading zero ("0800"), or before "-first" or "-thirds".
fn part_of_code(slice: &str, span: Range<usize>) -> bool {
    let before = &slice.as_bytes()[..span.start];
    let after = &slice.as_bytes()[span.end..];
    let joined_before = matches!(before, [.., digit, b'/' | b':' | b'.' | b',' ] if digit.is_ascii_digit());
    let joined_after = matches!(after, [b'/' | b':' | b'.' | b',', digit, ..] if digit.is_ascii_digit());
    let written = &slice[span.clone()];
    let leading_zero = written.len() > 1 && written.starts_with('0') && !written.starts_with("0.");
    joined_before
        || joined_after
        || leading_zero
        || before.ends_with(b"+")
        || (after.first() == Some(&b'-') && ORDINAL_OR_FRACTION_AFTER.is_match(&slice[span.end..]))
}

/// Whether the qualifier "over" at `at` is a particle of the verb before it ("handed over").
fn verb_particle(slice: &str, qualifier: &str, at: usize) -> bool {
    let previous_word = slice[..at].split_whitespace().next_back().unwrap_or("");
    qualifier.eq_ignore_ascii_case("over") && VERBS_BEFORE_OVER.iter().any(|v| previous_word.eq_ignore_ascii_case(v))
}

/// The value of a number as written, times its scale word; `None` when it is no whole number
/// ("1.5" without a scale) or too large.
fn value_of(written: &str, scale: Option<&str>) -> Option<u64> {
    let scale = scale.map(str::to_ascii_lowercase);
    // "6 mil 125": the digits after "mil" are the thousand's remainder.
    let (scale, remainder) = match scale.as_deref().and_then(|scale| scale.strip_prefix("mil ")) {
        Some(digits) => (Some("mil".to_string()), digits.trim().parse::<u64>().ok()?),
        None => (scale, 0),
    };
    // "8 millions": the plural scales as the singular does.
    let factor: u64 = match scale.as_deref().map(|scale| scale.trim_end_matches('s')) {
        Some("thousand" | "mil") => 1_000,
        Some("million" | "millone") => 1_000_000,
        Some("billion") => 1_000_000_000,
        Some("lakh") => 100_000,
        Some("crore") => 10_000_000,
        _ => 1,
    };
    let thousand_and = written.get(..4).filter(|mil| mil.eq_ignore_ascii_case("mil ")).map(|_| written[4..].trim());
    let scaled = if let Some(hundreds) = thousand_and {
        hundreds.parse::<u64>().ok()?.checked_add(1_000)?.checked_mul(factor)
    } else if written.starts_with(|c: char| c.is_ascii_digit()) {
        digits_value(written, factor)
    } else {
        words_value(written)?.checked_mul(factor)
    };
    scaled?.checked_add(remainder)
}

/// "2,517", "2 048", "1.410", "1.5" before a scale word. A dot separates thousands when
/// every group after it has three digits and no scale word follows ("1.410 million" is
/// 1,410,000); otherwise it is a decimal point, and a decimal is a whole number only with a
/// scale ("1.5 million"; "1.5" alone is left out rather than rounded).
fn digits_value(written: &str, factor: u64) -> Option<u64> {
    // "2,5 millones", "17,5": a decimal comma, as Spanish and Portuguese write one, before one
    // or two digits; a whole number only with a scale, as a decimal point is.
    if let Some((whole, fraction)) = written.split_once(',').filter(|(_, fraction)| fraction.len() <= 2) {
        return if factor > 1 { decimal_value(whole, fraction, factor) } else { None };
    }
    let is_separator = |c: char| matches!(c, ',' | ' ' | '\u{A0}' | '\u{2009}' | '\u{202F}');
    // Read where they stand, as every number of every sentence comes here: no list of the
    // groups between dots, no string of the digits alone.
    let thousands_groups = || written.split('.').skip(1).all(|g| g.len() == 3);
    match written.split_once('.') {
        None => {}
        Some((whole, fraction)) if factor > 1 && !fraction.contains('.') => {
            return decimal_value(whole, fraction, factor);
        }
        Some(_) if factor == 1 && thousands_groups() => {}
        Some(_) => return None,
    }
    // The digits after the separators are left out, as `str::parse` would read them: the
    // first is a digit, so no sign stands before them.
    let mut digits = written.chars().filter(|c| !is_separator(*c) && *c != '.');
    digits
        .try_fold(0u64, |value, c| value.checked_mul(10)?.checked_add(u64::from(c.to_digit(10)?)))?
        .checked_mul(factor)
}

/// `whole.fraction` times `factor`, if that is a whole number.
fn decimal_value(whole: &str, fraction: &str, factor: u64) -> Option<u64> {
    let divisor = 10u64.checked_pow(u32::try_from(fraction.len()).ok()?)?;
    let scaled_fraction = fraction.parse::<u64>().ok()?.checked_mul(factor)?;
    (scaled_fraction % divisor == 0).then_some(())?;
    whole.parse::<u64>().ok()?.checked_mul(factor)?.checked_add(scaled_fraction / divisor)
}

/// "forty-five" → 45, "two thousand five hundred" → 2,500, "seis" → 6; the grammar is
/// [`NUMBER`]'s.
fn words_value(written: &str) -> Option<u64> {
    let (mut total, mut current) = (0, 0);
    for word in written.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()) {
        let word = word.to_ascii_lowercase();
        match word.as_str() {
            "and" => {}
            "hundred" => current *= 100,
            "thousand" => {
                total += current * 1_000;
                current = 0;
            }
            _ => current += word_value(&word)?,
        }
    }
    Some(total + current)
}

fn word_value(word: &str) -> Option<u64> {
    let position = |words: &[&str]| words.iter().position(|w| *w == word).map(|i| i as u64);
    position(&UNITS)
        .map(|i| i + 1)
        .or_else(|| position(&TEENS).map(|i| i + 10))
        .or_else(|| position(&TENS).map(|i| (i + 2) * 10))
        .or_else(|| OTHER_LANGUAGES_NUMBER_WORDS.iter().find(|(w, _)| *w == word).map(|(_, value)| *value))
}

/// The dollar a bare "$" is, where the words right after the amount name it: "$500,000 in
/// Canadian currency", "$2 million Australian dollars". (A bare "$" is otherwise left as
/// written here, for the release as a whole to tell.)
fn dollars_named_after(after: &str, written: &str) -> Option<String> {
    if written != "$" {
        return None;
    }
    let after = after.trim_start();
    let after = after.strip_prefix("in ").unwrap_or(after);
    let code = DOLLARS_BY_COUNTRY.iter().find(|(country, _)| after.starts_with(country)).map(|(_, code)| code)?;
    Some(code.to_string())
}

/// Dollars named by their country's adjective.
const DOLLARS_BY_COUNTRY: [(&str, &str); 4] =
    [("Canadian", "CAD"), ("Australian", "AUD"), ("New Zealand", "NZD"), ("Hong Kong", "HKD")];

fn currency_code(written: &str) -> String {
    let written = written.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let code = |table: &[(&str, &str)]| table.iter().find(|(w, _)| *w == written).map(|(_, code)| code.to_string());
    code(&PREFIX_CURRENCIES).or_else(|| code(&SUFFIX_CURRENCIES)).unwrap_or(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each mention as "written value qualifier currency", `-` for a part that is absent.
    fn mentions(text: &str) -> Vec<String> {
        number_mentions(text, 0..text.len())
            .iter()
            .map(|m| {
                let qualifier = m.qualifier.as_deref().unwrap_or("-");
                let currency = m.currency.as_deref().unwrap_or("-");
                format!("{} {} {qualifier} {currency}", &text[m.span.clone()], m.value)
            })
            .collect()
    }

    #[test]
    fn reads_numbers_as_written() {
        let table: &[(&str, &[&str])] = &[
            ("A total of 2,517 arrests", &["2,517 2517 - -"]),
            ("a total of 2 048 arrests", &["2 048 2048 - -"]),
            (
                "2\u{A0}048 and 3\u{2009}100 and 4\u{202F}200 000",
                &["2\u{A0}048 2048 - -", "3\u{2009}100 3100 - -", "4\u{202F}200 000 4200000 - -"],
            ),
            ("1.410 arrests", &["1.410 1410 - -"]),
            ("1.410.000 checks", &["1.410.000 1410000 - -"]),
            ("1.410 million checks", &["1.410 million 1410000 - -"]),
            ("nearly 8 million checks", &["8 million 8000000 nearly -"]),
            ("nearly 8 millions pills", &["8 millions 8000000 nearly -"]),
            ("~75 new cases and ≈ 9 raids", &["75 75 ~ -", "9 9 - -"]),
            ("12 000+ checks and 3+4 cars", &["12 000 12000 more than -", "3 3 - -"]),
            ("1.5 million and 2 thousand", &["1.5 million 1500000 - -", "2 thousand 2000 - -"]),
            ("a rise of 1.5 points", &[]),
            (
                "Seven suspects, THREE victims and forty-five migrants",
                &["Seven 7 - -", "THREE 3 - -", "forty-five 45 - -"],
            ),
            ("three hundred and twenty people", &["three hundred and twenty 320 - -"]),
            ("two thousand five hundred checks", &["two thousand five hundred 2500 - -"]),
            ("Seventeen of them", &["Seventeen 17 - -"]),
            ("a hundred people and a dozen cars", &[]),
            ("between three and five suspects", &["three 3 - -", "five 5 - -"]),
            ("one of the largest", &["one 1 - -"]),
            ("a five-day snapshot", &["five 5 - -"]),
            ("the twenty-first century, two-thirds of them", &[]),
            ("More than 50,000 checks", &["50,000 50000 more than -"]),
            ("Close to 100 victims", &["100 100 close to -"]),
            // Spanish qualifiers in English.
            ("más de 250 detenidos y unas 1.300 víctimas", &["250 250 more than -", "1.300 1300 some -"]),
            ("plus de 1 800 personnes et près de 90 victimes", &["1 800 1800 more than -", "90 90 close to -"]),
            ("mehr als 500 Verdächtige und knapp 3300 Menschen", &["500 500 more than -", "3300 3300 just under -"]),
            ("schon über 100 Verdächtige", &["100 100 over -"]),
            ("Mil 184 víctimas", &["Mil 184 1184 - -"]),
            // A decimal comma: a whole number only with a scale, and never its digits apart.
            ("2,5 millones y 17,5 toneladas", &["2,5 millones 2500000 - -"]),
            ("seis personas de la red y três mandados", &["seis 6 - -", "três 3 - -"]),
            ("a prisão dos suspeitos de la red", &[]),
            (
                "3 mil agentes, 6 mil 125 víctimas y 2 millones",
                &["3 mil 3000 - -", "6 mil 125 6125 - -", "2 millones 2000000 - -"],
            ),
            (
                "some 430, about 800, around 100, approximately 1,500",
                &["430 430 some -", "800 800 about -", "100 100 around -", "1,500 1500 approximately -"],
            ),
            (
                "at least 178, up to 30, roughly 40, an estimated 5,000",
                &["178 178 at least -", "30 30 up to -", "40 40 roughly -", "5,000 5000 an estimated -"],
            ),
            (
                "in excess of 10, upwards of 20, fewer than 30, less than 40, no less than 50",
                &[
                    "10 10 in excess of -",
                    "20 20 upwards of -",
                    "30 30 fewer than -",
                    "40 40 less than -",
                    "50 50 no less than -",
                ],
            ),
            (
                "just under 60, just over 70, almost 80, over 90",
                &["60 60 just under -", "70 70 just over -", "80 80 almost -", "90 90 over -"],
            ),
            ("police handed over 12 suspects", &["12 12 - -"]),
            ("paid around USD 22,000 per person", &["22,000 22000 around USD"]),
            ("fees of up to USD 6,000", &["6,000 6000 up to USD"]),
            (
                "US$ 500, $1,000, €2 million, £30",
                &["500 500 - USD", "1,000 1000 - $", "2 million 2000000 - EUR", "30 30 - GBP"],
            ),
            ("320,000 dinars (USD 2,400)", &["320,000 320000 - dinars", "2,400 2400 - USD"]),
            (
                "HK$78 million, A$5,000, NZ$300 and C$20",
                &["78 million 78000000 - HKD", "5,000 5000 - AUD", "300 300 - NZD", "20 20 - CAD"],
            ),
            // A bare "$" whose dollar the words after it name.
            (
                "$40,000 in Canadian currency and $2 million Australian dollars",
                &["40,000 40000 - CAD", "2 million 2000000 - AUD"],
            ),
            ("10 million euros and 5,000 US dollars", &["10 million 10000000 - EUR", "5,000 5000 - USD"]),
            ("2,000 EUR and 300 francs", &["2,000 2000 - EUR", "300 300 - francs"]),
            (
                "₹1.5 crore, Rs 20 lakh and 500 rupees",
                &["1.5 crore 15000000 - INR", "20 lakh 2000000 - rupees", "500 500 - rupees"],
            ),
            ("the COVID-19 pandemic", &["19 19 - -"]),
            ("Jürgen counted 5 arrests, not ü6 or 7é", &["5 5 - -"]),
            ("i-24/7 runs 24/7 at 10:30 for the G7 on A4 paper", &[]),
            ("Operation Weka II and Turquesa III", &[]),
            ("call +33 4 72 44 70 00 or (202) 555-0143 or 0800 555 111", &[]),
            ("version 1.2.3 and 1,5 and 0800", &[]),
            ("40% and 40 per cent", &["40 40 - -", "40 40 - -"]),
            ("a 34-year old man, the 10th session", &["34 34 - -"]),
            // A phone number with neither a "0" group nor brackets, one without a "+", and
            // a count after a phone number.
            ("call +33 4 72 44 71 12 now", &[]),
            ("call 0161 496 0123 now", &[]),
            ("call +33 4 72 44 70 00. Police arrested 12 people.", &["12 12 - -"]),
            // A plus before a number makes it a code; a lone zero and a decimal below one
            // with a scale are numbers.
            ("dial +7 now", &[]),
            ("Police made 0 arrests", &["0 0 - -"]),
            // A leading zero too short to be a phone number's.
            ("in room 05", &[]),
            (
                "0.5 million doses and 1.2 billion dollars",
                &["0.5 million 500000 - -", "1.2 billion 1200000000 - dollars"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(mentions(text), *expected, "{text}");
        }
    }

    #[test]
    fn spans_cover_qualifier_and_currencies() {
        let text = "They paid as much as EUR 2,000 each, 320,000 dinars in all.";
        let found = number_mentions(text, 0..text.len());
        let whole: Vec<&str> = found.iter().map(|m| &text[m.whole.clone()]).collect();
        assert_eq!(whole, ["as much as EUR 2,000", "320,000 dinars"]);
        let text = "Results: ~80 cases.";
        assert_eq!(number_mentions(text, 0..text.len())[0].whole, 9..12);
        let offset = "Intro. ".len();
        let text = "Intro. 95 arrests";
        assert_eq!(number_mentions(text, offset..text.len())[0].span, offset..offset + 2);
    }

    #[test]
    fn leaves_sentences_without_digits_or_number_words_alone() {
        assert!(number_mentions("The committee met.", 0..18).is_empty());
        assert!(number_mentions("Someone gave an effort often.", 0..29).is_empty());
    }

    /// Pieces of numbers and what may stand beside them: qualifiers, currencies, digits,
    /// words, scales, and characters outside ASCII that the regex crate reads as digits ("꣐"),
    /// as a letter in any case ("ſ" for "s", the kelvin sign for "k") or as a letter ("é").
    const PIECES: [&str; 26] = [
        "more than",
        "just over",
        "over",
        "up to",
        "USD",
        "US$",
        "$",
        "€",
        "usd",
        "5",
        "2 048",
        "1.410",
        "1,5",
        "0800",
        "five",
        "twenty-one",
        "hundred",
        "thousand",
        "million",
        "euros",
        "dollars",
        "us dollars",
        "ſix",
        "\u{212A}",
        "꣐",
        "é",
    ];

    /// What may stand between two pieces: nothing, spaces of two widths, a comma.
    const JOINERS: [&str; 4] = ["", " ", "\u{A0}", ", "];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// A match is cut into parts that make it up whole (a debug assertion in `parts`
        /// says so), and each number lies inside what is written of it.
        #[test]
        fn every_number_lies_within_its_whole(
            pieces in proptest::collection::vec((0..PIECES.len(), 0..JOINERS.len()), 0..10),
        ) {
            let text: String = pieces.iter().map(|&(piece, joiner)| format!("{}{}", PIECES[piece], JOINERS[joiner])).collect();
            for mention in number_mentions(&text, 0..text.len()) {
                proptest::prop_assert!(mention.whole.start <= mention.span.start && mention.span.end <= mention.whole.end);
                proptest::prop_assert!(text[mention.span.clone()].starts_with(|c: char| c.is_ascii_alphanumeric()), "{text:?}");
            }
        }
    }
}
