//! Numbers in a sentence, each typed by what it counts ("2,517 arrests", "18 Red Notices",
//! "USD 750,000"), with the qualifier the text puts before it ("more than", "some").
//!
//! A number whose meaning the words around it do not make clear is left out.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::word_regex::WordRegex;
use crate::model::Metric;

const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

static NUMBER: LazyLock<WordRegex> = LazyLock::new(|| {
    let words = NUMBER_WORDS.join("|");
    WordRegex::new(&format!(
        r"(?i)(?:\b(?P<qualifier>more than|over|nearly|almost|some|close to|around|about|approximately|at least|up to|as much as|a total of)\s+)?(?:\b(?P<prefix_currency>USD|EUR|GBP|US\$|\$|€|£)\s?)?(?P<number>\b\d{{1,3}}(?:,\d{{3}})+\b|\b\d{{1,3}}(?: \d{{3}})+\b|\b\d+(?:\.\d+)?\b|\b(?:{words})\b)(?:\s+(?P<scale>million|billion|thousand)\b)?(?:\s+(?P<suffix_currency>dinars|euros|dollars)\b)?"
    ))
});

/// A digit or a number's word, which every match of [`NUMBER`] holds: a quick check without
/// word boundaries that most sentences fail, and then they are not searched for numbers.
static NUMBER_HINT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\d|{}", NUMBER_WORDS.join("|"))).expect("valid regex"));

static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:interpol )?(red|blue|yellow|purple|orange|green|black|silver) notices?\b").expect("valid regex")
});
static VICTIMS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[\w’'-]+ ){0,3}?victims\b").expect("valid regex"));
static MIGRANTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[\w’'-]+ ){0,2}?migrants\b").expect("valid regex"));
static PEOPLE_ARRESTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:suspects|people|persons|individuals|members|men and women|fugitives|subjects)\b")
        .expect("valid regex")
});
static NATIONALITIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:different )?(?:[a-z]+ )?(?:countries|nationalities)\b|^nationalities\b").expect("valid regex")
});
static COUNTRIES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:participating )?countries(?: and territories)?\b").expect("valid regex"));
static INVESTIGATIONS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:new )?(?:[a-z]+ )?investigations\b").expect("valid regex"));
static GROUPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:different )?(?:[a-z]+ ){0,2}?(?:groups|organizations|organisations|networks|gangs)\b")
        .expect("valid regex")
});

/// A number found in a sentence, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFigure {
    pub metric: Metric,
    pub value: u64,
    pub qualifier: Option<String>,
    pub currency: Option<String>,
    /// The number as written, without its qualifier or currency ("8 million").
    pub number: Range<usize>,
}

/// A number with its reading, before it is typed.
struct Number {
    value: u64,
    qualifier: Option<String>,
    currency: Option<String>,
    /// Lower-cased text from the number to the end of the sentence.
    after: String,
    /// Lower-cased text of the sentence before the number (and its qualifier).
    before: String,
    span: Range<usize>,
}

fn numbers(text: &str, sentence: Range<usize>) -> Vec<Number> {
    let slice = &text[sentence.clone()];
    if !NUMBER_HINT.is_match(slice) {
        return Vec::new();
    }
    NUMBER
        .captures_iter(slice)
        .filter_map(|caps| {
            let number = caps.name("number")?;
            let scale = caps.name("scale");
            let written_end = scale.map_or(number.end(), |s| s.end());
            let value = parse_number(number.as_str(), scale.map(|s| s.as_str()))?;
            let currency =
                caps.name("prefix_currency").or(caps.name("suffix_currency")).map(|c| currency_code(c.as_str()));
            let whole = caps.get(0)?;
            Some(Number {
                value,
                qualifier: caps.name("qualifier").map(|q| q.as_str().to_lowercase()).filter(|q| q != "a total of"),
                currency,
                after: slice[whole.end()..].trim_start().to_lowercase(),
                before: slice[..whole.start()].to_lowercase(),
                span: sentence.start + number.start()..sentence.start + written_end,
            })
        })
        .collect()
}

fn parse_number(digits: &str, scale: Option<&str>) -> Option<u64> {
    let lower = digits.to_lowercase();
    let base: f64 = match NUMBER_WORDS.iter().position(|w| *w == lower) {
        Some(i) => (i + 1) as f64,
        None => digits.replace([',', ' '], "").parse().ok()?,
    };
    let factor = match scale.map(str::to_lowercase).as_deref() {
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion") => 1e9,
        _ => 1.0,
    };
    let value = (base * factor).round();
    (value.is_finite() && (0.0..1e15).contains(&value)).then_some(value as u64)
}

fn currency_code(written: &str) -> String {
    match written.to_lowercase().as_str() {
        "usd" | "us$" | "$" => "USD".to_string(),
        "eur" | "€" | "euros" => "EUR".to_string(),
        "gbp" | "£" => "GBP".to_string(),
        other => other.to_string(),
    }
}

/// The numbers of one sentence, read once and then typed as figures, or read as the
/// participant count or the duration the sentence states.
pub struct SentenceNumbers<'a> {
    text: &'a str,
    /// The whole sentence in lower case.
    lower: String,
    numbers: Vec<Number>,
}

