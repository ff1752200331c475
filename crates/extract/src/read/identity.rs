//! Which operation a release reports, and which others it names in passing.
//!
//! An operation is its series, its edition and the year in its name: "Kestrel 2" and
//! "Kestrel 3" are two operations, and so are "Blue Harbour 2023" and "Blue Harbour 2024".
//! The release reports the one it names most often; the series named alone ("Operation
//! Kestrel") is the reported edition when the release names only one edition of it.

use std::sync::LazyLock;

use explorer_model::text::{fold, slug};
use regex::Regex;

use crate::annotate::operation_names::OperationName;
use crate::doc::Doc;
use crate::phrases::any_of;
use crate::read::action::whole_words;

/// An operation as a release names it, and every place it does.
#[derive(Debug, Clone)]
pub struct NamedOperation<'d> {
    /// The fullest mention: with its edition or year when any mention has them.
    pub name: &'d OperationName,
    /// Each mention with the index of its sentence in [`Doc::sentences`], in reading order.
    pub mentions: Vec<(usize, &'d OperationName)>,
}

impl NamedOperation<'_> {
    /// Indices of the sentences that name it, in reading order, without repeats.
    pub fn sentences(&self) -> Vec<usize> {
        let mut indices: Vec<usize> = self.mentions.iter().map(|(i, _)| *i).collect();
        indices.dedup();
        indices
    }
}

/// The operation a release reports, if any, and the others it names.
#[derive(Debug, Default)]
pub struct Identities<'d> {
    pub reported: Option<NamedOperation<'d>>,
    /// Whether the release is about the reported operation throughout, rather than telling
    /// of it in one passage ("the course draws on 2022's Operation Coastal Ember, during
    /// which police identified 150 victims").
    pub subject: bool,
    pub mentioned: Vec<NamedOperation<'d>>,
}

/// Words that introduce the name of what a release tells of: "The action, known as
/// Operation Thistle Lock", "an operation codenamed ORCA", "police named it Operation Kite".
const NAMING_WORDS: &[&str] = &[
    "known as",
    "codenamed",
    "code-named",
    "code named",
    "dubbed",
    // "the sweep, tagged 'Operation X'", as some papers write it.
    "tagged",
    "nicknamed",
    "called",
    "named",
    "named it",
    "dubbed it",
    "called it",
];

/// Words for an operation in a release's first paragraph.
const OPERATION_WORDS: &[&str] = &[
    "operation",
    "action",
    "crackdown",
    // "a drive to crack down on fraud ended with 900 arrests".
    "crack down",
    "cracked down",
    "raid",
    "swoop",
    "sweep",
    "blitz",
    "operación",
    "operativo",
    "operação",
    "operazione",
    "opération",
];

static ANY_OPERATION_WORDS: LazyLock<Regex> = LazyLock::new(|| any_of(OPERATION_WORDS));

/// Words for an operation in a headline, as whole words: "INTERPOL cracks down on ...",
/// "Frontex operation results in 108 arrests".
const HEADLINE_OPERATION_WORDS: &[&str] = &[
    "operation",
    "crackdown",
    "cracks down",
    "crack down",
    "raids",
    "sting",
    "sweep",
    "swoop",
    "blitz",
    "action days",
    "action week",
    "operación",
    "operação",
    "operazione",
    "operativo",
    "opération",
];

/// Words before a series named alone that make it an earlier edition: "the first Operation
/// Harrowgate (2021)".
const EARLIER_WORDS: &[&str] = &[
    "first",
    "previous",
    "earlier",
    "original",
    "inaugural",
    "last year's",
    "last year’s",
    // "the follow-up to Operation Harrowgate in April", "it follows Operation Harrowgate".
    "follow-up to",
    "follow up to",
    "follows",
    "followed",
];

/// Series (folded), edition and year: what tells two operations apart.
type Identity = (String, Option<u32>, Option<i32>);

fn identity(name: &OperationName) -> Identity {
    (fold(&name.series), name.edition, name.year)
}

fn is_bare(name: &OperationName) -> bool {
    name.edition.is_none() && name.year.is_none()
}

/// Whether a release is about an operation throughout: it names it more than once; or in
/// its headline or first paragraph; or as the subject of a sentence ("Operation Lotus Shield
/// III was carried out ..."); or as the name of what it tells of ("known as"); or its first
/// paragraph tells of an operation without naming it ("More than 500 arrests were made in a
/// Europe-wide action").
fn is_subject(doc: &Doc, named: &NamedOperation) -> bool {
    let lead_end = lead_end(doc);
    // The words looked for are in ASCII.
    let lead_tells_of_an_operation = || {
        doc.sentences[..lead_end].iter().any(|s| {
            let lower = s.lower();
            if s.is_body() {
                ANY_OPERATION_WORDS.is_match(lower)
            } else {
                HEADLINE_OPERATION_WORDS.iter().any(|words| whole_words(lower, words).is_some())
            }
        })
    };
    named.mentions.len() > 1
        || lead_tells_of_an_operation()
        || named.mentions.iter().any(|&(i, mention)| {
            let before = doc.text[doc.sentences[i].span.start..mention.span.start].trim_end().to_lowercase();
            // "known as “Operation United Front”": the quotation mark that opens the name.
            let before = before.trim_end_matches(['"', '“', '‘', '\'']).trim_end();
            // "The fourth edition of the Coastal Sweep Action (CSA 4) was ...": the subject is
            // an edition named by its long and short forms.
            let edition_subject = before.starts_with("the ") && before.contains(" edition of ");
            let sentence_subject = doc.sentences[i].is_body() && (matches!(before, "" | "the") || edition_subject);
            // "The investigation, named the Joint Action Days Tamis 4": a "the" between.
            let naming = before.strip_suffix(" the").unwrap_or(before);
            // "forces involved in Operation Desert Wind targeted ...": who acted in it.
            let acted_in = ACTED_IN_BEFORE_NAME.iter().chain(PART_OF_BEFORE_NAME).any(|words| before.ends_with(words))
                || PART_OF_IN_GERMAN.is_match(before);
            i < lead_end
                || sentence_subject
                || acted_in
                || DONE_IN_BEFORE_NAME.is_match(before)
                || NAMING_WORDS.iter().any(|words| naming.ends_with(words))
        })
}

/// Where the headline and first paragraph end, as an index into [`Doc::sentences`]: after
/// the first body sentence's line (a paragraph glued to the next one on the page is still
/// the first).
fn lead_end(doc: &Doc) -> usize {
    let Some(first) = doc.sentences.iter().find(|s| s.is_body()) else { return doc.sentences.len() };
    let line_end = doc.text[first.span.start..].find('\n').map_or(doc.text.len(), |at| first.span.start + at);
    doc.sentences.iter().position(|s| s.span.start >= line_end).unwrap_or(doc.sentences.len())
}

/// Whether a release tells anything of an operation it names: it is the release's subject,
/// or a number (not a year) or a date stands beside it. Otherwise it is named in passing.
fn reports(doc: &Doc, named: &NamedOperation) -> bool {
    is_subject(doc, named)
        || named.mentions.iter().any(|&(i, mention)| {
            let sentence = &doc.sentences[i];
            // "The sting known as “Operation United Front” took place overnight Thursday".
            let after = doc.text[mention.span.end..sentence.span.end].trim_start_matches(['"', '”', '’', '\'']);
            let told_as_run = RUN_AFTER_NAME.iter().any(|words| after.trim_start().starts_with(words));
            told_as_run
                || !sentence.dates.is_empty()
                || sentence.numbers.iter().any(|n| !mention.span.contains(&n.span.start) && !n.is_year(doc.text))
        })
}

/// Words right after a name that make it another action than the one a release reports: "in
/// May, an action called Hackathon was also organised".
const ANOTHER_AFTER_NAME: &[&str] = &["was also ", "were also ", "has also been ", "had also been "];