impl<'a> SentenceNumbers<'a> {
    pub fn read(text: &'a str, sentence: Range<usize>) -> SentenceNumbers<'a> {
        SentenceNumbers { text, lower: text[sentence.clone()].to_lowercase(), numbers: numbers(text, sentence) }
    }

    /// Every typed figure in the sentence.
    pub fn figures(&self) -> Vec<FoundFigure> {
        self.numbers
            .iter()
            .filter_map(|n| {
                let metric = metric_of(n, &self.lower)?;
                Some(FoundFigure {
                    metric,
                    value: n.value,
                    qualifier: n.qualifier.clone(),
                    currency: n.currency.clone(),
                    number: n.span.clone(),
                })
            })
            .collect()
    }

    /// The participant count the sentence states ("authorities in 32 countries", "across 116
    /// countries and territories"), with the number's span; not migrants' countries of origin
    /// ("from 58 different countries") nor INTERPOL's membership ("194 member countries").
    pub fn country_count(&self) -> Option<(u32, Range<usize>)> {
        self.numbers.iter().find_map(|n| {
            let counts =
                COUNTRIES.is_match(&n.after) && !origins(n, &self.lower) && !n.before.trim_end().ends_with("member");
            (counts && n.qualifier.is_none()).then(|| Some((u32::try_from(n.value).ok()?, n.span.clone())))?
        })
    }

    /// A length the sentence states in days ("Over only 5 days", "a five-day snapshot").
    pub fn duration(&self) -> Option<u32> {
        self.numbers.iter().find_map(|n| {
            let days = n.after.starts_with("days") || self.text[n.span.end..].starts_with("-day");
            days.then(|| u32::try_from(n.value).ok()).flatten()
        })
    }
}

/// What a number counts, from the words after it and the sentence it stands in.
fn metric_of(n: &Number, sentence: &str) -> Option<Metric> {
    let after = n.after.as_str();
    let has = |word: &str| sentence.contains(word);
    if n.currency.is_some() {
        return Some(Metric::Amount);
    }
    if let Some(colour) = NOTICE.captures(after) {
        return notice_metric(&colour[1]);
    }
    if after.starts_with("of which") && (after.contains("trafficking") || after.contains("smuggling")) {
        return Some(Metric::ArrestsTraffickingSmuggling);
    }
    if after.starts_with("additional arrests") || (after.starts_with("arrests") && after.contains("other crimes")) {
        return Some(Metric::ArrestsOtherCrimes);
    }
    if after.starts_with("arrests") {
        return Some(Metric::Arrests);
    }
    let arrest_verb = has("arrest") || has("apprehended");
    if arrest_verb && after.starts_with("suspected traffickers") {
        return Some(Metric::ArrestsTraffickers);
    }
    if arrest_verb && (after.starts_with("migrant smugglers") || after.starts_with("suspected smugglers")) {
        return Some(Metric::ArrestsSmugglers);
    }
    if NATIONALITIES.is_match(after) && origins(n, sentence) {
        return Some(Metric::MigrantNationalities);
    }
    if after.starts_with("nationalities") {
        return Some(Metric::MigrantNationalities);
    }
    if VICTIMS.is_match(after) {
        let rescued = &["rescu", "safeguard"];
        let found = &["identif", "uncover", "discover", "found", "locat", "detect"];
        return match nearest_action(n, rescued, found)? {
            Action::First => Some(Metric::VictimsRescued),
            Action::Second => Some(Metric::VictimsIdentified),
        };
    }
    if MIGRANTS.is_match(after) {
        return match nearest_action(n, &["rescu"], &["identif", "detect"])? {
            Action::First => Some(Metric::MigrantsRescued),
            Action::Second => Some(Metric::MigrantsIdentified),
        };
    }
    if arrest_verb && PEOPLE_ARRESTED.is_match(after) {
        return Some(Metric::Arrests);
    }
    if (after.starts_with("checks") && has("database")) || (after.starts_with("times") && has("databases were")) {
        return Some(Metric::DatabaseChecks);
    }
    if after.starts_with("inspections") {
        return Some(Metric::Inspections);
    }
    if after.starts_with("flights") && has("monitor") {
        return Some(Metric::FlightsMonitored);
    }
    if INVESTIGATIONS.is_match(after) && (has("initiated") || has("opened") || has("launched")) {
        return Some(Metric::InvestigationsOpened);
    }
    if GROUPS.is_match(after) && has("dismantl") {
        return Some(Metric::GroupsDismantled);
    }
    None
}

enum Action {
    First,
    Second,
}

/// Which of two kinds of verb acts on the number: the last one before it ("rescued 430
/// victims and identified 4,000 migrants"), else, in a passive clause, one after it ("4,000
/// migrants were identified"), where rescuing outranks identifying ("identified and rescued").
fn nearest_action(n: &Number, first: &[&str], second: &[&str]) -> Option<Action> {
    let last_in = |text: &str, words: &[&str]| words.iter().filter_map(|w| text.rfind(w)).max();
    match (last_in(&n.before, first), last_in(&n.before, second)) {
        (Some(a), Some(b)) => return Some(if a > b { Action::First } else { Action::Second }),
        (Some(_), None) => return Some(Action::First),
        (None, Some(_)) => return Some(Action::Second),
        (None, None) => {}
    }
    let clause = n.after.split([';', '.']).next().unwrap_or("");
    if last_in(clause, first).is_some() { Some(Action::First) } else { last_in(clause, second).map(|_| Action::Second) }
}

/// "from 74 different countries", "originating from 30 countries": where migrants or victims
/// came from, not who took part ("officials from 47 countries participated").
fn origins(n: &Number, sentence: &str) -> bool {
    let about_people_moved = sentence.contains("migrant") || sentence.contains("victim");
    n.before.trim_end().ends_with("from") && (about_people_moved || n.after.starts_with("different"))
}

fn notice_metric(colour: &str) -> Option<Metric> {
    Some(match colour {
        "red" => Metric::NoticesRed,
        "blue" => Metric::NoticesBlue,
        "yellow" => Metric::NoticesYellow,
        "purple" => Metric::NoticesPurple,
        "orange" => Metric::NoticesOrange,
        "green" => Metric::NoticesGreen,
        "black" => Metric::NoticesBlack,
        "silver" => Metric::NoticesSilver,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each figure as "Metric value qualifier [as written]", for readable expectations.
    fn typed(text: &str) -> Vec<String> {
        SentenceNumbers::read(text, 0..text.len())
            .figures()
            .iter()
            .map(|f| {
                let qualifier = f.qualifier.as_deref().unwrap_or("exact");
                format!("{:?} {} {qualifier} [{}]", f.metric, f.value, &text[f.number.clone()])
            })
            .collect()
    }

    #[test]
    fn types_operation_totals() {
        assert_eq!(
            typed(
                "A total of 2,517 arrests were made during the week - 850 of which were specifically on human trafficking or migrant smuggling charges."
            ),
            ["Arrests 2517 exact [2,517]", "ArrestsTraffickingSmuggling 850 exact [850]"]
        );
        assert_eq!(
            typed("Globally, nearly 8 million checks were carried out against INTERPOL's databases."),
            ["DatabaseChecks 8000000 nearly [8 million]"]
        );
        assert_eq!(
            typed(
                "INTERPOL notices generated during the operation include 18 Red Notices for internationally wanted suspects, 367 Blue Notices for persons of interest."
            ),
            ["NoticesRed 18 exact [18]", "NoticesBlue 367 exact [367]"]
        );
    }

    #[test]
    fn tells_rescued_from_identified_and_origins() {
        assert_eq!(
            typed(
                "Authorities rescued some 430 human trafficking victims and identified 4,000 irregular migrants originating from 74 different countries."
            ),
            [
                "VictimsRescued 430 some [430]",
                "MigrantsIdentified 4000 exact [4,000]",
                "MigrantNationalities 74 exact [74]",
            ]
        );
        assert!(typed("Law enforcement officials from 47 countries participated.").is_empty());
        assert_eq!(
            typed("Investigations are ongoing following the discovery of 13 victims of trafficking."),
            ["VictimsIdentified 13 exact [13]"]
        );
    }

    #[test]
    fn reads_word_numbers_spaces_and_currencies() {
        assert_eq!(
            typed(
                "Seven suspects were arrested, and 2 315 migrants were identified; they paid as much as EUR 2,000 each."
            ),
            ["Arrests 7 exact [Seven]", "MigrantsIdentified 2315 exact [2 315]", "Amount 2000 as much as [2,000]",]
        );
        let text = "the seizure of 320,000 dinars (USD 2,400)";
        let seized = SentenceNumbers::read(text, 0..text.len()).figures();
        assert_eq!(seized.iter().map(|f| f.currency.as_deref()).collect::<Vec<_>>(), [Some("dinars"), Some("USD")]);
    }

    #[test]
    fn leaves_unclear_numbers_out() {
        assert!(typed("A 34-year old man smuggled 70 migrants into the United States in 2020.").is_empty());
        assert!(typed("Two subjects of INTERPOL Red Notices were seen.").is_empty());
        assert!(typed("More than 30 of the arrests were tied to sexual exploitation.").is_empty());
    }

    #[test]
    fn counts_participants_but_not_origins_or_members() {
        let count = |text: &str| SentenceNumbers::read(text, 0..text.len()).country_count().map(|(n, _)| n);
        assert_eq!(count("carried out across 116 countries and territories."), Some(116));
        assert_eq!(count("Law enforcement officials from 47 countries participated."), Some(47));
        assert_eq!(count("some 800 irregular migrants from 30 different countries."), None);
        assert_eq!(count("migrants from 58 countries were identified."), None);
        assert_eq!(count("INTERPOL's 194 member countries."), None);
    }

    #[test]
    fn reads_stated_durations() {
        let days = |text: &str| SentenceNumbers::read(text, 0..text.len()).duration();
        assert_eq!(days("Over only 5 days, this operation led to 152 arrests."), Some(5));
        assert_eq!(days("a five-day snapshot"), Some(5));
        assert_eq!(days("a four-hour car journey"), None);
    }
}