/// Words before a name that make it one of several operations the release tells of as a
/// whole: "The latest of these operations – Operation X – ended on Friday", "One of them,
/// Operation X, ...".
static ONE_OF_SEVERAL_BEFORE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bthe most recent|\bthe latest|\bone of (?:them|these|those|the)|\bamong them|\bfor (?:example|instance))\b[^.]{0,40}?[-–—,:]\s*$")
        .expect("valid regex")
});

/// Whether a release names an operation only as another action beside the one it tells of,
/// or as one of several it tells of as a whole.
fn told_as_another_action(doc: &Doc, named: &NamedOperation) -> bool {
    named.mentions.iter().all(|&(i, mention)| {
        let after = doc.text[mention.span.end..doc.sentences[i].span.end].trim_start();
        let before = &doc.text[doc.sentences[i].span.start..mention.span.start];
        ANOTHER_AFTER_NAME.iter().any(|words| after.starts_with(words)) || ONE_OF_SEVERAL_BEFORE_NAME.is_match(before)
    })
}

/// Words right before a name that say who took part in it, as a release tells the one it is
/// about: "officers involved in Operation X", "countries taking part in Operation X".
const ACTED_IN_BEFORE_NAME: &[&str] = &["involved in", "took part in", "taking part in", "participated in"];

/// Words right before a name that say a deed was done in it, as a release tells the deeds of
/// the one it is about: "the women were saved in Operation X", "seized during Operation X",
/// "arrested under Operation X", "held during the ‘Op X’ raid".
static DONE_IN_BEFORE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?:was|were|been) (?:[a-z]+ly )?[a-z]+(?:ed|en) in|\bduring|\bunder)(?: the)?$")
        .expect("valid regex")
});

/// Words right before a name that make what the release tells a part of it: "the searches
/// marked the culmination of Operation X", "arrested as part of Operation X".
const PART_OF_BEFORE_NAME: &[&str] = &["culmination of", "part of"];

/// German's "part of", with the words that describe the operation between: "waren Teil der
/// vom Zoll geführten Kontrolloperation X".
static PART_OF_IN_GERMAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bteil (?:der|des)(?: [^ .]+){0,5} ?[^ .]*$").expect("valid regex"));

/// Words right after a name that say the operation ran, as a release tells the one it reports.
const RUN_AFTER_NAME: &[&str] = &["took place", "was carried out", "was conducted", "was held", "ran from", "ran in"];

/// Whether a mention of a series alone speaks of an earlier edition ("the first Operation
/// Harrowgate").
fn names_an_earlier_edition(doc: &Doc, sentence: usize, mention: &OperationName) -> bool {
    let before = doc.text[doc.sentences[sentence].span.start..mention.span.start].trim_end().to_lowercase();
    EARLIER_WORDS.iter().any(|words| before.ends_with(words))
}

/// Words right before an operation's name that make it the frame another action ran in.
const FRAMES: [&str; 3] = ["under the umbrella of", "within the framework of", "in the framework of"];

/// Whether the words before a mention (in sentence `i`) name it as a frame, with "Joint" or
/// "Operation" between: "within the framework of Joint Operation Harbour 2020".
fn names_a_frame(doc: &Doc, i: usize, name: &OperationName) -> bool {
    let sentence = &doc.sentences[i];
    let before = doc.text[sentence.span.start..name.span.start].trim_end().to_ascii_lowercase();
    let before = before.strip_suffix("joint").map_or(before.as_str(), str::trim_end);
    FRAMES.iter().any(|frame| before.ends_with(frame))
}

pub fn identities<'d>(doc: &'d Doc<'_>) -> Identities<'d> {
    let mut groups: Vec<NamedOperation> = Vec::new();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        for name in &sentence.operations {
            match groups.iter_mut().find(|g| identity(g.name) == identity(name)) {
                Some(group) => group.mentions.push((i, name)),
                None => groups.push(NamedOperation { name, mentions: vec![(i, name)] }),
            }
        }
    }
    // The most named; on a tie, one not named only as the frame another ran in ("officers
    // sent within the framework of Joint Operation Harbour 2020 helped"), then the
    // earliest (max_by_key keeps the last maximum).
    let framing = |g: &NamedOperation| g.mentions.iter().all(|&(i, name)| names_a_frame(doc, i, name));
    let Some(reported) = (0..groups.len()).rev().max_by_key(|&i| (groups[i].mentions.len(), !framing(&groups[i])))
    else {
        return Identities::default();
    };
    let mut reported = groups.remove(reported);
    let series_of = |g: &NamedOperation| fold(&g.name.series);
    if is_bare(reported.name) {
        // "Operation Kestrel" most often, "Operation Kestrel 3" once: the release is about
        // Kestrel 3. Where it names several editions, it is about the one its headline or
        // first paragraph names, if that is one.
        // "Operation Kestrel" and "Operation Kestrel East Africa 2023": an edition may add a
        // region to the series' name as well as a year or a number.
        let bare_series = series_of(&reported);
        let of_the_series = |g: &NamedOperation| {
            let series = series_of(g);
            series == bare_series
                || !is_bare(g.name)
                    && series.strip_prefix(bare_series.as_str()).is_some_and(|rest| rest.starts_with(' '))
        };
        let editions: Vec<usize> = (0..groups.len()).filter(|&i| of_the_series(&groups[i])).collect();
        let lead_end = lead_end(doc);
        let in_lead: Vec<usize> =
            editions.iter().copied().filter(|&i| groups[i].mentions.iter().any(|(s, _)| *s < lead_end)).collect();
        let chosen = match (editions.as_slice(), in_lead.as_slice()) {
            ([only], _) | (_, [only]) => Some(*only),
            _ => None,
        };
        if let Some(chosen) = chosen {
            let edition = groups.remove(chosen);
            reported.name = edition.name;
            reported.mentions.extend(edition.mentions);
        }
    }
    // A series named alone where an edition of it is named too is that series or that
    // edition, never an operation of its own.
    let with_edition: Vec<String> =
        groups.iter().chain(std::iter::once(&reported)).filter(|g| !is_bare(g.name)).map(series_of).collect();
    let mut mentioned = Vec::new();
    for group in groups {
        let series = series_of(&group);
        let earlier = group.mentions.iter().all(|&(i, mention)| names_an_earlier_edition(doc, i, mention));
        let (_, edition, year) = identity(group.name);
        let misspelt = (edition, year) == (reported.name.edition, reported.name.year)
            && is_misspelling(&series, &series_of(&reported));
        if misspelt {
            reported.mentions.extend(group.mentions);
        } else if !is_bare(group.name) || earlier {
            mentioned.push(group);
        } else if series == series_of(&reported) {
            reported.mentions.extend(group.mentions);
        } else if !with_edition.contains(&series) {
            mentioned.push(group);
        }
    }
    reported.mentions.sort_by_key(|(i, name)| (*i, name.span.start));
    if !reports(doc, &reported) || told_as_another_action(doc, &reported) {
        mentioned.insert(0, reported);
        return Identities { reported: None, subject: false, mentioned };
    }
    Identities { subject: is_subject(doc, &reported), reported: Some(reported), mentioned }
}

/// A series shorter than this may be another name one letter away ("Weka", "Wika").
const MIN_MISSPELT_LETTERS: usize = 6;

/// Whether one series (folded) is the other misspelt, as a release that names its
/// operation a few times may once: a letter added, dropped or changed, or two swapped
/// ("Kestrel", "Kesterl"). Shorter names one letter apart are more likely two names.
fn is_misspelling(one: &str, other: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (one.chars().collect(), other.chars().collect());
    a != b && a.len().min(b.len()) >= MIN_MISSPELT_LETTERS && edits(&a, &b) == 1
}

/// How many letters must be added, dropped, changed or swapped with the next to make `a`
/// into `b`.
fn edits(a: &[char], b: &[char]) -> usize {
    // rows[i][j]: edits from a's first i letters to b's first j.
    let mut rows = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let changed = rows[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = changed.min(rows[i - 1][j] + 1).min(rows[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// Series "Turquesa", edition 2, in 2020 → `turquesa-ii-2020`: lower-case ASCII words joined
/// by hyphens, the edition always as a Roman numeral, so that "Kestrel 2" and "Kestrel II"
/// are one operation, and the year, so that editions of other years are others.
pub fn operation_id(series: &str, edition: Option<u32>, year: Option<i32>) -> String {
    let mut id = slug(series);
    if let Some(edition) = edition {
        id.push('-');
        id.push_str(&to_roman(edition).to_lowercase());
    }
    if let Some(year) = year {
        id.push_str(&format!("-{year}"));
    }
    id
}

/// 2 → "II": editions as INTERPOL numbers them, for ids.
pub fn to_roman(mut number: u32) -> String {
    const STEPS: [(u32, &str); 9] =
        [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut roman = String::new();
    for (value, letters) in STEPS {
        while number >= value {
            roman.push_str(letters);
            number -= value;
        }
    }
    roman
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::country_index::CountryIndex;
    use crate::annotate::dates::NumericOrder;

    /// The reported operation's name and the names of those mentioned.
    fn named(text: &str) -> (Option<String>, Vec<String>) {
        let doc = Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst);
        let found = identities(&doc);
        (found.reported.map(|r| r.name.name()), found.mentioned.iter().map(|m| m.name.name()).collect())
    }

    fn names(reported: Option<&str>, mentioned: &[&str]) -> (Option<String>, Vec<String>) {
        (reported.map(str::to_string), mentioned.iter().map(|m| m.to_string()).collect())
    }

    #[test]
    fn makes_ids_from_series_edition_and_year() {
        assert_eq!(operation_id("Turquesa", Some(2), Some(2020)), "turquesa-ii-2020");
        assert_eq!(operation_id("Liberterra", None, None), "liberterra");
        assert_eq!(operation_id("Sandpiper", Some(49), Some(2024)), "sandpiper-xlix-2024");
        assert_eq!(operation_id("Blue Harbour", None, Some(2023)), "blue-harbour-2023");
    }

    #[test]
    fn the_most_named_operation_is_reported() {
        let text = "Operation Weka II ran. Since Operation Weka I (2021), and Operation Weka II again. \
                    The Operation Coordination Unit helped.";
        assert_eq!(named(text), names(Some("Weka II"), &["Weka I"]));
        assert_eq!(named("The operation was led by police."), names(None, &[]));
        // Named as often as another, an operation named only as the frame it ran in is not.
        let text = "Officers sent within the framework of Joint Operation Harbour 2020 helped. The week of \
                    checks, dubbed Operation Kestrel 3, ended.";
        assert_eq!(named(text), names(Some("Kestrel 3"), &["Harbour 2020"]));
    }

    #[test]
    fn a_passing_mention_is_not_a_report() {
        let text = "Police trainers met in Lyon.\n\nThe course drew on lessons from Operation Kestrel 2 (2023).";
        assert_eq!(named(text), names(None, &["Kestrel 2"]));
        // Another action beside the one the release tells of, though its lead tells of one.
        let text = "In an operation coordinated by Europol, officers checked 900 farms.\n\n\
                    In April 2023, an online action called Harvest Net was also organised.";
        assert_eq!(named(text), names(None, &["Harvest Net"]));
        // One of several operations the release tells of as a whole.
        let text = "Police arrested 80 people in a month of raids on gangs.\n\nThe latest of these raids – \
                    Operation Kestrel – ended on Friday with six arrests.";
        assert_eq!(named(text), names(None, &["Kestrel"]));
        // An operation said to have taken place is reported, with no number or date beside it.
        let text = "A raid freed victims.\n\nThe sting known as “Operation Kestrel” took place overnight.";
        assert_eq!(named(text), names(Some("Kestrel"), &[]));
        // A French lead that tells of an "opération", named later.
        let text = "Suspects arrêtés\n\nUne opération internationale a conduit à arrêter 180 suspects.\n\nCette \
                    action, baptisée « Arc Sud », visait des réseaux.";
        assert_eq!(named(text), names(Some("Arc Sud"), &[]));
        // Or said to be the name the police gave what the release tells of.
        let text = "Hostages freed\n\nStudents were freed as police held five men.\n\nThe police named it \
                    Operation Kite after the street where the house stood.";
        assert_eq!(named(text), names(Some("Kite"), &[]));
        // Or said to be what the release's action was part of.
        let text = "Drugs found\n\nSix men are in court after police searched nine homes.\n\nThe searches were \
                    the culmination of Operation Tamarisk, a long inquiry.";
        assert_eq!(named(text), names(Some("Tamarisk"), &[]));
    }

    #[test]
    fn a_release_is_about_what_its_headline_or_naming_words_tell_of() {
        let subject = |text: &str| identities(&Doc::new(text, CountryIndex::shared(), NumericOrder::DayFirst)).subject;
        // The headline tells of an operation, the name comes later.
        assert!(subject(
            "Police crack down on phishing rings\n\nOfficers of 30 countries joined forces.\n\nThe work was \
             done during Operation Larkspur, led by INTERPOL."
        ));
        // The lead's deed told as done in the operation, named later.
        assert!(subject(
            "Police rescued 11 women in a port town.\n\nThe women were saved in Operation Larkspur, a police \
             chief said."
        ));
        assert!(subject("Police seized 40 parrots at a market.\n\nThe birds were found during Operation Larkspur."));
        assert!(subject(
            "Police seized 40 parrots at a market.\n\nThe birds were found during the ‘Op Larkspur’ raid."
        ));
        // A lead that tells of efforts to crack down, the name in quotes after "conducted".
        assert!(subject(
            "The agency said a drive to crack down on fraud ended with 900 arrests.\n\nThe agency \
             conducted \"Operation Larkspur\" from June to May."
        ));
        // A swoop in the headline, or in the lead, named two paragraphs on.
        assert!(subject(
            "Over 100 held in Euro-wide swoop\n\nPolice have arrested 120 suspects.\n\nThe gangs ran \
             fraud.\n\nCarried out by 900 officers in May, Operation Larkspur was large."
        ));
        assert!(subject(
            "Over 100 held\n\nPolice have arrested 120 suspects in a swoop on gangs.\n\nThe gangs ran \
             fraud.\n\nCarried out by 900 officers in May, Operation Larkspur was large."
        ));
        // Named after "tagged", with no word of an operation before it.
        assert!(subject(
            "By a reporter\n\nPolice have arrested 12 suspects.\n\nDuring the sweep, tagged 'Operation Larkspur', \
             officers freed 30 people."
        ));
        // Named after "named the".
        assert!(subject(
            "Border checks end\n\nSmugglers were held in a week of checks.\n\nThe effort, named the Joint \
             Action Days Tamis 4, was led by Frontex."
        ));
        // Named in quotes after "known as".
        assert!(subject(
            "Forty freed\n\nAgencies of 12 states freed 40 people.\n\nThe sting known as “Operation Kestrel” \
             was led by the state police."
        ));
        // A credit line in brackets above the lead is no paragraph: the lead after it tells
        // of an operation, which the release names later beside another.
        let credited = "(@newsdesk)\n\nPolice recovered 9,000 stolen fossils in a worldwide operation.\n\n\
                        The haul came from Operation Hermes III, a WCO effort, which ran alongside \
                        Operation Minerva IV, coordinated by Europol.";
        assert_eq!(named(credited), names(Some("Hermes III"), &["Minerva IV"]));
        // A lead in Spanish that tells of an operation, named later.
        assert!(subject(
            "Cuarenta detenidos en el puerto\n\nUna operación policial terminó con 40 detenidos.\n\nSegún la \
             policía, la operación Cóndor II fue coordinada desde Lima."
        ));
        // "operativo", as Latin American press calls a police operation.
        assert!(subject(
            "Un megaoperativo en la frontera dejó 300 detenidos.\n\nPara la operación Cóndor IV se \
             movilizaron miles de agentes."
        ));
        // The subject an edition, by its long name and its short one in capitals.
        let edition = "Banks join police against fraud\n\nForces of 19 countries joined hands with banks.\n\n\
                       The sixth edition of the Coastal Fraud Sweep (CAFS 6) drew on the banks' own alerts.";
        assert_eq!(named(edition), names(Some("Cafs 6"), &[]));
        // A headline on something else, and a name in passing.
        assert!(!subject(
            "Trainers meet in Lyon\n\nPolice trainers met for a week.\n\nThe course drew on Operation \
             Kestrel 2 (2023), which saw 40 arrests."
        ));
        // "operation" inside a word of the headline tells of none.
        assert!(!subject(
            "Cooperation grows in Lyon\n\nPolice trainers met for a week.\n\nThe course drew on Operation \
             Kestrel 2 (2023), which saw 40 arrests."
        ));
    }

    #[test]
    fn a_misspelt_repeat_of_the_name_is_the_same_operation() {
        let text = "Operation MARROWFIELD-III closed 40 sites. Operation MARROWFEILD-III ran in June. \
                    Operation MARROWFIELD-III ended.";
        assert_eq!(named(text), names(Some("Marrowfield III"), &[]));
        // Another edition, or a short name one letter away, is another operation.
        let other_edition = "Operation Marrowfield III closed 40 sites. It followed Operation Marrowfeild II (2021). \
                             Operation Marrowfield III ended.";
        assert_eq!(named(other_edition), names(Some("Marrowfield III"), &["Marrowfeild II"]));
        let short = "Operation Lark II closed 40 sites. It followed Operation Lurk II. Operation Lark II ended.";
        assert_eq!(named(short), names(Some("Lark II"), &["Lurk II"]));
    }

    #[test]
    fn tells_a_misspelling_from_another_name() {
        for (one, other) in [
            ("kestrel", "kesterl"),
            ("marrowfield", "marrowfeild"),
            ("haechi", "haeichi"),
            ("kestrel", "kestrels"),
            ("kestrel", "kestral"),
        ] {
            assert!(is_misspelling(one, other), "{one} {other}");
        }
        for (one, other) in [
            ("kestrel", "kestrel"),
            ("kestrel", "kettle"),
            ("lark", "lurk"),
            ("harbour", "harvest"),
            ("kestrel", "kestrelbay"),
        ] {
            assert!(!is_misspelling(one, other), "{one} {other}");
        }
    }

    #[test]
    fn the_series_named_alone_is_its_only_edition() {
        let text = "Operation Kestrel 3 (2 - 6 May) ran. Operation Kestrel brought police together. \
                    Operation Kestrel led to 40 arrests.";
        assert_eq!(named(text), names(Some("Kestrel 3"), &[]));
        let two = "Operation Kestrel 3 (2 - 6 May) led to 40 arrests. It followed Operation Kestrel 2 (2023). \
                   Operation Kestrel 3 rescued 10 victims. Operation Kestrel is held every year.";
        assert_eq!(named(two), names(Some("Kestrel 3"), &["Kestrel 2"]));
        // The headline names the series, the first paragraph the edition, a later one another.
        let headline = "Third edition of Operation Kestrel\n\nTHE HAGUE – Police arrested 40 suspects during \
                        Operation Kestrel III.\n\nThe series began with Operation Kestrel I (2021).";
        assert_eq!(named(headline), names(Some("Kestrel III"), &["Kestrel I"]));
        // An edition that adds a region to the series' name.
        let region = "Operation Kestrel targets ports\n\nOperation Kestrel led to 40 arrests. From 2 to 6 May, \
                      Operation Kestrel East Africa 2023 brought police from 9 countries together.";
        assert_eq!(named(region), names(Some("Kestrel East Africa 2023"), &[]));
    }

    #[test]
    fn a_phrase_named_once_with_its_year_is_the_name_where_it_stands_without() {
        let text = "Police launched Operation Close the Gate between May and June. Operation Close the Gate \
                    2024 involved 9 countries.";
        assert_eq!(named(text), names(Some("Close the Gate 2024"), &[]));
        // Only where the rest of the phrase follows.
        let other = format!("{text} Operation Close the Door ran later.");
        assert_eq!(named(&other), names(Some("Close the Gate 2024"), &["Close"]));
    }
}
