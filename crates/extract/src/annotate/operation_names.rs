//! Operation names: "Operation Blue Harbour", "Operation SEA-LINK", operation “NORTHWIND”,
//! ‘Eagle Eye’ after "operation", "codenamed X", "dubbed X", with an edition ("II", "3",
//! "Kestrel-2") or a year ("Blue Harbour 2023") that is part of the name; joint action days
//! named after a place ("Joint Action Days Danube", "JAD Mobile 2"). Words after "Operation"
//! that are no name ("Operation Coordination Unit", "operational") are not names.
//!
//! Where the text is unclear the recogniser reads nothing rather than a wrong name: a
//! capitalised word after a lower-case "operation" may be the first word of a glued
//! sentence ("during the operation Police arrested"), so it is read only in capitals, in
//! quotation marks, with an edition, or before a mark or a small linking word when it names
//! no body, country or officers; and a run of more than four capitalised words is a heading
//! in title case, whose name cannot be told from the rest.

use std::collections::HashSet;
use std::ops::{Range, RangeInclusive};
use std::sync::LazyLock;

use explorer_model::text::first_bytes;
use regex::Regex;

use crate::annotate::country_index::CountryIndex;
use crate::phrases::any_of;

/// One place where the text names an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationName {
    /// The whole mention as written, "Operation" and quotation marks included. After
    /// "codenamed", "dubbed", "named", "called" or "known as", which are no part of a name, it is the
    /// name alone (“Silver Net”); after "Joint Action Days" or "JAD", which are, it starts
    /// with them.
    pub span: Range<usize>,
    /// The name without edition or year, each word capitalised as a name is when the text
    /// writes it all in capitals ("SEA-LINK" → "Sea-Link"), otherwise as written. A name of
    /// one word of at most three capitals stays in capitals ("BOA"): it is likelier an
    /// acronym than a word.
    pub series: String,
    /// The edition as a number: "II" → 2, "3" → 3, "Kestrel-2" → 2.
    pub edition: Option<u32>,
    /// The edition as written ("II", "3"), to show the name as its publisher does.
    pub edition_written: Option<String>,
    /// A year that is part of the name ("Blue Harbour 2023").
    pub year: Option<i32>,
}

impl OperationName {
    /// The name to show: series, then edition or year as written ("Blue Harbour III",
    /// "Kestrel 2", "Blue Harbour 2023").
    pub fn name(&self) -> String {
        let mut name = self.series.clone();
        if let Some(edition) = &self.edition_written {
            name.push(' ');
            name.push_str(edition);
        }
        if let Some(year) = self.year {
            name.push_str(&format!(" {year}"));
        }
        name
    }
}

/// Text that every cue contains.
const CUE_FRAGMENTS: &[&str] = &[
    "peration",
    "OPERATION",
    "Op ",
    "Ops ",
    "named",
    "odename",
    "ode name",
    "ode-name",
    "dubbed",
    "called",
    "Called",
    "Named",
    "Dubbed",
    "known as",
    "titled",
    "coded",
    "ction Day",
    "ction day",
    "JAD",
    "Jads",
    "Project ",
    // "Operación", "Operação", "Operazione", "Opération"; "denominada", "llamada", "bautizada".
    "peraci",
    "perativo",
    "p\u{e9}ration",
    "pera\u{e7}",
    "perazion",
    "denominad",
    "llamad",
    "bautizad",
    "intitulad",
    "baptis",
    "nomm\u{e9}e",
    "nom de code",
];

static ANY_CUE_FRAGMENT: LazyLock<Regex> = LazyLock::new(|| any_of(CUE_FRAGMENTS));

/// The words a name follows. Word boundaries are checked by [`stands_alone`] rather than with
/// `\b`, which makes a regex slow on text with curly quotes (see [`crate::annotate`]).
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        concat!(
            // Spanish, Portuguese, Italian and French first: "Op" would take their first letters.
            r"[Oo]peraci[óo]n|[Oo]pera[çc][ãa]o|[Oo]perazione|[Oo]pération|operativo|denominad[ao]|llamad[ao]|bautizad[ao]|intitulad[ao]",
            r"|baptisée?|dénommée?|nom de code",
            r"|[Oo]peration|OPERATION|Ops|Op|Project|[Cc]ode[- ]?named?|coded|dubbed|named|called|Called|Named|Dubbed|known as|titled",
            r"|[Jj]oint [Aa]ction [Dd]ays?|JADs|Jads|JAD|action days?",
        ),
    )
    .expect("valid regex")
});

/// A run of more capitalised words than this after "Operation" is a title-case heading.
const MAX_NAME_WORDS: usize = 4;

/// Quotation marks delimit a name, so it may be longer, and hold lower-case words.
const MAX_QUOTED_WORDS: usize = 6;

/// Four digits after a name are its year when they can be one ("Liberterra 2024").
const YEARS_IN_NAMES: RangeInclusive<u32> = 1990..=2099;

// Word lists are written a group to a line, words separated by spaces, and read by
// [`is_listed`] regardless of case.

/// Capitalised words that are never part of a name: words that start the next clause, what
/// an operation has ("Operation Coordination Unit", "Operation Support", "Phase II"),
/// headline verbs ("Operation Weka Rescues 700"), and organisations and countries written in
/// capitals, which a lower-case "operation" often precedes in glued text.
const NOT_NAME_WORDS: &[&str] = &[
    // Articles, pronouns, prepositions and conjunctions.
    "A An The This That These Those Its Their Our It They We Which Who Where When While",
    "In On At Of And Or But With Without During Across For From To By As Since After Before Between Under Into",
    "Through Throughout Against Via",
    // Verbs.
    "Is Are Was Were Be Been Has Have Had Will Would Can Could Saw Sees Led Leads Ran Runs Took Takes",
    "Rescues Rescued Targets Targeted Nets Netted Hits Identifies Identified Arrests Arrested Uncovers Uncovered",
    "Seizes Seized Dismantles Dismantled Reveals Revealed Shows Showed Brings Yields Yielded Ended Ends Began Begins",
    "Concluded Conducted Coordinated Involved Involving Included Including Launched Supported",
    "Involves Involve Takes Spans Covers Frees Saves Finds Stops Busts Smashes Disrupts Exposes Catches Intercepts",
    "Recovers Removes Sweeps Strikes Tackles Shuts Closes Snares Nabs Hauls Concludes Wraps Unites Returns",
    "Combats Fights Hunts Unraveled Unravelled Unravels Foiled Foils Busted",
    "Resulted Resulting Produced Produces Achieved Achieves",
    // A headline's participles: "Smuggling Operation Shut Down in Port", "Guns Found in
    // Operation Held at Nine Ports".
    "Shut Completed Smashed Halted Carried Held Mounted Staged Executed Performed",
    // Parts and stages of an operation.
    "Operation Operations Operational Action Actions Coordination Centre Center Centres Centers Support Unit Units",
    "Command",
    "Room Rooms Headquarters Desk Cell Team Teams Phase Week Day Days Highlights Results",
    // A news page's subheadings: "Operation Details", "Operation Overview".
    "Details Overview Summary Outcome Outcomes Background Timeline",
    // Gatherings about an operation: "Operation Batho Workshop", "Operation Kestrel Review Meeting".
    "Workshop Workshops Meeting Meetings Conference Seminar Debriefing Review",
    // Parts of a text and ranks, which a numeral follows as an edition follows a name ("ANNEX II").
    "Annex Appendix Article Part Chapter Section Title Volume Schedule Tier Level Stage Grade Category Class Type",
];

/// Organisations and countries as written in capitals, and "COVID" of "COVID-19": never a word
/// of a name, even after a name in capitals.
const BODIES_IN_CAPITALS: &[&str] =
    &["INTERPOL Europol Eurojust UNODC IOM Frontex AFRIPOL AMERIPOL ASEANAPOL EMPACT SELEC EU UN US USA UK UAE COVID"];

/// A month after a name dates it ("Operation Harbour June 2023"), and so does its short form
/// ("Operation Harbour on Oct 10"); "Mar" is left out, a word of names in Spanish.
const MONTHS: &[&str] = &[
    "January February March April May June July August September October November December",
    "Jan Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec",
];

/// Words after a number that make it a count, not an edition ("Operation Harbour 12
/// suspects").
const COUNTED_WORDS: &[&str] = &[
    "arrests arrested suspects victims migrants people persons individuals countries children women men officers",
    "cases days weeks months years hours hundred thousand million billion percent per",
    "officials agents troops soldiers staff members personnel",
];

/// Capitalised words before "Operation" that say what kind of operation it is, not which:
/// "the Joint Operation", "the Regional Operation".
const KIND_WORDS: &[&str] = &[
    "Joint Regional International Global National Special Major Police Customs Military Combined Multinational",
    "Coordinated Cross-Border Transnational European African American Asian Continental Worldwide Nationwide",
    "First Second Third Last Latest Recent New Large Main Whole Entire Overall Covert Undercover Rescue Security",
    "Border Maritime Naval Air",
];

/// Ranks and posts, which a name followed by them is the title of: "Operation Vitreus
/// National Commander", "Operation Harbour Coordinator".
const RANK_WORDS: &[&str] =
    &["Commander Coordinator Director Chief Spokesperson Spokesman Spokeswoman Superintendent Lead Leader Manager"];

/// A name before "Operation" ("the Capirona Operation") has at most this many words.
const MAX_WORDS_BEFORE: usize = 3;

/// A name in capitals read without a cue ("MARLIN X") has at least this many letters: shorter
/// words in capitals are likelier acronyms of agencies or laws.
const MIN_CAPITALS_WITHOUT_CUE: usize = 4;

/// Words that join two numbers into a range ("Operation Harbour 3 to 7 June").
const RANGE_WORDS: &[&str] = &["to and until through"];

/// Small words that join the capitalised words of a name that begins with a number ("30
/// Days at Sea"); other names end before them ("Operation Weka in Spain").
const JOINING_WORDS: &[&str] = &["at of on"];

/// Small words that may join two capitalised words of a name after "Operation" when an edition
/// or year ends it ("Operation Mind the Gap 2021"): without that end, what follows the small
/// word is more often the next thing said ("Operation Weka of INTERPOL", "Operation Weka the
/// Police ...").
const JOINING_WORDS_BEFORE_A_SUFFIX: &[&str] = &["the of on at and"];

/// Small words of Spanish, Portuguese and Italian names that join two capitalised words
/// ("Operation Paso del Estrecho", "Operation Terra di Fuoco"): in an English sentence they
/// join nothing else.
const OTHER_LANGUAGES_JOINING_WORDS: &[&str] = &["de del da das dos di"];

/// Cues that may stand inside a name's quotation marks: Operation “codenamed Kestrel III”.
const QUOTED_CUES: &[&str] = &["codenamed", "code-named", "codename", "code-name", "dubbed"];

/// Words for an operation that "dubbed", "named" or "called" must follow for the name to be
/// an operation's ("an operation dubbed “Silver Net”"), not a gang's or a route's ("a gang
/// named “Black Axe”", "the so-called “Balkan route”").
const OPERATION_WORDS: &[&str] = &["operation operations action actions crackdown", OTHER_LANGUAGES_OPERATION[0]];

/// "Operation" in Spanish, Portuguese, Italian and French, as the cue finds it, and Latin
/// America's "operativo".
const OTHER_LANGUAGES_OPERATION: &[&str] = &["operación operacion operativo operação operacao operazione opération"];

/// Spanish words that stand before a noun, so before "operativo" where it is one.
const BEFORE_A_NOUN: &[&str] = &["el un del al en este ese dicho gran nuevo otro segundo primer tercer"];

/// Words in Spanish, Portuguese, Italian and French for the kind of an operation, which stand
/// between the word for it and its name: "operativo binacional Cóndor 12", "operação conjunta
/// Ágata", "l'opération internationale Récif".
const KINDS_OF_OPERATION: &[&str] = &[
    "binacional conjunta conjunto internacional regional nacional policial antidrogas transfronteriza",
    "internazionale congiunta internationale conjointe nationale régionale douanière",
];

/// Words that may stand between such a word and "dubbed" ("the operation, which was dubbed").
const LINKING_WORDS: &[&str] = &["which that was were is are been has had also"];

/// Words in the name of a body that runs actions, not a country or a person. After a lower-case
/// "operation", a run of capitalised words that ends with one names a body that acted in it
/// ("the operation Harbour Border Enforcement officers ..."), not the operation.
pub(crate) const BODY_WORDS: &[&str] = &[
    "Police",
    "Policía",
    "Polícia",
    "Polizei",
    "Gendarmerie",
    "Carabinieri",
    "Guard",
    "Guardia",
    "Agency",
    "Authority",
    "Office",
    "Service",
    "Directorate",
    "Enforcement",
    "Ministry",
    "Unit",
    "Force",
    "Forces",
    "Council",
    "Centre",
    "Center",
    "Bureau",
    "Department",
    "Command",
    "Customs",
    "Task",
    "Europol",
    "Frontex",
    "INTERPOL",
    "Eurojust",
];

/// Whether `word` is one of the words of `list`, regardless of case.
fn is_listed(list: &[&str], word: &str) -> bool {
    // Asked of many words against lists of dozens: the lines are cut at their spaces byte by
    // byte, where a search for the space would be set up again for every word of a line.
    let mut listed_words = list.iter().flat_map(|line| line.as_bytes().split(|&byte| byte == b' '));
    listed_words.any(|listed| listed.eq_ignore_ascii_case(word.as_bytes()))
}

/// Every operation name in `text[range]`, in order.
pub fn operation_names(text: &str, range: Range<usize>) -> Vec<OperationName> {
    let sentence = &text[range.clone()];
    let mut names: Vec<OperationName> = Vec::new();
    // Most sentences contain no cue: looking for its fragments costs less than the regex.
    if ANY_CUE_FRAGMENT.is_match(sentence) {
        for cue in CUE.find_iter(sentence) {
            // Mentions do not overlap: a cue inside a name already read (codenamed “Joint
            // operation SUNRISE”) starts none.
            let inside_previous = names.last().is_some_and(|name| cue.start() < name.span.end);
            if !inside_previous
                && (stands_alone(sentence, cue.range()) || ends_a_german_compound(sentence, cue.range()))
                && let Some(name) = name_after(text, sentence, cue.range())
            {
                // "Opération Régionale de l’ECOPOL contre les Faux Médicaments (OREFM)": the
                // name read stops short of a title its short name spells out, and the short
                // name names the operation ("Operation Coral Gate (OCG)" is read whole).
                let title_end = spelt_out_title_end(&sentence[cue.start()..]).map(|end| cue.start() + end);
                let short_of_a_title = Cue::of(cue.as_str()) == Cue::Operation
                    && title_end.is_some_and(|title_end| name.span.end < title_end);
                if !short_of_a_title {
                    names.push(name);
                }
            }
        }
    }
    // "the fourth in INTERPOL's 'Turquesa' series": most sentences say no "series".
    if sentence.contains(" series")
        && let Some(counted) = counted_edition(sentence)
        && !names.iter().any(|name| counted.span.start < name.span.end && name.span.start < counted.span.end)
    {
        names.push(counted);
    }
    let in_capitals: Vec<OperationName> = names_in_capitals(sentence)
        .into_iter()
        .filter(|found| !names.iter().any(|name| found.span.start < name.span.end && name.span.start < found.span.end))
        .collect();
    names.extend(in_capitals);
    names.sort_by_key(|name| name.span.start);
    let mut previous: Option<OperationName> = None;
    names.retain(|name| {
        let short = previous.as_ref().is_some_and(|long| is_short_form(sentence, long, name));
        previous = Some(name.clone());
        !short
    });
    for name in &mut names {
        name.span = name.span.start + range.start..name.span.end + range.start;
    }
    names
}

/// How far a title spelt out after its cue may run to the short name in brackets.
const SPELT_OUT_TITLE_BYTES: usize = 120;

/// Where a title spelt out from a cue ends (in `from_cue`, which runs from the cue to the
/// sentence's end), if its short name follows in brackets or quotation marks and the initials
/// of its capitalised words, the cue's with them, are the short name's letters: "Opération
/// Régionale de l’ECOPOL contre les Faux Médicaments (OREFM)", "... « OREFM »".
fn spelt_out_title_end(from_cue: &str) -> Option<usize> {
    let reach = first_bytes(from_cue, SPELT_OUT_TITLE_BYTES);
    let open = reach.find(['(', '«', '“'])?;
    let opening = reach[open..].chars().next()?;
    let after = open + opening.len_utf8();
    let close = from_cue[after..].find([')', '»', '”'])?;
    let short = from_cue[after..after + close].trim();
    let title = from_cue[..open].trim_end();
    let initials: String = title
        .split([' ', '’', '\'', '´', '-'])
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    (short.len() >= 3 && short.chars().all(|c| c.is_ascii_uppercase()) && initials == short).then_some(title.len())
}

/// Whether `short` is the short form in brackets right after `long`: "Joint Action Days South
/// East Europe (EMPACT JAD SEE)", the letters of its last words the initials of the other's.
fn is_short_form(sentence: &str, long: &OperationName, short: &OperationName) -> bool {
    let between = &sentence[long.span.end..short.span.start];
    let in_brackets = between.trim_start().starts_with('(') && !between.contains(')');
    let closes = sentence[short.span.end..].trim_start().starts_with(')');
    let (long_words, short_words): (Vec<&str>, Vec<&str>) =
        (long.series.split(' ').collect(), short.series.split(' ').collect());
    let shared = long_words.iter().zip(&short_words).take_while(|(a, b)| a == b).count();
    let initials: String =
        long_words[shared..].iter().filter_map(|word| word.chars().next()).collect::<String>().to_uppercase();
    let letters: String = short_words[shared..].concat().to_uppercase();
    in_brackets && closes && !letters.is_empty() && initials == letters && long.edition == short.edition
}

/// How a release may write again the series it named with a cue, to look for them with
/// [`editions_of_known_series`]: each as written and in capitals ("Bramble Key", "BRAMBLE
/// KEY"). Joint action days are named by their cue and place alone.
pub fn series_as_written(series: &[String]) -> Vec<String> {
    let mut forms: Vec<String> = Vec::new();
    for name in series.iter().filter(|name| !name.starts_with("Joint Action Day")) {
        forms.push(name.clone());
        forms.push(name.to_uppercase());
    }
    forms
}

/// Each series of `series`, in the forms [`series_as_written`] gives, named again in
/// `text[range]` with an edition or a year and no cue ("Bramble Key II", "Caduceus 4", "Red
/// Delta 2023"), outside the names already read there (`read`). The series come from names
/// read with a cue in the same release, so that a name is never taken from capitalised words
/// alone.
pub fn editions_of_known_series(
    text: &str,
    range: Range<usize>,
    series: &[String],
    read: &[OperationName],
) -> Vec<OperationName> {
    let sentence = &text[range.clone()];
    let mut names: Vec<OperationName> = Vec::new();
    // Every sentence is asked for every form, and most hold none: asking whether one is there
    // takes a quick scan, where going through its places first prepares a searcher.
    for written in series.iter().filter(|written| sentence.contains(written.as_str())) {
        for (at, _) in sentence.match_indices(written.as_str()) {
            let span = range.start + at..range.start + at + written.len();
            let overlaps = |other: &OperationName| other.span.start < span.end && span.start < other.span.end;
            if !stands_alone(sentence, at..at + written.len()) || read.iter().chain(&names).any(overlaps) {
                continue;
            }
            let Some(suffix) = suffix_after(sentence, at + written.len()) else { continue };
            let words = words_of(sentence, at..at + written.len());
            let end = suffix.span.end;
            let mut found = Reading { words, suffix: Some(suffix), end }.into_name(sentence, at);
            found.span = found.span.start + range.start..found.span.end + range.start;
            names.push(found);
        }
    }
    names
}

/// The series of `series` with small words inside ("Mind the Gap"), which
/// [`complete_phrase_names`] looks for.
pub fn phrase_series(series: &[String]) -> Vec<&String> {
    series
        .iter()
        .filter(|series| series.split(' ').any(|word| is_listed(JOINING_WORDS_BEFORE_A_SUFFIX, word)))
        .collect()
}

/// Completes each name of `names` that the text goes on to write as one of the longer
/// `phrases` ([`phrase_series`]): "Operation Mind the Gap between May and June" read as
/// "Mind", where the release also writes "Operation Mind the Gap 2021". Such a series is read
/// only before an edition or year (see [`unquoted_name`]), so a release that writes the year
/// once names the whole phrase everywhere.
pub fn complete_phrase_names(text: &str, names: &mut [OperationName], phrases: &[&String]) {
    for name in names.iter_mut().filter(|name| name.edition.is_none() && name.year.is_none()) {
        let rest = phrases.iter().find_map(|phrase| {
            let rest = phrase.strip_prefix(name.series.as_str())?.strip_prefix(' ')?;
            let after = &text[name.span.end..];
            let written = after.strip_prefix(' ')?.get(..rest.len())?;
            let ends = !after[1 + rest.len()..].starts_with(char::is_alphanumeric);
            (written == rest && ends).then_some((phrase, rest.len()))
        });
        if let Some((phrase, length)) = rest {
            name.span.end += 1 + length;
            name.series = phrase.to_string();
        }
    }
}

/// The words in `sentence[range]`, each a span: what stands between blanks, so that "A/P"
/// of "Action IPR A/P" is one word as it is one in the name.
fn words_of(sentence: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut at = range.start;
    for word in sentence[range.clone()].split(' ') {
        if !word.is_empty() {
            words.push(at..at + word.len());
        }
        at += word.len() + 1;
    }
    words
}

/// Words right after a name in capitals that say it is a programme or a project, not an
/// operation.
const PROGRAMME_WORDS: &[&str] = &[
    ", an initiative",
    ", a programme",
    ", a program",
    ", a project",
    ", an EU-funded",
    " programme",
    " program",
    " project",
    " initiative",
];

/// Names written in capitals with an edition and no cue: "took part in MARLIN X", "NEMO IV
/// ended". A word in capitals is a name only with an edition after it, and not in a heading
/// written in capitals, where every word is.
fn names_in_capitals(sentence: &str) -> Vec<OperationName> {
    let mut names = Vec::new();
    let mut at = 0;
    while let Some(offset) = next_word_in_capitals(&sentence[at..]) {
        let word = word_at(sentence, at + offset).expect("a word in capitals starts there");
        let written = &sentence[word.clone()];
        let in_capitals = written.bytes().all(|byte| byte.is_ascii_uppercase() || byte == b'-')
            && letter_count(written) >= MIN_CAPITALS_WITHOUT_CUE;
        // The edition first: most words in capitals have none, and the word lists cost more.
        let edition = in_capitals
            .then(|| suffix_after(sentence, word.end))
            .flatten()
            .filter(|suffix| matches!(suffix.value, SuffixValue::Edition(_)) && is_name_word(written));
        at = match edition {
            Some(suffix) => {
                let end = suffix.span.end;
                // "EL PACCTO 2.0, an initiative seeking ...": a programme, not an operation.
                let a_programme = PROGRAMME_WORDS.iter().any(|words| sentence[end..].starts_with(words));
                if !a_programme {
                    names.push(
                        Reading { words: vec![word.clone()], suffix: Some(suffix), end }
                            .into_name(sentence, word.start),
                    );
                }
                end
            }
            None => word.end,
        };
    }
    // "the Harbour Unit, AVSCU 12, RPCDW 12 and the town's police": short names that share one
    // number are units of one region, listed.
    let units_of_one_region = names.len() >= 2 && names.iter().all(|name| name.edition == names[0].edition);
    if !names.is_empty() && !units_of_one_region && !is_mostly_in_capitals(sentence) { names } else { Vec::new() }
}

/// Where the next word that starts with [`MIN_CAPITALS_WITHOUT_CUE`] ASCII capitals starts in
/// `text`: found by its bytes, so that the words between cost nothing.
fn next_word_in_capitals(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at + MIN_CAPITALS_WITHOUT_CUE <= bytes.len() {
        // A byte that is no capital rules out every start before it that would take it in:
        // looked for from the end, most are found at once and skip a whole run of starts.
        match bytes[at..at + MIN_CAPITALS_WITHOUT_CUE].iter().rposition(|byte| !byte.is_ascii_uppercase()) {
            Some(not_a_capital) => at += not_a_capital + 1,
            // An ASCII capital starts a character, so `at` is a character boundary there.
            None if !text[..at].chars().next_back().is_some_and(char::is_alphanumeric) => return Some(at),
            None => at += 1,
        }
    }
    None
}

/// Whether a sentence has no more lower-case letters than capitals, as a heading written in
/// capitals has.
fn is_mostly_in_capitals(sentence: &str) -> bool {
    let lower = sentence.chars().filter(|c| c.is_lowercase()).count();
    lower <= sentence.chars().filter(|c| c.is_uppercase()).count()
}

/// What a cue says about the name after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "Operation Blue Harbour".
    Operation,
    /// "operation TURQUESA": a capitalised word after it may start a glued sentence instead.
    LowerCaseOperation,
    /// "codenamed ORCA", "code-named Blue Wave".
    Codename,
    /// "an operation dubbed Silver Net".
    Dubbed,
    /// "an operation named “Silver Net”", "The operation, named Silent Meridian 2024": after
    /// a word for an operation, as "named" and "called" are followed by people, places and
    /// everything else.
    NamedOrCalled,
    /// "Called “Kestrel IV”, the operation ran ...": a name that opens the sentence, and names
    /// the operation the words after it speak of.
    NamedFirst,
    /// "Joint Action Days Danube", "JAD Mobile 2".
    ActionDays,
    /// A lower-case "action day" after a name with an edition: "the Sirocco-2 action day".
    ActionDayAfterName,
    /// "Project Kingfisher", as police forces in Canada name their investigations; not a
    /// body's project that funds or frames others' work ("INTERPOL's Project Stadia",
    /// "under the auspices of Project Flyway, funded by ...").
    Project,
}

impl Cue {
    /// The cue [`CUE`] found as `written`.
    fn of(written: &str) -> Cue {
        match written {
            // "Op Gelora Khas", "Ops Pintas", as police forces shorten it.
            // "OPERATION SILVER NET", as some police forces write it.
            "Operation" | "OPERATION" | "Op" | "Ops" => Cue::Operation,
            // Spanish, Portuguese, Italian and French write the word in lower case before a
            // name, and a word in capitals after it is the name's ("la operación Tormenta").
            _ if is_listed(OTHER_LANGUAGES_OPERATION, written) => Cue::Operation,
            "Project" => Cue::Project,
            "operation" => Cue::LowerCaseOperation,
            "dubbed" => Cue::Dubbed,
            // "the operation was coded Kestrel", as a news agency wrote it.
            "named" | "called" | "known as" | "titled" | "coded" => Cue::NamedOrCalled,
            "Called" | "Named" | "Dubbed" => Cue::NamedFirst,
            _ if is_other_language_naming(written) => Cue::NamedOrCalled,
            "action day" | "action days" => Cue::ActionDayAfterName,
            // French: "une action au nom de code Kestrel".
            _ if written.ends_with("named") || written.ends_with("name") || written == "nom de code" => Cue::Codename,
            _ => Cue::ActionDays,
        }
    }

    /// Whether the mention's span starts with the cue, which is part of how the name is said.
    fn starts_the_mention(self) -> bool {
        matches!(self, Cue::Operation | Cue::LowerCaseOperation | Cue::ActionDays | Cue::Project)
    }

    /// Whether a name after the cue may begin with a number ("Operation 30 Days at Sea",
    /// "codenamed 30 Days at Sea"): not after a lower-case "operation", where a count may
    /// follow ("the operation 300 Border Police officers joined").
    fn may_begin_with_a_number(self) -> bool {
        matches!(self, Cue::Operation | Cue::Codename)
    }

    fn needs_an_operation_before(self) -> bool {
        matches!(self, Cue::Dubbed | Cue::NamedOrCalled)
    }

    /// Whether `reading`, a name without quotation marks, may follow the cue. After a
    /// lower-case "operation", "named" or "called", one capitalised word may start the next
    /// thing said ("the operation Police ..."); a name of two words, in capitals, or with an
    /// edition or year is a name.
    fn accepts_unquoted(self, sentence: &str, reading: &Reading) -> bool {
        match self {
            // "an operation called Thornbury": what follows "called" after a word for an
            // operation is its name, however short.
            Cue::NamedOrCalled => true,
            // "During the operation Harbour Border Enforcement officers ...": a body
            // that acted in it, not its name.
            Cue::LowerCaseOperation => {
                let names_a_body = reading.suffix.is_none()
                    && reading.words.last().is_some_and(|w| BODY_WORDS.contains(&&sentence[w.clone()]));
                // "Speaking of the operation Detective Sergeant Lee said": a person, by title.
                let names_a_person =
                    reading.words.first().is_some_and(|w| is_listed(PERSONAL_TITLES, &sentence[w.clone()]));
                !names_a_body
                    && !names_a_person
                    && (reading.suffix.is_some()
                        || reading.words.len() >= 2
                        || reading.words.first().is_some_and(|w| is_in_capitals(&sentence[w.clone()]))
                        || one_name_word_then_a_link(sentence, reading))
            }
            _ => true,
        }
    }
}

/// Whether the one capitalised word after a lower-case "operation" is the operation's name:
/// "took part in operation Kestrel to curb smuggling", "operation Kestrel, which ran". A mark
/// or a small word that links it to the rest follows it, and it names no body, country,
/// people or officers ("during the operation Officers were deployed").
fn one_name_word_then_a_link(sentence: &str, reading: &Reading) -> bool {
    let [word] = reading.words.as_slice() else { return false };
    let written = &sentence[word.clone()];
    let next = sentence[reading.end..].trim_start();
    let linked = next.starts_with([',', '.', ';', ')'])
        || next.split(' ').next().is_some_and(|next| is_listed(LINKS_AFTER_A_NAME, next));
    let index = CountryIndex::shared();
    let names_someone = BODIES_IN_CAPITALS[0].split(' ').any(|body| body.eq_ignore_ascii_case(written))
        || is_listed(OFFICERS, written)
        || index.resolve(written).is_some()
        || index.resolve_demonym(written).is_some();
    linked && !names_someone
}

/// Small words that link a name to what a sentence goes on to say of it.
const LINKS_AFTER_A_NAME: &[&str] =
    &["to in on at which that was were is has had and for against targeting targeted led ran resulted saw"];

/// Words for officers and forces, which a sentence may open with where a comma was left out.
const OFFICERS: &[&str] =
    &["Officers Agents Investigators Authorities Officials Troops Soldiers Inspectors Teams Units Forces Prosecutors"];

/// Titles a person's name follows, which a sentence may open with where a comma was left out.
const PERSONAL_TITLES: &[&str] = &[
    "Detective Inspector Sergeant Constable Superintendent Commissioner Minister Director Colonel Captain",
    "Lieutenant Major General Chief Deputy Judge Prosecutor President Governor Mr Mrs Ms Dr",
];

/// Whether "Project" at `cue` names a body's project that funds or frames others' work: after
/// a possessive ("INTERPOL's Project"), "auspices of", "under" or "through", or in a sentence
/// that says who funds it.
fn frames_others_work(sentence: &str, cue: Range<usize>) -> bool {
    let before = sentence[..cue.start].trim_end();
    let owned = before.ends_with("'s") || before.ends_with("’s");
    // "Europol's Analysis Project Kestrel": a store of intelligence on one crime area.
    let framing = ["auspices of", "through", "funded", "framework of", "under", "Under", "Through", "Analysis"]
        .iter()
        .any(|words| before.ends_with(words));
    // "Project Kingfisher, a 2019 initiative of two ministries": an apposition says what it is.
    let apposition = sentence[cue.end..].split_once(", ").and_then(|(_, rest)| rest.split([',', '.']).next());
    let a_programme = apposition.is_some_and(|said| {
        ["a ", "an "].iter().any(|article| said.starts_with(article))
            && ["initiative", "programme", "program", "project", "framework"].iter().any(|word| said.contains(word))
    });
    // "the agency's Project Heron and Project Lark": the second is framed as the first is.
    let second_of_two = before
        .strip_suffix(" and")
        .and_then(|first| first.rfind("Project "))
        .is_some_and(|at| frames_others_work(sentence, at..at + "Project".len()));
    owned || framing || a_programme || second_of_two || sentence.contains("funded") || sentence.contains("funding")
}

/// Whether the cue at `cue` is a word of its own, not part of "cooperation" or "operational".
fn stands_alone(sentence: &str, cue: Range<usize>) -> bool {
    let before = sentence[..cue.start].chars().next_back();
    let after = sentence[cue.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether the cue at `cue` is "operation" ending a German compound for one: "die
/// Kontrolloperation UNDA", "die Großoperation Nordlicht".
fn ends_a_german_compound(sentence: &str, cue: Range<usize>) -> bool {
    const COMPOUNDS: &[&str] = &["Kontroll", "Groß", "Polizei", "Zoll", "Schwerpunkt"];
    &sentence[cue.clone()] == "operation"
        && COMPOUNDS.iter().any(|first| sentence[..cue.start].ends_with(first))
        && !sentence[cue.end..].starts_with(char::is_alphanumeric)
}

/// The name that follows the cue at `cue`, if one does; spans are into `sentence`, a part
/// of `text`.
fn name_after(text: &str, sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let kind = Cue::of(&sentence[cue.clone()]);
    let before = &sentence[..cue.start];
    // "Begun in June, it is called Silver Net II operation": the word for an
    // operation may stand right after the name instead.
    let needs_an_operation_after = kind.needs_an_operation_before()
        && !follows_an_operation_word(before)
        && !(is_other_language_naming(&sentence[cue.clone()]) && other_language_operation_before(before));
    if kind == Cue::ActionDayAfterName {
        return edition_before(sentence, cue);
    }
    if kind == Cue::Operation
        && let Some(name) = short_name_before_its_title(sentence, cue.clone())
    {
        return Some(name);
    }
    if kind == Cue::NamedFirst && !before.trim().is_empty() {
        return None;
    }
    // "el operativo Halcón", not "el equipo operativo Central": "operativo" is a noun
    // after an article or a preposition, an adjective after a noun.
    let previous = before.split_whitespace().next_back();
    if &sentence[cue.clone()] == "operativo" && previous.is_some_and(|word| !is_listed(BEFORE_A_NOUN, word)) {
        return None;
    }
    if kind == Cue::Project && frames_others_work(sentence, cue.clone()) {
        return None;
    }
    // "The operation called Joint Action Day Finestra": the name has a cue of its own, which
    // reads it whole. So have joint action days after Italian's "operazione", where the days
    // are the operation and may have no name.
    let after = &sentence[skip_blanks(sentence, cue.end)..];
    // Anchored, so that the look ends at the first word rather than running to the next cue.
    static CUE_FIRST: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!("^(?:{})", CUE.as_str())).expect("valid regex"));
    let inner_cue = || CUE_FIRST.find(after).map(|inner| Cue::of(inner.as_str()));
    let reads_it =
        |inner: Cue| if kind.starts_the_mention() { inner == Cue::ActionDays } else { inner.starts_the_mention() };
    if inner_cue().is_some_and(reads_it) {
        return None;
    }
    // “Operation Reclaim and Rebuild”: the quotation marks hold the whole name.
    if kind.starts_the_mention()
        && let Some(reading) = quoted_with_its_cue(sentence, cue.clone())
    {
        return Some(reading.into_name(sentence, cue.start));
    }
    let mut start = skip_blanks(sentence, cue.end);
    // "el operativo binacional Cóndor 12": in Spanish and Portuguese, a word for the kind
    // of operation between the cue and the name.
    if kind == Cue::Operation
        && let Some(kind_word) = sentence[start..].split(' ').next().filter(|word| is_listed(KINDS_OF_OPERATION, word))
        && sentence[start + kind_word.len()..].starts_with(' ')
        && sentence[start + kind_word.len() + 1..].starts_with(char::is_uppercase)
    {
        start += kind_word.len() + 1;
    }
    // "an operation dubbed as ‘Op Gelora Khas’", "bautizada con el nombre de CÓNDOR": the
    // words before the name are no part of it.
    if matches!(kind, Cue::Dubbed | Cue::NamedOrCalled)
        && let Some(words) =
            ["as ", "con el nombre de ", "como "].iter().find(|words| sentence[start..].starts_with(**words))
    {
        start = skip_blanks(sentence, start + words.len() - 1);
    }
    // "The operation code-named, “Silver Net”": a stray comma between.
    if kind == Cue::Codename && sentence[start..].starts_with(", ") {
        start = skip_blanks(sentence, start + 1);
    }
    // "Joint Action Day (JAD) Sava 4": the short form between is no part of the name.
    if kind == Cue::ActionDays && start > cue.end && sentence[start..].starts_with(JAD_IN_BRACKETS) {
        start = skip_blanks(sentence, start + JAD_IN_BRACKETS.len());
    }
    let after = (start > cue.end)
        .then(|| {
            // "l’opération « épervier 2 »": right after the word for an operation, quotation
            // marks make a name of words in lower case too.
            let case = if kind == Cue::Operation { Case::Any } else { Case::Capitalised };
            short_name_after_a_quote(sentence, start).or_else(|| quoted_name(sentence, start, case)).or_else(|| {
                unquoted_name(sentence, start, kind.may_begin_with_a_number())
                    .filter(|reading| kind.accepts_unquoted(sentence, reading))
            })
        })
        .flatten();
    // ‘Op Gelora Khas’ after "dubbed": the name has its own cue, no part of the name.
    let after = after.map(|mut reading| {
        let own_cue = reading.words.first().is_some_and(|w| matches!(&sentence[w.clone()], "Op" | "Operation"));
        if !kind.starts_the_mention() && own_cue && reading.words.len() > 1 {
            reading.words.remove(0);
        }
        // Operation “codenamed Kestrel III”: the cue inside the quotation marks is no part of
        // the name either.
        let quoted_cue = reading
            .words
            .first()
            .is_some_and(|w| QUOTED_CUES.iter().any(|cue| sentence[w.clone()].eq_ignore_ascii_case(cue)));
        if quoted_cue && reading.words.len() > 1 {
            reading.words.remove(0);
        }
        reading
    });
    let Some(reading) = after else {
        return match kind {
            Cue::Operation => name_before(sentence, cue.clone())
                .or_else(|| quoted_before(sentence, cue.clone()))
                .or_else(|| edition_opening_the_sentence(sentence, cue)),
            Cue::LowerCaseOperation => edition_before(sentence, cue.clone())
                .or_else(|| edition_opening_the_sentence(sentence, cue.clone()))
                .or_else(|| capitals_before(sentence, cue.clone()))
                .or_else(|| year_name_before(sentence, cue.clone()))
                .or_else(|| quoted_before(sentence, cue.clone()))
                .or_else(|| name_in_apposition(sentence, cue)),
            _ => None,
        };
    };
    if kind == Cue::NamedFirst && !OPERATION_AFTER_NAME.is_match(&sentence[reading.end..]) {
        return None;
    }
    // "… coordinated by the agency,” dubbed Silver Net IX": after "dubbed", a name with an
    // edition is an operation's, where a gang's or a route's is rarely numbered.
    let dubbed_edition = kind == Cue::Dubbed && reading.suffix.is_some();
    if needs_an_operation_after && !dubbed_edition {
        let next_word = sentence[reading.end..].strip_prefix(' ').map(|rest| {
            let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
            &rest[..end]
        });
        if !next_word.is_some_and(|word| is_listed(OPERATION_WORDS, word)) {
            return None;
        }
    }
    let span_start = if kind.starts_the_mention() { cue.start } else { start };
    let mut name = reading.into_name(sentence, span_start);
    if matches!(kind, Cue::Operation | Cue::NamedOrCalled | Cue::Dubbed | Cue::Codename)
        && name.edition.is_none()
        && name.year.is_none()
    {
        join_dashed_edition(sentence, &mut name);
    }
    if kind == Cue::ActionDays {
        // "Danube" alone would read as an operation of that name.
        name.series = format!("{} {}", action_days_as_written(text, &sentence[cue]), name.series);
    }
    if kind == Cue::Project {
        // "Project Kingfisher" is how its force calls it; no view writes "Operation" before it.
        name.series = format!("Project {}", name.series);
    }
    Some(name)
}

/// Words before "the operation" that make it a time or a circumstance, after which a comma
/// ends the phrase and the next clause begins ("During the operation, Police arrested").
const CIRCUMSTANCE_WORDS: &[&str] =
    &["during after before in through throughout following under within since until of from for with"];

/// Verbs before "the operation" that say who ran it, after which a comma sets off that
/// person ("said the officer who led the operation, Ana Ruiz, in a statement").
const RUNNING_VERBS: &[&str] = &["coordinated led headed commanded directed oversaw supervised ran"];

/// A name set off by commas, or by a comma and a bracket, right after "the operation": "The
/// operation, Kestrel (named after the bird), ran", "seized by the joint operation, Harrow 2,
/// was". The operation is what the sentence speaks of, not its time ("During the operation,
/// Police ...", [`CIRCUMSTANCE_WORDS`]), and the name is no country.
fn name_in_apposition(sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let start = cue.end + 2;
    if !sentence[cue.end..].starts_with(", ") {
        return None;
    }
    // "the operation", "the joint regional operation": "the" and at most two words between.
    let mut words_before = words_back(&sentence[..cue.start]);
    words_before.by_ref().take(3).find(|word| word.eq_ignore_ascii_case("the"))?;
    if words_before.next().is_some_and(|word| is_listed(CIRCUMSTANCE_WORDS, word) || is_listed(RUNNING_VERBS, word)) {
        return None;
    }
    let reading = quoted_name(sentence, start, Case::Capitalised).or_else(|| unquoted_name(sentence, start, false))?;
    let rest = &sentence[reading.end..];
    let set_off = rest.starts_with(',') || rest.starts_with(" (");
    let first = &sentence[reading.words.first()?.clone()];
    let index = CountryIndex::shared();
    let a_place = index.resolve(first).is_some() || index.resolve_demonym(first).is_some();
    (set_off && !a_place).then(|| reading.into_name(sentence, start))
}

/// What follows a name that opens a sentence ([`Cue::NamedFirst`]) when the sentence goes on to
/// speak of its operation: ", the operation", ", the joint police action".
static OPERATION_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s+the\s+(?:[a-z-]+\s+){0,2}?(?:operation|action|crackdown)\b").expect("valid regex")
});

/// Dashes that join two parts of one name: "Operation Intercops – Spartacus III".
const NAME_DASHES: [&str; 3] = [" – ", " — ", " - "];

/// Joins to `name` the part after a dash when that part ends in an edition: "Operation
/// Intercops – Spartacus III" is the third of "Intercops – Spartacus". A part without an
/// edition after a dash is another clause ("Operation Kestrel – a success").
fn join_dashed_edition(sentence: &str, name: &mut OperationName) {
    let rest = &sentence[name.span.end..];
    let Some(dash) = NAME_DASHES.iter().find(|dash| rest.starts_with(**dash)) else { return };
    let Some(part) = unquoted_name(sentence, name.span.end + dash.len(), false) else { return };
    let Some(Suffix { value: SuffixValue::Edition(edition), span }) = &part.suffix else { return };
    let words: Vec<&str> = part.words.iter().map(|word| &sentence[word.clone()]).collect();
    name.series = format!("{}{}{}", name.series, dash, display_series(&words));
    name.edition = Some(*edition);
    name.edition_written = Some(sentence[span.clone()].to_string());
    name.span.end = part.end;
}

/// A name in quotation marks right before "operation": "INTERPOL’s “Storm Makers 2”
/// operation". Its span runs from the opening mark to the end of "operation".
fn quoted_before(sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let (open_at, reading) = quoted_name_ending_at(sentence, sentence[..cue.start].trim_end_matches(is_blank).len())?;
    Some(Reading { end: cue.end, ..reading }.into_name(sentence, open_at))
}

/// The name in quotation marks whose closing mark ends at `end`, and where its opening mark
/// stands: “Storm Makers 2” before "operation", 'Turquesa' before "series".
fn quoted_name_ending_at(sentence: &str, end: usize) -> Option<(usize, Reading)> {
    let close = sentence[..end].chars().next_back()?;
    let inner_end = end - close.len_utf8();
    let open_at = sentence[..inner_end]
        .rfind(|open: char| closing_quotes(open).is_some_and(|closing| closing.contains(&close)))?;
    Some((open_at, quoted_name(sentence, open_at, Case::Capitalised)?))
}

/// The short name in brackets after a quoted name, which the release calls it by: "code-named
/// \u{201c}Action against Forgery in the Andean and Pacific Region\u{201d} (Action AF A/P 3)"
/// is called "Action AF A/P 3". Its words are those of the brackets, split at blanks, with
/// an edition after them.
fn short_name_after_a_quote(sentence: &str, open_at: usize) -> Option<Reading> {
    let open = sentence[open_at..].chars().next()?;
    let closing = closing_quotes(open)?;
    let inner_start = open_at + open.len_utf8();
    let close_at = inner_start + sentence[inner_start..].find(|c: char| closing.contains(&c))?;
    let after_close = close_at + sentence[close_at..].chars().next()?.len_utf8();
    let bracket = after_close + sentence[after_close..].strip_prefix(" (").map(|_| " (".len())?;
    let bracket_end = bracket + sentence[bracket..].find(')')?;
    let mut words = words_of(sentence, bracket..bracket_end);
    let suffix = words.last().and_then(|last| suffix_at(sentence, last.clone()));
    if suffix.is_some() {
        words.pop();
    }
    let a_name = !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && words.iter().all(|word| sentence[word.clone()].starts_with(char::is_uppercase));
    a_name.then_some(Reading { words, suffix, end: bracket_end + 1 })
}

/// The short form of "Joint Action Day(s)" in brackets after it.
const JAD_IN_BRACKETS: &str = "(JAD)";

/// "Joint Action Day" or "Joint Action Days" as the text writes the cue `written`; for
/// "JAD", as the text spells it out ("Joint Action Day (JAD)"), else "Days".
fn action_days_as_written(text: &str, written: &str) -> &'static str {
    let singular = if written == "JAD" {
        text.contains("Joint Action Day (JAD)") || text.contains("joint action day (JAD)")
    } else {
        !written.ends_with(['s', 'S'])
    };
    if singular { "Joint Action Day" } else { "Joint Action Days" }
}

/// The name between "the" and "Operation": "the Capirona Operation", "The Blue Fin
/// Operation". Its span runs from the name to the end of "Operation".
fn name_before(sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut end = cue.start;
    // "the AKOMA Police Operation": a kind word between a name in capitals and "Operation".
    let name_in_capitals =
        |word: Range<usize>| is_in_capitals(&sentence[word.clone()]) && is_name_word(&sentence[word]);
    if let Some(kind) = word_before(sentence, end).filter(|kind| {
        is_listed(KIND_WORDS, &sentence[kind.clone()])
            && word_before(sentence, kind.start).is_some_and(name_in_capitals)
    }) {
        end = kind.start;
    }
    loop {
        // Punctuation, not a blank, before the word: "Operation" is not after a name.
        let Range { start: word_start, end: word_end } = word_before(sentence, end)?;
        let written = &sentence[word_start..word_end];
        if written.eq_ignore_ascii_case("the") {
            break;
        }
        if written.is_empty()
            || words.len() == MAX_WORDS_BEFORE
            || !is_name_word(written)
            || is_listed(KIND_WORDS, written)
        {
            return None;
        }
        words.push(word_start..word_end);
        end = word_start;
    }
    words.reverse();
    let start = words.first()?.start;
    Some(Reading { words, suffix: None, end: cue.end }.into_name(sentence, start))
}

/// A name in capitals between "the" and a lower-case "operation": "the PERDIZ operation", as
/// Spanish releases put it; not a body's ("the INTERPOL operation") nor a shorter acronym's
/// ("the CSTO operation").
fn capitals_before(sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let word = word_before(sentence, cue.start)?;
    let written = &sentence[word.clone()];
    let name = sentence[..word.start].to_ascii_lowercase().ends_with("the ")
        && is_in_capitals(written)
        && letter_count(written) > MIN_CAPITALS_WITHOUT_CUE
        && is_name_word(written)
        && !is_mostly_in_capitals(sentence);
    name.then(|| Reading { words: vec![word.clone()], suffix: None, end: cue.end }.into_name(sentence, word.start))
}

/// What stands between a name that opens a sentence and the word for its operation:
/// "Kestrel III, the operation in which ...", "Kestrel III, the name of the operation",
/// "Kestrel III, nombre de la operación" as a Spanish wire writes it.
const BETWEEN_NAME_AND_OPERATION: [&str; 4] = [", the name of the ", ", the ", ", nombre de la ", ", el nombre de la "];

/// A name with its edition that opens the sentence, set off by a comma before the words for
/// the operation ([`BETWEEN_NAME_AND_OPERATION`]). The edition tells a name from a sentence's
/// opening words ("Yesterday, the operation ended"); a name after a cue of its own
/// ("Codenamed Kestrel III, the operation ...") is read from that cue.
fn edition_opening_the_sentence(sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let between = BETWEEN_NAME_AND_OPERATION.iter().find(|words| sentence[..cue.start].ends_with(**words))?;
    let name_end = cue.start - between.len();
    if CUE.is_match(&sentence[..name_end]) {
        return None;
    }
    let reading = unquoted_name(sentence, 0, false)?;
    (reading.end == name_end && reading.suffix.is_some()).then(|| reading.into_name(sentence, 0))
}

/// A name of one or two words in capitals and its year between "the" and a lower-case
/// "operation": "the WBA JAD 2023 operation", as the EU's joint action days are written.
/// Two short words are read only with the year; one is read as [`capitals_before`] reads it,
/// as such a word may be an agency's initials ("the CSTO 2023 operation").
fn year_name_before(sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let year_word = word_before(sentence, cue.start)?;
    let value @ SuffixValue::Year(_) = suffix_value(&sentence[year_word.clone()])? else { return None };
    let mut words = Vec::new();
    let mut at = year_word.start;
    while let Some(word) = word_before(sentence, at).filter(|_| words.len() < MAX_CAPITALS_BEFORE_A_YEAR) {
        let written = &sentence[word.clone()];
        if !(is_in_capitals(written) && letter_count(written) >= 3 && is_name_word(written)) {
            break;
        }
        at = word.start;
        words.insert(0, word);
    }
    let follows_the = sentence[..at].to_ascii_lowercase().ends_with("the ");
    let letters: usize = words.iter().map(|word| letter_count(&sentence[word.clone()])).sum();
    // One word takes as many letters as without the year ("the PERDIZ operation").
    let enough = words.len() > 1 && letters >= MIN_CAPITALS_WITHOUT_CUE || letters > MIN_CAPITALS_WITHOUT_CUE;
    let suffix = Some(Suffix { value, span: year_word });
    (follows_the && enough).then(|| Reading { words, suffix, end: cue.end }.into_name(sentence, at))
}

/// How many words in capitals a name before its year and "operation" may have.
const MAX_CAPITALS_BEFORE_A_YEAR: usize = 2;

/// The short name in capitals that a title in brackets after it spells out: "KESTA (the
/// Bureau's Regional Operation on Contraband Trade) broke up ...". The title need not
/// give its initials, as one in another language than the release's does not.
fn short_name_before_its_title(sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let open = sentence[..cue.start].rfind('(')?;
    let close = open + sentence[open..].find(')')?;
    if close < cue.end {
        return None;
    }
    let titled = sentence[open + 1..close].split_whitespace().all(|word| {
        word.starts_with(char::is_uppercase) || ["of", "the", "on", "and", "against", "for"].contains(&word)
    });
    let word = word_before(sentence, open)?;
    let written = &sentence[word.clone()];
    (titled && is_in_capitals(written) && letter_count(written) >= 3 && is_name_word(written))
        .then(|| Reading { words: vec![word.clone()], suffix: None, end: close + 1 }.into_name(sentence, word.start))
}

/// The name with an edition between "the" and a lower-case "operation" or "action day": "the
/// Sirocco-2 action day", "the Kite-III operation". Without its edition, such a word may be
/// anything capitalised ("the Balkan operation"), so it is read only with one.
fn edition_before(sentence: &str, cue: Range<usize>) -> Option<OperationName> {
    let word = word_before(sentence, cue.start)?;
    let (word_start, word_end) = (word.start, word.end);
    if !sentence[..word_start].to_lowercase().ends_with("the ") {
        return None;
    }
    let (name_word, suffix) = split_hyphen_edition(sentence, word_start..word_end);
    let suffix = suffix?;
    is_name_word(&sentence[name_word.clone()])
        .then(|| Reading { words: vec![name_word], suffix: Some(suffix), end: cue.end }.into_name(sentence, word_start))
}

/// The name after "Operation" when the quotation marks open before the cue and hold the whole
/// name, lower-case words and all: “Operation Reclaim and Rebuild.”, with a full stop or comma
/// before the closing mark as some styles put it.
fn quoted_with_its_cue(sentence: &str, cue: Range<usize>) -> Option<Reading> {
    let open = sentence[..cue.start].chars().next_back()?;
    let closing = closing_quotes(open)?;
    // "L'opération Kestrel s'est ...": an apostrophe after a letter elides an article; it
    // opens no quotation.
    let before_open = sentence[..cue.start - open.len_utf8()].chars().next_back();
    if before_open.is_some_and(char::is_alphabetic) {
        return None;
    }
    let start = skip_blanks(sentence, cue.end);
    if start == cue.end {
        return None;
    }
    let close_at = start + sentence[start..].find(|c: char| !(c.is_alphanumeric() || c == '-' || is_blank(c)))?;
    let mut rest = sentence[close_at..].chars();
    let (mark, punctuated) = match rest.next()? {
        '.' | ',' => (rest.next()?, true),
        mark => (mark, false),
    };
    if !closing.contains(&mark) {
        return None;
    }
    // "the 'Operation quiet harbour'": marks right around the cue and the words make a name of
    // words in lower case too, as after "l’opération"; not a quoted sentence that ends in a
    // stop ("Operation went well.").
    let case = if punctuated { Case::Capitalised } else { Case::Any };
    let (words, suffix) = words_in_quotes(sentence, start..close_at, case)?;
    // One word is read as well without the marks, and "Operation" and one word are no more.
    if words.len() < 2 {
        return None;
    }
    let end = suffix.as_ref().map_or(words.last()?.end, |suffix| suffix.span.end);
    Some(Reading { words, suffix, end })
}

/// The word (letters, digits and hyphens) that ends before the blanks before `at`, possibly
/// empty; `None` when no blank stands before `at`.
fn word_before(sentence: &str, at: usize) -> Option<Range<usize>> {
    let end = sentence[..at].trim_end_matches(is_blank).len();
    if end == at {
        return None;
    }
    let start = sentence[..end]
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '-'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    Some(start..end)
}

/// Whether `before` ends in a word for an operation, maybe followed by "which was" or the like.
fn follows_an_operation_word(before: &str) -> bool {
    words_back(before).find(|word| !is_listed(LINKING_WORDS, word)).is_some_and(|word| is_listed(OPERATION_WORDS, word))
}

/// The words of `before`, last first, without the marks between them.
fn words_back(before: &str) -> impl Iterator<Item = &str> {
    before.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).rev()
}

/// Whether a cue is "named" in Spanish, Portuguese or French: "denominada", "llamado",
/// "intitulada", "baptisée", "dénommée".
fn is_other_language_naming(cue: &str) -> bool {
    ["denominad", "llamad", "bautizad", "intitulad", "baptis", "dénomm"].iter().any(|stem| cue.starts_with(stem))
}

/// Whether "operación", "operativo" or "opération" stands among the last words before a cue
/// of [`is_other_language_naming`], which agrees with it and so names it across what it was
/// against: "una operación contra el tráfico de armas denominada “Cóndor”".
fn other_language_operation_before(before: &str) -> bool {
    // French calls it an "action" too: "cette action conjointe baptisée « Arc Sud »".
    words_back(before)
        .take(OTHER_LANGUAGE_CUE_REACH_WORDS)
        .any(|word| is_listed(OTHER_LANGUAGES_OPERATION, word) || word == "action")
}

/// How many words before "denominada" or "baptisée" its operation may stand.
const OTHER_LANGUAGE_CUE_REACH_WORDS: usize = 8;

/// A name as read, with spans into the sentence.
struct Reading {
    /// The words of the series, without edition or year.
    words: Vec<Range<usize>>,
    suffix: Option<Suffix>,
    /// Where the mention ends: after its last word, numeral or closing quotation mark.
    end: usize,
}

/// An edition or year after a name's words, as part of the name.
struct Suffix {
    value: SuffixValue,
    /// The edition or year as written ("II", "2" in "Kestrel-2").
    span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SuffixValue {
    Edition(u32),
    Year(i32),
}

impl Reading {
    fn into_name(self, sentence: &str, start: usize) -> OperationName {
        let words: Vec<&str> = self.words.iter().map(|word| &sentence[word.clone()]).collect();
        let (edition, edition_written, year) = match self.suffix {
            Some(Suffix { value: SuffixValue::Edition(number), span }) => {
                (Some(number), Some(sentence[span].to_string()), None)
            }
            Some(Suffix { value: SuffixValue::Year(year), .. }) => (None, None, Some(year)),
            None => (None, None, None),
        };
        // A name written in lower case ("« épervier 2 »", "'Operation quiet harbour'") is shown
        // capitalised, as names are, each word but the small ones that join them.
        let shown = display_series(&words);
        let series = if shown.chars().any(char::is_uppercase) {
            capitalise_first(&shown)
        } else {
            let word = |(i, word): (usize, &str)| {
                if i > 0 && matches!(word, "and" | "of" | "the" | "on" | "at" | "in" | "for") {
                    word.to_string()
                } else {
                    capitalise_first(word)
                }
            };
            shown.split(' ').enumerate().map(word).collect::<Vec<_>>().join(" ")
        };
        OperationName { span: start..self.end, series, edition, edition_written, year }
    }
}

/// Capitalised words from `start` to the first word that cannot be part of a name, then an
/// edition or year: "Blue Harbour", "Weka II", "Harbour 3", "Kestrel-2", "Liberterra 2024".
/// Where `phrase` allows it (after "Operation" or "codenamed"), the name may be a phrase: it
/// may begin with a number ("40 Nights Ashore 2.0"), then at least two capitalised words
/// follow it and a small word may join two of them ("Nights at Sea"); or a small word may join
/// two capitalised words when an edition or year ends the name ("Mind the Gap 2021").
fn unquoted_name(sentence: &str, start: usize, phrase: bool) -> Option<Reading> {
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut suffix = None;
    let mut at = start;
    let leading_number = word_at(sentence, start).filter(|word| phrase && is_leading_number(&sentence[word.clone()]));
    if let Some(number) = &leading_number {
        words.push(number.clone());
        at = skip_blanks(sentence, number.end);
        if at == number.end {
            return None;
        }
    }
    let mut joining_words = 0;
    while let Some(word) = word_at(sentence, at) {
        if !words.is_empty() {
            suffix = suffix_at(sentence, word.clone());
            // "IIII" is neither a numeral nor a word of the name: the name ends before it.
            if suffix.is_some() || is_in_roman_letters(&sentence[word.clone()]) {
                break;
            }
        }
        let next =
            word_at(sentence, skip_blanks(sentence, word.end)).filter(|next| is_name_word(&sentence[next.clone()]));
        let joins = next.as_ref().is_some_and(|next| {
            let small = &sentence[word.clone()];
            (leading_number.is_some() && words.len() > 1 && is_listed(JOINING_WORDS, small))
                || (phrase
                    && !words.is_empty()
                    && is_listed(JOINING_WORDS_BEFORE_A_SUFFIX, small)
                    && suffix_after(sentence, next.end).is_some())
                || (phrase && !words.is_empty() && small == "of" && continues_a_name_after_of(sentence, next.clone()))
                || (phrase
                    && !words.is_empty()
                    && small.starts_with(char::is_lowercase)
                    && is_listed(OTHER_LANGUAGES_JOINING_WORDS, small))
        });
        let (name_word, hyphen_edition) = split_hyphen_edition(sentence, word.clone());
        let written = &sentence[name_word.clone()];
        // After the number, what it counts is a word of the name ("30 Days").
        let counted = words.len() == 1
            && leading_number.is_some()
            && written.starts_with(char::is_uppercase)
            && is_listed(COUNTED_WORDS, written);
        // "Operation Independence Day": "Day" ends a name of words before it; not where a
        // number follows, which makes it a day of the operation ("Kestrel Day 2").
        let last_day = !words.is_empty()
            && written == "Day"
            && !word_at(sentence, skip_blanks(sentence, word.end)).is_some_and(|next| {
                suffix_at(sentence, next.clone()).is_some() || sentence[next].starts_with(|c: char| c.is_ascii_digit())
            });
        // "Operation GREY WILL": after a first word in capitals, a word in capitals is the name's
        // whatever it means in lower case, in a sentence not written in capitals throughout.
        let in_capitals = words.first().is_some_and(|first| is_in_capitals(&sentence[first.clone()]))
            && is_in_capitals(written)
            && !is_listed(BODIES_IN_CAPITALS, written)
            && !is_listed(MONTHS, written)
            && !is_mostly_in_capitals(sentence);
        // "Operation Vitreus National Commander Jo Bell said": a rank ends the name, with the
        // word that says which ("National") before it.
        if !words.is_empty() && is_listed(RANK_WORDS, written) {
            if words.len() > 1 && words.last().is_some_and(|last| is_listed(KIND_WORDS, &sentence[last.clone()])) {
                words.pop();
            }
            break;
        }
        if !(joins || counted || last_day || in_capitals || is_name_word(written)) {
            break;
        }
        if words.len() == MAX_NAME_WORDS {
            return None;
        }
        joining_words += usize::from(joins);
        words.push(name_word);
        if last_day {
            break;
        }
        if hyphen_edition.is_some() {
            suffix = hyphen_edition;
            break;
        }
        at = skip_blanks(sentence, word.end);
        if at == word.end {
            break;
        }
    }
    if leading_number.is_some() && words.len() - joining_words < 3 {
        return None;
    }
    let end = suffix.as_ref().map_or(words.last()?.end, |suffix| suffix.span.end);
    Some(Reading { words, suffix, end })
}

/// Whether `word`, after "of", goes on with a name that holds it ("Operation Gate of Mirrors"):
/// a word in title case, not a country's name or people's ("Operation Weka of Spain", "of
/// Colombian police") or a possessive ("of Brazil's police"). Bodies are no name words at all.
fn continues_a_name_after_of(sentence: &str, word: Range<usize>) -> bool {
    let written = &sentence[word.clone()];
    let title_case = written.chars().skip(1).any(char::is_lowercase);
    let rest = &sentence[word.end..];
    let possessive = rest.starts_with("'s") || rest.starts_with("’s");
    let index = CountryIndex::shared();
    title_case && !possessive && index.resolve(written).is_none() && index.resolve_demonym(written).is_none()
}

/// A number a name may begin with: one to three digits, not a year ("30 Days at Sea").
fn is_leading_number(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|byte| byte.is_ascii_digit())
}

/// A name in quotation marks that open at `open_at` (“NORTHWIND”, 'Eagle Eye', «Eagle Eye»),
/// then an edition or year after them when there is none inside: operation “NORTHWIND” II.
fn quoted_name(sentence: &str, open_at: usize, case: Case) -> Option<Reading> {
    let open = sentence[open_at..].chars().next()?;
    let closing = closing_quotes(open)?;
    let inner_start = open_at + open.len_utf8();
    let inner_end =
        inner_start + sentence[inner_start..].find(|c: char| !(c.is_alphanumeric() || c == '-' || is_blank(c)))?;
    // “Silver Net,”: a comma or full stop inside the closing mark, where American style puts
    // it, is no part of the name. So a quotation ends too ("We were proud," he said): the
    // name's words are then all capitalised.
    let close_at = match sentence[inner_end..].strip_prefix([',', '.']) {
        Some(rest) if rest.starts_with(closing) => inner_end + 1,
        _ => inner_end,
    };
    let close = sentence[close_at..].chars().next()?;
    let after_close = close_at + close.len_utf8();
    // An apostrophe ("‘Eagle’s Eye’") closes nothing.
    if !closing.contains(&close) || sentence[after_close..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let (words, inner_suffix) = words_in_quotes(sentence, inner_start..inner_end, case)?;
    if close_at > inner_end && !words.iter().all(|word| sentence[word.clone()].starts_with(char::is_uppercase)) {
        return None;
    }
    let (suffix, end) = match inner_suffix {
        Some(suffix) => (Some(suffix), after_close),
        None => {
            let outer = suffix_after(sentence, after_close);
            let end = outer.as_ref().map_or(after_close, |suffix| suffix.span.end);
            (outer, end)
        }
    };
    Some(Reading { words, suffix, end })
}

/// The marks that close a quotation `open` opens; a straight mark may close a curly one, as
/// careless typing leaves them.
fn closing_quotes(open: char) -> Option<&'static [char]> {
    Some(match open {
        '“' => &['”', '"'],
        // A text pasted together may open with a straight mark and close with a curly one.
        '"' => &['"', '”'],
        '‘' => &['’', '\''],
        '\'' => &['\''],
        '„' => &['“', '”'],
        '«' => &['»'],
        '‹' => &['›'],
        _ => return None,
    })
}

/// Whether a name's first word must be capitalised, or may be in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Capitalised,
    Any,
}

/// The words and edition or year between quotation marks, if they can be a name: the first
/// word capitalised and not "Operation" (“Operation Northwind” is read from its own cue), at
/// most [`MAX_QUOTED_WORDS`] words, and nothing after the edition or year.
fn words_in_quotes(sentence: &str, inner: Range<usize>, case: Case) -> Option<(Vec<Range<usize>>, Option<Suffix>)> {
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut suffix = None;
    let mut at = skip_blanks(sentence, inner.start);
    while at < inner.end {
        let word = word_at(sentence, at)?;
        if suffix.is_some() {
            return None;
        }
        let value = if words.is_empty() { None } else { suffix_value(&sentence[word.clone()]) };
        match value {
            Some(value) => suffix = Some(Suffix { value, span: word.clone() }),
            None => {
                let (name_word, hyphen_edition) = split_hyphen_edition(sentence, word.clone());
                words.push(name_word);
                suffix = hyphen_edition;
            }
        }
        at = skip_blanks(sentence, word.end);
    }
    let first = &sentence[words.first()?.clone()];
    let is_name = (first.starts_with(char::is_uppercase) || case == Case::Any && first.starts_with(char::is_lowercase))
        && !first.eq_ignore_ascii_case("Operation")
        && words.len() <= MAX_QUOTED_WORDS;
    is_name.then_some((words, suffix))
}

/// The edition or year after blanks at `at`, if one stands there.
fn suffix_after(sentence: &str, at: usize) -> Option<Suffix> {
    let start = skip_blanks(sentence, at);
    if start == at {
        return None;
    }
    suffix_at(sentence, word_at(sentence, start)?)
}

/// `word` as an edition or year of the name before it, unless it starts a count or a date
/// ("Operation Harbour 12 suspects", "Operation Kestrel 12 June").
fn suffix_at(sentence: &str, word: Range<usize>) -> Option<Suffix> {
    let value = suffix_value(&sentence[word.clone()])?;
    let span = match value {
        SuffixValue::Edition(_) => word.start..version_end(sentence, word.end).unwrap_or(word.end),
        SuffixValue::Year(_) => word,
    };
    (!starts_a_count_or_date(sentence, span.end)).then_some(Suffix { value, span })
}

/// Where an edition written as a version ends: "2.0" is the second edition, so after the
/// number that ends at `number_end`, ".0" and no more digits.
fn version_end(sentence: &str, number_end: usize) -> Option<usize> {
    let rest = sentence[number_end..].strip_prefix(".0")?;
    (!rest.starts_with(|c: char| c.is_ascii_digit())).then_some(number_end + 2)
}

/// Ordinals that count an edition in words, from the first.
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
];

/// The words that may stand between an ordinal and the series it counts an edition of ("the
/// fourth in INTERPOL's", "the second edition of the"), at most.
const MAX_WORDS_AFTER_ORDINAL: usize = 4;

/// A series in quotation marks that the sentence counts an edition of: "It was the fourth in
/// INTERPOL's 'Turquesa' series of operations." The text writes the edition in words; the
/// name writes it as series' editions are, in Roman numerals ("Turquesa IV").
fn counted_edition(sentence: &str) -> Option<OperationName> {
    let series_at =
        sentence.match_indices(" series").map(|(at, _)| at).find(|&at| stands_alone(sentence, at + 1..at + 7))?;
    let (open_at, reading) = quoted_name_ending_at(sentence, series_at)
        .filter(|(_, reading)| reading.suffix.is_none() && reading.end == series_at)?;
    // ASCII lower case keeps every byte where it was.
    let before = sentence[..open_at].to_ascii_lowercase();
    let edition = (1u32..).zip(ORDINALS).find_map(|(edition, ordinal)| {
        let words = format!("the {ordinal}");
        let at =
            before.match_indices(&words).map(|(at, _)| at).find(|&at| stands_alone(&before, at..at + words.len()))?;
        let between: Vec<&str> = before[at + words.len()..].split_whitespace().collect();
        let counts_it = between.len() <= MAX_WORDS_AFTER_ORDINAL
            && between.first().is_some_and(|word| matches!(*word, "in" | "of" | "edition" | "operation"));
        counts_it.then_some(edition)
    })?;
    let mut name = reading.into_name(sentence, open_at);
    name.edition = Some(edition);
    name.edition_written = Some(roman_numeral(edition));
    Some(name)
}

/// 4 → "IV".
fn roman_numeral(number: u32) -> String {
    let tens = ROMAN_TENS[(number / 10 % 10) as usize];
    let units = ROMAN_UNITS[(number % 10) as usize];
    format!("{tens}{units}")
}

const ROMAN_TENS: [&str; 10] = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
const ROMAN_UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

/// "II" → edition 2, "12" → edition 12, "2023" → year 2023.
fn suffix_value(written: &str) -> Option<SuffixValue> {
    if let Some(number) = roman_value(written) {
        return Some(SuffixValue::Edition(number));
    }
    if !written.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let number: u32 = written.parse().ok()?;
    match written.len() {
        1 | 2 if number > 0 => Some(SuffixValue::Edition(number)),
        4 if YEARS_IN_NAMES.contains(&number) => i32::try_from(number).ok().map(SuffixValue::Year),
        _ => None,
    }
}

/// Whether the number that ends at `number_end` goes on as a count or a date: "3,222",
/// "1.5", "40%", "12 suspects", "12 June", "5 - 9 July", "3 to 7 June".
fn starts_a_count_or_date(sentence: &str, number_end: usize) -> bool {
    let mut rest = sentence[number_end..].chars();
    match (rest.next(), rest.next()) {
        (Some('%'), _) => return true,
        (Some(',' | '.'), Some(next)) if next.is_ascii_digit() => return true,
        _ => {}
    }
    let next = skip_blanks(sentence, number_end);
    if let Some(dash) = sentence[next..].chars().next().filter(|c| matches!(c, '-' | '–' | '—')) {
        return digit_follows(sentence, next + dash.len_utf8());
    }
    let Some(word) = word_at(sentence, next) else {
        return false;
    };
    let written = &sentence[word.clone()];
    if is_listed(RANGE_WORDS, written) {
        return digit_follows(sentence, word.end);
    }
    is_listed(MONTHS, written) || is_listed(COUNTED_WORDS, written)
}

fn digit_follows(sentence: &str, at: usize) -> bool {
    sentence[skip_blanks(sentence, at)..].starts_with(|c: char| c.is_ascii_digit())
}

/// The value of a Roman numeral in its one canonical spelling, from I to XCIX: "IIII" or
/// "VX" are not numerals. Such a numeral is a tens part followed by a units part, each
/// spelt in one of ten ways.
fn roman_value(numeral: &str) -> Option<u32> {
    (0u32..)
        .zip(ROMAN_TENS)
        .find_map(|(tens, tens_spelling)| {
            let units_spelling = numeral.strip_prefix(tens_spelling)?;
            let units = (0u32..).zip(ROMAN_UNITS).find(|(_, spelling)| *spelling == units_spelling)?.0;
            Some(tens * 10 + units)
        })
        .filter(|value| *value > 0)
}

/// Written with the letters of Roman numerals only, as a misspelt numeral is.
fn is_in_roman_letters(word: &str) -> bool {
    word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// `word` without a trailing "-2" (one or two digits) or "-II" (a Roman numeral), and that
/// number as the edition: "Kestrel-2", "SEA-LINK-3", "KESTREL-II".
fn split_hyphen_edition(sentence: &str, word: Range<usize>) -> (Range<usize>, Option<Suffix>) {
    let written = &sentence[word.clone()];
    let Some(hyphen) = written.rfind('-') else {
        return (word, None);
    };
    let after = &written[hyphen + 1..];
    let arabic = || {
        (after.len() <= 2 && after.bytes().all(|byte| byte.is_ascii_digit()))
            .then(|| after.parse::<u32>().ok())
            .flatten()
    };
    let number = arabic().or_else(|| roman_value(after)).filter(|number| *number > 0);
    match number {
        Some(number) => {
            let span = word.start + hyphen + 1..word.end;
            (word.start..word.start + hyphen, Some(Suffix { value: SuffixValue::Edition(number), span }))
        }
        None => (word, None),
    }
}

/// Whether `word`, outside quotation marks, can be a word of a name: each part between
/// hyphens capitalised ("Sea-Link"; not "Weka-led"), and no word of [`NOT_NAME_WORDS`],
/// [`BODIES_IN_CAPITALS`] or
/// [`MONTHS`].
fn is_name_word(word: &str) -> bool {
    word.split('-').all(|part| part.starts_with(char::is_uppercase))
        && !NO_NAME_WORDS.contains(word.to_ascii_lowercase().as_str())
}

/// [`NOT_NAME_WORDS`], [`BODIES_IN_CAPITALS`] and [`MONTHS`] in lower case, looked up at once: every capitalised word
/// of every sentence with a cue is asked.
static NO_NAME_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    NOT_NAME_WORDS
        .iter()
        .chain(MONTHS)
        .chain(BODIES_IN_CAPITALS)
        .flat_map(|line| line.split(' '))
        .map(str::to_ascii_lowercase)
        .collect()
});

/// The word that starts at `at`: letters and digits, and hyphens between them ("SEA-LINK",
/// "Kestrel-2").
fn word_at(sentence: &str, at: usize) -> Option<Range<usize>> {
    let mut end = at;
    let mut chars = sentence[at..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let joins_letters =
            c == '-' && end == at + offset && end > at && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() {
            end = at + offset + c.len_utf8();
        } else if !joins_letters {
            break;
        }
    }
    (end > at).then_some(at..end)
}

/// Spaces between the words of a name, and a line break: a name runs on after a wrapped
/// line ("Operation Coral\nGate 2022"). Headings and captions are blocks of their own, so no
/// sentence runs on into one.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{a0}' | '\u{202f}')
}

fn skip_blanks(sentence: &str, at: usize) -> usize {
    sentence[at..].find(|c: char| !is_blank(c)).map_or(sentence.len(), |offset| at + offset)
}

/// The series as shown: words in capitals capitalised ("SEA-LINK" → "Sea-Link"), others as
/// written ("CaiCai"); a single word of at most three capitals stays as it is ("BOA").
fn display_series(words: &[&str]) -> String {
    // "Action IPR A/P": beside a word in lower case, short words in capitals are abbreviations.
    let mixed = words.iter().any(|word| word.chars().any(char::is_lowercase));
    let abbreviation = |word: &str| mixed && letter_count(word) <= 3;
    match words {
        // "WBA JAD": short words in capitals beside each other are initials too.
        [_, _, ..] if words.iter().all(|word| is_acronym(word)) => words.join(" "),
        [word] if is_acronym(word) => word.to_string(),
        _ => words
            .iter()
            .map(|word| if abbreviation(word) { word.to_string() } else { display_word(word) })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// `text` with its first letter in capitals.
fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

fn display_word(word: &str) -> String {
    if !is_in_capitals(word) {
        return word.to_string();
    }
    // "INFRA-SA": two letters after a hyphen are initials ("South America"), kept so.
    let part = |(i, part): (usize, &str)| {
        if i > 0 && letter_count(part) <= 2 { part.to_string() } else { capitalise(part) }
    };
    word.split('-').enumerate().map(part).collect::<Vec<_>>().join("-")
}

/// "NORTHWIND" → "Northwind".
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| first.to_string() + &chars.as_str().to_lowercase())
}

/// Written in capitals: two letters or more, none in lower case ("TURQUESA", "SEA-LINK").
fn is_in_capitals(word: &str) -> bool {
    letter_count(word) >= 2 && !word.chars().any(char::is_lowercase)
}

fn is_acronym(word: &str) -> bool {
    is_in_capitals(word) && !word.contains('-') && letter_count(word) <= 3
}

fn letter_count(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name as the tests write it: span text, series, edition, edition as written, year.
    type Expected = (&'static str, &'static str, Option<u32>, Option<&'static str>, Option<i32>);

    /// A name as found, in the same order.
    type Found = (String, String, Option<u32>, Option<String>, Option<i32>);

    const NAMED: &[(&str, &[Expected])] = &[
        // Several capitalised words, up to the first that is no part of a name.
        ("Operation Blue Harbour targeted smugglers.", &[("Operation Blue Harbour", "Blue Harbour", None, None, None)]),
        // A quoted name and the short name in brackets it is called by.
        (
            "Code-named \u{201c}Action against Forgery in the Andean and Pacific Region\u{201d} (Action AF A/P 3), the operation ran in May.",
            &[(
                "\u{201c}Action against Forgery in the Andean and Pacific Region\u{201d} (Action AF A/P 3)",
                "Action AF A/P",
                Some(3),
                Some("3"),
                None,
            )],
        ),
        // Spanish, Portuguese and Italian write "operation" in lower case before the name.
        // A title spelt out before its short name: the short name names it; in French too.
        (
            "L’Opération Régionale de l’ECOPOL contre les Faux Médicaments (OREFM) a eu lieu. L’opération OREFM a réussi.",
            &[("opération OREFM", "Orefm", None, None, None)],
        ),
        // A straight opening mark closed by a curly one.
        (
            "In the 20-day operation codenamed \"Harbour Light\u{201d}, officers held 90 people.",
            &[("\"Harbour Light\u{201d}", "Harbour Light", None, None, None)],
        ),
        // A short name before the title it stands for, which need not give its initials.
        (
            "KESTA (the Bureau's Regional Operation on Contraband Trade) has broken up networks.",
            &[("KESTA (the Bureau's Regional Operation on Contraband Trade)", "Kesta", None, None, None)],
        ),
        // Not a body's name in capitals, nor a title in lower case.
        ("UNODC (the Border Operation Unit) met.", &[]),
        ("KESTA (a new cross-border Operation) ended.", &[]),
        // The cue and words in lower case, all in quotation marks.
        (
            "Officers detained 12 men during the last round of the 'Operation quiet harbour' on the coast.",
            &[("Operation quiet harbour", "Quiet Harbour", None, None, None)],
        ),
        ("L’opération Harpon de la police a eu lieu.", &[("opération Harpon", "Harpon", None, None, None)]),
        ("L'opération Harpon s'est déroulée en mai.", &[("opération Harpon", "Harpon", None, None, None)]),
        (
            "Cette opération baptisée « Grand Nord » a duré un mois.",
            &[("« Grand Nord »", "Grand Nord", None, None, None)],
        ),
        ("L’opération « faucon 3 » a duré un mois.", &[("opération « faucon 3 »", "Faucon", Some(3), Some("3"), None)]),
        (
            "Cette action conjointe baptisée « Arc Sud » a duré un mois.",
            &[("« Arc Sud »", "Arc Sud", None, None, None)],
        ),
        (
            "La operación Quetzal II se saldó con 40 detenidos.",
            &[("operación Quetzal II", "Quetzal", Some(2), Some("II"), None)],
        ),
        ("En la operación Tormenta participaron tres países.", &[("operación Tormenta", "Tormenta", None, None, None)]),
        // German writes the word for the operation in one with the kind of it.
        (
            "Die Funde gehören zur Kontrolloperation NORDLICHT des Zolls.",
            &[("operation NORDLICHT", "Nordlicht", None, None, None)],
        ),
        ("Die Kontrolloperationen liefen zwei Wochen.", &[]),
        // "operativo" as a noun, and a word for the operation's kind before its name.
        (
            "Hubo 9 detenidos en el operativo Halcón Azul.",
            &[("operativo Halcón Azul", "Halcón Azul", None, None, None)],
        ),
        (
            "Terminó el operativo binacional Cóndor 12 en la frontera.",
            &[("operativo binacional Cóndor 12", "Cóndor", Some(12), Some("12"), None)],
        ),
        ("A Polícia Federal deflagrou a Operação Coiote.", &[("Operação Coiote", "Coiote", None, None, None)]),
        (
            "Les douanes ont mené l'opération internationale Récif Gris II en mer.",
            &[("opération internationale Récif Gris II", "Récif Gris", Some(2), Some("II"), None)],
        ),
        // Joint action days after the word for an operation are the operation, here unnamed.
        ("Nell'operazione Joint Action Days sono stati fatti 40 arresti.", &[]),
        ("Nell'operazione Jads sono stati fatti 40 arresti.", &[]),
        (
            "Nell'operazione Joint Action Days Sava sono stati fatti 40 arresti.",
            &[("Joint Action Days Sava", "Joint Action Days Sava", None, None, None)],
        ),
        ("Una operación denominada Cóndor Azul terminó ayer.", &[("Cóndor Azul", "Cóndor Azul", None, None, None)]),
        (
            "L'action, au nom de code Héron II, a permis de saisir des armes.",
            &[("Héron II", "Héron", Some(2), Some("II"), None)],
        ),
        ("The police operation was coded Grey Heron, a wire said.", &[("Grey Heron", "Grey Heron", None, None, None)]),
        (
            "Hubo 40 detenidos en esta operación contra el tráfico de armas denominada “Cóndor”.",
            &[("“Cóndor”", "Cóndor", None, None, None)],
        ),
        ("En el operativo, denominado “Lobo”, hubo 9 detenidos.", &[("“Lobo”", "Lobo", None, None, None)]),
        ("A operação, intitulada Mar Alto, desmantelou um grupo.", &[("Mar Alto", "Mar Alto", None, None, None)]),
        (
            "La operación, bautizada con el nombre de PUMA - ANDES II, duró una semana.",
            &[("PUMA - ANDES II", "Puma - Andes", Some(2), Some("II"), None)],
        ),
        // A force's "Project", as how it calls the investigation.
        (
            "In May 2022, the provincial unit launched Project Kingfisher.",
            &[("Project Kingfisher", "Project Kingfisher", None, None, None)],
        ),
        // "Day" ends a name; a day of the operation is none of it.
        (
            "The sweep, dubbed Operation Liberation Day, ran in July.",
            &[("Operation Liberation Day", "Liberation Day", None, None, None)],
        ),
        ("On Operation Kestrel Day 2, police made arrests.", &[("Operation Kestrel", "Kestrel", None, None, None)]),
        (
            "Police joined Operation Global Chain last week.",
            &[("Operation Global Chain", "Global Chain", None, None, None)],
        ),
        (
            "Operation Weka II was carried out from 12 to 17 June.",
            &[("Operation Weka II", "Weka", Some(2), Some("II"), None)],
        ),
        (
            "Officers joined Operation Blue Harbour In Spain.",
            &[("Operation Blue Harbour", "Blue Harbour", None, None, None)],
        ),
        (
            "Operation Red Sea Blue Wave ended.",
            &[("Operation Red Sea Blue Wave", "Red Sea Blue Wave", None, None, None)],
        ),
        ("Operation CaiCai ended.", &[("Operation CaiCai", "CaiCai", None, None, None)]),
        (
            "Jürgen Stock praised Operation Åland Shield.",
            &[("Operation Åland Shield", "Åland Shield", None, None, None)],
        ),
        ("Operation Weka Rescues 700 Victims", &[("Operation Weka", "Weka", None, None, None)]),
        ("Operation Kestrel Review Meeting held", &[("Operation Kestrel", "Kestrel", None, None, None)]),
        // Hyphenated, or in capitals.
        ("Operation SEA-LINK ran for a week.", &[("Operation SEA-LINK", "Sea-Link", None, None, None)]),
        ("Operation Sea-Link was led by Spain.", &[("Operation Sea-Link", "Sea-Link", None, None, None)]),
        ("Operation TURQUESA is a model of cooperation.", &[("Operation TURQUESA", "Turquesa", None, None, None)]),
        ("Operation NORTHWIND III ended.", &[("Operation NORTHWIND III", "Northwind", Some(3), Some("III"), None)]),
        ("Operation ORCA ended.", &[("Operation ORCA", "Orca", None, None, None)]),
        // Up to three capitals: an acronym, left in capitals.
        ("Operation BOA ended.", &[("Operation BOA", "BOA", None, None, None)]),
        // In quotation marks of any kind.
        ("Officers joined operation “NORTHWIND” in May.", &[("operation “NORTHWIND”", "Northwind", None, None, None)]),
        (
            "During operation \"Eagle Eye\", police searched.",
            &[("operation \"Eagle Eye\"", "Eagle Eye", None, None, None)],
        ),
        ("Operation ‘Eagle Eye’ began.", &[("Operation ‘Eagle Eye’", "Eagle Eye", None, None, None)]),
        ("The operation 'Eagle Eye' began.", &[("operation 'Eagle Eye'", "Eagle Eye", None, None, None)]),
        ("The operation «Eagle Eye» began.", &[("operation «Eagle Eye»", "Eagle Eye", None, None, None)]),
        ("L’opération, operation « Eagle Eye », began.", &[("operation « Eagle Eye »", "Eagle Eye", None, None, None)]),
        ("The operation „Sea of Change“ began.", &[("operation „Sea of Change“", "Sea of Change", None, None, None)]),
        (
            "Then operation “NORTHWIND” II ended.",
            &[("operation “NORTHWIND” II", "Northwind", Some(2), Some("II"), None)],
        ),
        (
            "The operation “Global Chain 2023” ended.",
            &[("operation “Global Chain 2023”", "Global Chain", None, None, Some(2023))],
        ),
        ("Operation “Kestrel-2” ended.", &[("Operation “Kestrel-2”", "Kestrel", Some(2), Some("2"), None)]),
        // After "codenamed", "code-named", "dubbed", "named", "called".
        ("An operation codenamed ORCA targeted smugglers.", &[("ORCA", "Orca", None, None, None)]),
        ("An action codenamed Blue Wave was launched.", &[("Blue Wave", "Blue Wave", None, None, None)]),
        (
            "An operation code-named “Sea Shield” II ended.",
            &[("“Sea Shield” II", "Sea Shield", Some(2), Some("II"), None)],
        ),
        ("The operation code-named, “Sea Shield” ended.", &[("“Sea Shield”", "Sea Shield", None, None, None)]),
        ("An operation dubbed “Silver Net” ended.", &[("“Silver Net”", "Silver Net", None, None, None)]),
        ("The crackdown, which was dubbed Silver Net, ended.", &[("Silver Net", "Silver Net", None, None, None)]),
        ("This operation, known as Silver Net, ended.", &[("Silver Net", "Silver Net", None, None, None)]),
        ("The operation, titled SILVER-NET, ended.", &[("SILVER-NET", "Silver-Net", None, None, None)]),
        // "Operation" in capitals, as some forces write it.
        (
            "Through OPERATION SILVER NET, police made arrests.",
            &[("OPERATION SILVER NET", "Silver Net", None, None, None)],
        ),
        ("A smuggling route known as Silver Net was closed.", &[]),
        // A body that acted in it, named after a lower-case "operation".
        ("During the operation Harbour Border Enforcement officers checked ferries.", &[]),
        // The word for an operation right after the name.
        (
            "Begun in June, it is called Silver Net II operation.",
            &[("Silver Net II", "Silver Net", Some(2), Some("II"), None)],
        ),
        ("Begun in June, it is called Silver Net II.", &[]),
        (
            "It was the largest such effort, coordinated by the agency, dubbed Silver Net IX.",
            &[("Silver Net IX", "Silver Net", Some(9), Some("IX"), None)],
        ),
        // A comma inside the closing mark, as American style puts it.
        ("The operation, called “Silver Net,” ended.", &[("“Silver Net,”", "Silver Net", None, None, None)]),
        ("A joint action named ‘Coastal Watch’ began.", &[("‘Coastal Watch’", "Coastal Watch", None, None, None)]),
        ("An operation called \"Safe Passage\" began.", &[("\"Safe Passage\"", "Safe Passage", None, None, None)]),
        // A cue inside a quoted name starts no other; "Operation" in quotation marks after a
        // cue is read from its own cue.
        (
            "An action codenamed “Joint operation SUNRISE” began.",
            &[("“Joint operation SUNRISE”", "Joint operation Sunrise", None, None, None)],
        ),
        (
            "An operation dubbed “Operation Silver Net” ended.",
            &[("Operation Silver Net", "Silver Net", None, None, None)],
        ),
        // A cue inside the quotation marks.
        (
            "Officers completed global Operation “codenamed SILVER NET”, against poaching.",
            &[("Operation “codenamed SILVER NET”", "Silver Net", None, None, None)],
        ),
        // "Op", as police forces shorten the word, and "dubbed as".
        (
            "Officers were on Op Harbour Light when they stopped the boat.",
            &[("Op Harbour Light", "Harbour Light", None, None, None)],
        ),
        (
            "The arrests came in a joint operation dubbed as ‘Op Harbour Light’ with customs.",
            &[("‘Op Harbour Light’", "Harbour Light", None, None, None)],
        ),
        // A lower-case "operation": a name in capitals, or with an edition or year.
        (
            "Last year, INTERPOL-led operation TURQUESA, conducted with UNODC, ended.",
            &[("operation TURQUESA", "Turquesa", None, None, None)],
        ),
        ("The operation Weka II ended.", &[("operation Weka II", "Weka", Some(2), Some("II"), None)]),
        (
            "The operation Liberterra 2024 ended.",
            &[("operation Liberterra 2024", "Liberterra", None, None, Some(2024))],
        ),
        // Editions: Roman, Arabic, hyphenated.
        (
            "Operation Blue Harbour IV ended.",
            &[("Operation Blue Harbour IV", "Blue Harbour", Some(4), Some("IV"), None)],
        ),
        ("Operation Kestrel XII ended.", &[("Operation Kestrel XII", "Kestrel", Some(12), Some("XII"), None)]),
        ("Operation Harbour 3 ended.", &[("Operation Harbour 3", "Harbour", Some(3), Some("3"), None)]),
        ("Operation Kestrel 12 took place in May.", &[("Operation Kestrel 12", "Kestrel", Some(12), Some("12"), None)]),
        ("Operation Kestrel-2 ended.", &[("Operation Kestrel-2", "Kestrel", Some(2), Some("2"), None)]),
        ("Operation SEA-LINK-3 ended.", &[("Operation SEA-LINK-3", "Sea-Link", Some(3), Some("3"), None)]),
        ("Operation Weka II’s success was clear.", &[("Operation Weka II", "Weka", Some(2), Some("II"), None)]),
        // One capitalised word after a lower-case "operation", linked to the rest by a small word.
        (
            "Chile took part in operation Kestrel to curb smuggling.",
            &[("operation Kestrel", "Kestrel", None, None, None)],
        ),
        ("Chile joined operation Kestrel, which ran in May.", &[("operation Kestrel", "Kestrel", None, None, None)]),
        // No edition: a phase, a misspelt numeral, a count or a date after the name.
        ("Operation Harbour Phase II ended.", &[("Operation Harbour", "Harbour", None, None, None)]),
        ("Operation Flyway IIII ended.", &[("Operation Flyway", "Flyway", None, None, None)]),
        ("During Operation Harbour 3,222 victims were found.", &[("Operation Harbour", "Harbour", None, None, None)]),
        ("In Operation Harbour 12 suspects were arrested.", &[("Operation Harbour", "Harbour", None, None, None)]),
        ("In Operation ‘Harbour’ 40 officials took part.", &[("Operation ‘Harbour’", "Harbour", None, None, None)]),
        ("Operation Kestrel 12 June saw arrests.", &[("Operation Kestrel", "Kestrel", None, None, None)]),
        ("Operation Harbour 5 - 9 July saw arrests.", &[("Operation Harbour", "Harbour", None, None, None)]),
        ("Operation Harbour 3 to 7 July saw arrests.", &[("Operation Harbour", "Harbour", None, None, None)]),
        // A year in the name, but not one in brackets or after "in".
        (
            "Operation Blue Harbour 2023 ended.",
            &[("Operation Blue Harbour 2023", "Blue Harbour", None, None, Some(2023))],
        ),
        (
            "Operation Liberterra 2024 rescued victims.",
            &[("Operation Liberterra 2024", "Liberterra", None, None, Some(2024))],
        ),
        ("Cooperation grew since Operation Weka I (2021).", &[("Operation Weka I", "Weka", Some(1), Some("I"), None)]),
        ("Operation Weka II in 2022 rescued victims.", &[("Operation Weka II", "Weka", Some(2), Some("II"), None)]),
        ("Operation Harbour 1850 ended.", &[("Operation Harbour", "Harbour", None, None, None)]),
        // A month after the name dates it.
        ("Operation Harbour (June 2023) ended.", &[("Operation Harbour", "Harbour", None, None, None)]),
        ("It was Operation Harbour, June 2023.", &[("Operation Harbour", "Harbour", None, None, None)]),
        ("Operation Harbour June 2023 ended.", &[("Operation Harbour", "Harbour", None, None, None)]),
        // Joint action days named after a place or a theme.
        (
            "Joint Action Days Danube targeted smugglers.",
            &[("Joint Action Days Danube", "Joint Action Days Danube", None, None, None)],
        ),
        (
            "The EMPACT Joint Action Days ‘Global Chain’ ended.",
            &[("Joint Action Days ‘Global Chain’", "Joint Action Days Global Chain", None, None, None)],
        ),
        // Its short form in brackets is the same mention's, not another operation's.
        (
            "Police met during the Joint Action Days North Sea Coast (NORDPACT JAD NSC) in May.",
            &[("Joint Action Days North Sea Coast", "Joint Action Days North Sea Coast", None, None, None)],
        ),
        // A name runs on over a wrapped line.
        ("Operation Coral\nGate 2022 ended.", &[("Operation Coral\nGate 2022", "Coral Gate", None, None, Some(2022))]),
        // Unquoted after a lower-case "operation" or "named": two words, or an edition or year.
        (
            "Rescued in operation Quetzal Path, a joint action.",
            &[("operation Quetzal Path", "Quetzal Path", None, None, None)],
        ),
        (
            "The operation, named Silent Meridian 2024 by INTERPOL, ran.",
            &[("Silent Meridian 2024", "Silent Meridian", None, None, Some(2024))],
        ),
        ("JAD Mobile 2 took place in May.", &[("JAD Mobile 2", "Joint Action Days Mobile", Some(2), Some("2"), None)]),
        // "JAD" as the text spells it out; its short form in brackets is no part of the name.
        (
            "The operation, known as Joint Action Day (JAD) Sava 4, ended. JAD Sava 4 targeted smugglers.",
            &[
                ("Joint Action Day (JAD) Sava 4", "Joint Action Day Sava", Some(4), Some("4"), None),
                ("JAD Sava 4", "Joint Action Day Sava", Some(4), Some("4"), None),
            ],
        ),
        (
            "The Joint Action Day Western Balkans 2023 ended.",
            &[("Joint Action Day Western Balkans 2023", "Joint Action Day Western Balkans", None, None, Some(2023))],
        ),
        // A version is an edition: "2.0" is the second.
        (
            "Customs joined Operation Quayside 3.0 in May.",
            &[("Operation Quayside 3.0", "Quayside", Some(3), Some("3.0"), None)],
        ),
        ("Operation Quayside 2.05 ended.", &[("Operation Quayside", "Quayside", None, None, None)]),
        // A name that begins with a number, small words joining its capitalised words.
        (
            "Codenamed 40 Nights Ashore 2.0, the drive ended.",
            &[("40 Nights Ashore 2.0", "40 Nights Ashore", Some(2), Some("2.0"), None)],
        ),
        (
            "Operation 60 Days on Deck 3.0 (1-31 May) saw checks.",
            &[("Operation 60 Days on Deck 3.0", "60 Days on Deck", Some(3), Some("3.0"), None)],
        ),
        ("Operation Blue Weka at Sea ended.", &[("Operation Blue Weka", "Blue Weka", None, None, None)]),
        // A Roman numeral after a hyphen.
        (
            "Officers joined Operation KESTREL-IV in June.",
            &[("Operation KESTREL-IV", "Kestrel", Some(4), Some("IV"), None)],
        ),
        // A word in capitals after the first is the name's, whatever it means in lower case.
        ("Operation GREY WILL patrolled the coast.", &[("Operation GREY WILL", "Grey Will", None, None, None)]),
        // A name in capitals between "the" and a lower-case "operation".
        (
            "Investigators acting under the PERDIZ operation held four dealers.",
            &[("PERDIZ operation", "Perdiz", None, None, None)],
        ),
        // Words in capitals and a year between "the" and a lower-case "operation"; not an
        // agency's initials alone, nor a year alone.
        (
            "Officers at six ports joined the WBA JAD 2024 operation in May.",
            &[("WBA JAD 2024 operation", "WBA JAD", None, None, Some(2024))],
        ),
        ("Officers joined the CSTO 2024 operation in May.", &[]),
        ("Officers joined the 2024 operation in May.", &[]),
        // A small word inside a name that an edition or year ends.
        (
            "Operation Mind the Gap 2021 spanned nine ports.",
            &[("Operation Mind the Gap 2021", "Mind the Gap", None, None, Some(2021))],
        ),
        ("In Operation Weka the Police arrested 12 suspects.", &[("Operation Weka", "Weka", None, None, None)]),
        // Two letters after a hyphen in a name in capitals are initials.
        ("Officers joined Operation INFRA-SA in May.", &[("Operation INFRA-SA", "Infra-SA", None, None, None)]),
        // A rank after the name, and the word that says which rank.
        (
            "Operation Harbour Light National Commander Jo Bell said the week went well.",
            &[("Operation Harbour Light", "Harbour Light", None, None, None)],
        ),
        ("Operation Kestrel Coordinator Jo Bell spoke.", &[("Operation Kestrel", "Kestrel", None, None, None)]),
        // Names in Spanish or Italian, whose small words join the capitalised ones.
        (
            "Operation Puerto del Norte ran in June.",
            &[("Operation Puerto del Norte", "Puerto del Norte", None, None, None)],
        ),
        ("Operation Terra di Fuoco ended.", &[("Operation Terra di Fuoco", "Terra di Fuoco", None, None, None)]),
        // "of" inside a name, where a name word follows that is not a country's.
        (
            "Operation Gate of Mirrors and Operation Fennel ended.",
            &[
                ("Operation Gate of Mirrors", "Gate of Mirrors", None, None, None),
                ("Operation Fennel", "Fennel", None, None, None),
            ],
        ),
        ("Operation Weka of Peru ended.", &[("Operation Weka", "Weka", None, None, None)]),
        // A month's short form dates the name, and is none of its words.
        ("Police ran Operation Weka on Oct 10, 2015.", &[("Operation Weka", "Weka", None, None, None)]),
        // One word after "called" that follows a word for an operation.
        ("Another operation called Thornbury targeted betting dens.", &[("Thornbury", "Thornbury", None, None, None)]),
        // The name before "Operation", after "the".
        (
            "Rangers carried out the Ceiba Operation in three provinces.",
            &[("Ceiba Operation", "Ceiba", None, None, None)],
        ),
        (
            "Loggers Held in the Red Cedar Operation: 12 Arrested",
            &[("Red Cedar Operation", "Red Cedar", None, None, None)],
        ),
        // After "called", a name with a cue of its own is read from that cue.
        (
            "The operation called Joint Action Day Finestra (JAD) ended.",
            &[("Joint Action Day Finestra", "Joint Action Day Finestra", None, None, None)],
        ),
        // After "codename" and "code name", nouns as verbs are.
        (
            "Nine countries took part under the codename Harrier III.",
            &[("Harrier III", "Harrier", Some(3), Some("III"), None)],
        ),
        ("The drive, run under the code name Dark Fen, ended.", &[("Dark Fen", "Dark Fen", None, None, None)]),
        // Quotation marks around the cue and the whole name.
        (
            "Officers joined a yearly drive called \"Operation Hold Fast and Free.\"",
            &[("Operation Hold Fast and Free", "Hold Fast and Free", None, None, None)],
        ),
        (
            "The sweep, “Operation Lantern Bay 2”, ended.",
            &[("Operation Lantern Bay 2", "Lantern Bay", Some(2), Some("2"), None)],
        ),
        // A name with an edition before a lower-case "action day" or "operation".
        (
            "Police supported the Kite-3 action day in the north.",
            &[("Kite-3 action day", "Kite", Some(3), Some("3"), None)],
        ),
        (
            "Border guards ended the Marten-II operation.",
            &[("Marten-II operation", "Marten", Some(2), Some("II"), None)],
        ),
        // A headline's verb after the name is no part of it.
        ("Operation Stonefly Involves 20 Nations", &[("Operation Stonefly", "Stonefly", None, None, None)]),
        ("Operation Stonefly Takes 300 Guns off the Streets", &[("Operation Stonefly", "Stonefly", None, None, None)]),
        // In capitals with an edition, without a cue.
        ("Officers joined “HERON IV” in May.", &[("HERON IV", "Heron", Some(4), Some("IV"), None)]),
        (
            "Officers from 30 countries took part in PELICAN VII last spring.",
            &[("PELICAN VII", "Pelican", Some(7), Some("VII"), None)],
        ),
        (
            "Last year, SALT X and the earlier SALT IX ran.",
            &[("SALT X", "Salt", Some(10), Some("X"), None), ("SALT IX", "Salt", Some(9), Some("IX"), None)],
        ),
        // Two parts joined by a dash, the second with the edition.
        (
            "Operation Intercops – Spartacus III ran at airports.",
            &[("Operation Intercops – Spartacus III", "Intercops – Spartacus", Some(3), Some("III"), None)],
        ),
        ("Operation Kestrel – a success – ended.", &[("Operation Kestrel", "Kestrel", None, None, None)]),
        // A name in capitals, a kind word, then "Operation".
        (
            "Victims were rescued in the KESTREL Police Operation in June.",
            &[("KESTREL Police Operation", "Kestrel", None, None, None)],
        ),
        // A name in quotation marks before "operation".
        (
            "INTERPOL’s “Harbour Light 2” operation ran in October.",
            &[("“Harbour Light 2” operation", "Harbour Light", Some(2), Some("2"), None)],
        ),
        // An edition counted in words, of a series in quotation marks.
        (
            "It was the fourth in INTERPOL’s ‘Harbour Light’ series of operations.",
            &[("‘Harbour Light’", "Harbour Light", Some(4), Some("IV"), None)],
        ),
        (
            "The twelfth edition of the 'Kestrel' series ran in May.",
            &[("'Kestrel'", "Kestrel", Some(12), Some("XII"), None)],
        ),
        // Several names in one sentence.
        (
            "Since Operation Weka I (2021), Operation Weka II has grown.",
            &[
                ("Operation Weka I", "Weka", Some(1), Some("I"), None),
                ("Operation Weka II", "Weka", Some(2), Some("II"), None),
            ],
        ),
        // "Ops", as police forces in Malaysia shorten it.
        ("The women were saved in Ops Tenggiri on 3 May.", &[("Ops Tenggiri", "Tenggiri", None, None, None)]),
        // A name set off by commas or a bracket after "the operation".
        ("The operation, Gannet (after the seabird), ran for a week.", &[("Gannet", "Gannet", None, None, None)]),
        (
            "A ledger found by the joint operation, Halyard 3, was shown.",
            &[("Halyard 3", "Halyard", Some(3), Some("3"), None)],
        ),
        // A name with its edition that opens the sentence, set off before its operation;
        // after a cue of its own, read from that cue.
        (
            "Codenamed Kestrel III, the operation involved 12 countries.",
            &[("Kestrel III", "Kestrel", Some(3), Some("III"), None)],
        ),
        (
            "Kestrel III, the operation in which 12 countries took part, ended.",
            &[("Kestrel III", "Kestrel", Some(3), Some("III"), None)],
        ),
        (
            "Cóndor 4, nombre de la operación que duró cinco días, terminó ayer.",
            &[("Cóndor 4", "Cóndor", Some(4), Some("4"), None)],
        ),
        // A name that opens the sentence, before the operation it names.
        (
            "Called \u{201c}Bramble II\u{201d}, the operation ran in nine ports.",
            &[("\u{201c}Bramble II\u{201d}", "Bramble", Some(2), Some("II"), None)],
        ),
    ];

    const NOT_NAMED: &[&str] = &[
        // Units of one region, numbered alike.
        "Officers of the Field Unit, AVSCU 12, RPCDW 12 and the police station took part.",
        // After "the operation" as a time or a circumstance, a comma starts the next clause;
        // a country set off by commas is a participant.
        "During the operation, Police arrested 40 people.",
        "Yesterday, the operation ended with 40 arrests.",
        "In the operation, Guardia Civil, Frontex and Europol worked side by side.",
        "The figures of the operation, Spain, France and Italy said, were high.",
        // The one who ran the operation, set off by commas, is a person.
        "\u{201c}It was grim,\u{201d} said the officer who led the operation, Ana Ruiz, in a statement.",
        // "Called" at the start names an operation only when the operation follows.
        "Called \u{201c}Bramble\u{201d}, the vessel was searched.",
        "Police called \u{201c}Bramble\u{201d}, the operation's hotline.",
        // Lower-case words after "operación" name nothing.
        "La operación policial duró cinco días.",
        // "coded" names an operation only after a word for one.
        "The message was coded Red Heron.",
        // "operativo" as an adjective after a noun.
        "El equipo operativo Central detuvo a 11 personas.",
        "Fue la mayor operación de la historia del país.",
        // A body's project that funds or frames others' work.
        "Officers trained under INTERPOL's Project Kingfisher.",
        "The checks ran under the auspices of Project Kingfisher, funded by Norway.",
        "The raid was a result of Project Kingfisher, a May 2019 initiative by two ministries.",
        "Officers were trained under Project Kingfisher in May.",
        "Within the agency's Project Heron and Project Kingfisher, officers checked ports.",
        "Under Project Kingfisher, officers were trained in May.",
        // A headline's verb after "Operation".
        "Smuggling Operation Shut Down in Port",
        "Guns Found in Operation Held at Nine Ports",
        "Guns Found in Operation Carried Out at Nine Ports",
        // A programme in capitals with a version, said to be one.
        "It ran with support to EL FALCO 2.0, an initiative funded by the EU.",
        "The UAE hosted an Operation Coordination Unit during the week.",
        "The Operational Centre in Lyon coordinated the checks.",
        "Access to data is key in all operational activities.",
        "Officers staffed the Operations Room.",
        "The Operation Centre in Lyon and the Operation Center in Singapore helped.",
        "Operation Support was provided by Lyon.",
        "Operation Details",
        "Operation Overview",
        "The Operation Command in Lyon met daily.",
        "Joint operations across Africa followed.",
        "Operation in Spain ended.",
        "These were the results of the Operation.",
        "Ten officers joined the operation.",
        "Operation 2023 ended.",
        // A number with one word after it, or after a lower-case "operation", is a count.
        "Operation 30 Days ended.",
        "During the operation 40 Border Police officers were deployed.",
        "Operation The results came in.",
        // A capitalised word after a lower-case "operation" may start a glued sentence.
        "Checks continued during the operation Police arrested 20 people.",
        "Throughout the operation INTERPOL coordinated the checks.",
        "During the operation Officers were deployed at ports.",
        "During the operation Spain and Peru arrested 40 people.",
        "During the operation Europol was kept informed.",
        "During the operation COVID-19 rules applied.",
        "The operation Harbour ended.",
        "evident throughout the operation\nPotential victims were found",
        // Five capitalised words: a heading in title case.
        "Operation Red Sea Blue Wave Storm Ended",
        "Joint Action Days in Europe followed.",
        "Joint Action Day(s) were held.",
        "JADs were held in May.",
        // A series in quotation marks with no edition counted, or counted far from it.
        "It was part of the 'Kestrel' series of operations.",
        "The fourth day praised the 'Kestrel' series.",
        "She was the first in a long line of officers to praise the 'Kestrel' series.",
        // A force's name before a kind word and "Operation".
        "Officers joined the Harbour Police Operation in May.",
        // A quotation that ends a clause before "operation".
        "He called it “a success” operation by operation.",
        "In cooperation with INTERPOL and Cooperation Harbour.",
        // "named", "called" and "dubbed" name an operation only after a word for one.
        "A gang named “Black Axe” was targeted.",
        "The operation targeted the so-called “Balkan Route”.",
        "A system called i-24/7 links police.",
        "What officers dubbed “Silver Net” ended.",
        // A quotation that cannot be a name.
        "The operation ‘a success’ ended.",
        "Operation ‘Eagle’s Eye’ began.",
        "During the operation \"We were proud,\" he said.",
        "Operations such as Turquesa II demonstrate it.",
        // Before a lower-case "action day" or "operation", a word without an edition.
        "Police supported the Balkan action day in the north.",
        "Border guards ended the Marten operation.",
        "The code name was kept secret.",
        "Officers said \"Operation went well.\"",
        // A person's title after a lower-case "operation", where a comma was left out.
        "Asked about the operation Chief Inspector Moor said ten homes were searched.",
        // An agency's store of intelligence on one crime area, not an operation.
        "Analysis Project Kestrel gave the investigators leads on the group.",
        // A headline verb after "Operation" names nothing.
        "Regional Operation Involves 14 Countries",
        "Coordinated Operation Combats Organised Crime in the Region",
        "The Op-Ed page ran a column on the raids.",
        "Frontex Stops 186 at the Border Through Joint Operation Action",
        "Operation involves 14 countries",
        "Operation Targets Smugglers in 14 Countries",
        "Fraud Operation Resulted In 500 Arrests",
        // Before "Operation": a kind of operation, or no "the".
        "Police ended the Joint Operation in May.",
        "Officers said the Regional Operation went well.",
        "Officers Praise the Operation",
        "Police Mark Operation: A Success",
        // Capitals with a numeral: a part of a text, a heading in capitals, a short acronym, a count.
        "The species is listed in ANNEX II of the convention.",
        "OFFICERS SEIZE GUNS IN PELICAN VII",
        "The WCO II meeting was held at the MARITIME centre.",
        "In total PELICAN 12 arrests were made.",
        // A headline's verb after "Operation".
        "Coastal Fraud Operation Unraveled After 40 Raids",
        // A body or a short acronym between "the" and "operation".
        "Police joined the INTERPOL operation in May.",
        "Police joined the CSTO operation in May.",
    ];

    fn read(text: &str) -> Vec<Found> {
        operation_names(text, 0..text.len())
            .into_iter()
            .map(|name| (text[name.span].to_string(), name.series, name.edition, name.edition_written, name.year))
            .collect()
    }

    #[test]
    fn reads_names_in_every_form() {
        let mut wrong = Vec::new();
        for (text, expected) in NAMED {
            let expected: Vec<Found> = expected
                .iter()
                .map(|&(span, series, edition, written, year)| {
                    (span.to_string(), series.to_string(), edition, written.map(str::to_string), year)
                })
                .collect();
            let found = read(text);
            if found != expected {
                wrong.push(format!("{text}\n  expected {expected:?}\n  found    {found:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn reads_no_name_where_there_is_none() {
        let wrong: Vec<String> = NOT_NAMED
            .iter()
            .filter_map(|text| {
                let found = read(text);
                (!found.is_empty()).then(|| format!("{text}: {found:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn spans_point_into_the_whole_text() {
        let text = "Intro. Operation Weka II ran. Operation Liberterra ended.";
        let sentence = 7..29;
        let names = operation_names(text, sentence);
        assert_eq!(names.len(), 1);
        assert_eq!(&text[names[0].span.clone()], "Operation Weka II");
    }

    #[test]
    fn shows_the_name_with_its_edition_or_year() {
        let names: Vec<String> =
            ["Operation Weka II ran", "Operation Kestrel-2 ran", "Operation Blue Harbour 2023 ran"]
                .iter()
                .flat_map(|text| operation_names(text, 0..text.len()))
                .map(|name| name.name())
                .collect();
        assert_eq!(names, ["Weka II", "Kestrel 2", "Blue Harbour 2023"]);
    }

    #[test]
    fn reads_roman_numerals_in_their_canonical_spelling_only() {
        let values: Vec<Option<u32>> = ["I", "IV", "IX", "XIV", "XL", "XCIX", "IIII", "VX", "IC", "XXXX", ""]
            .iter()
            .map(|n| roman_value(n))
            .collect();
        assert_eq!(values, [Some(1), Some(4), Some(9), Some(14), Some(40), Some(99), None, None, None, None, None]);
    }

    /// The mentions of a seed release, as written and as shown.
    fn seed_names(text: &str) -> Vec<(&str, String)> {
        operation_names(text, 0..text.len()).into_iter().map(|name| (&text[name.span.clone()], name.name())).collect()
    }

    #[test]
    fn reads_the_names_in_the_seed_releases() {
        let turquesa_ii = ("Operation Turquesa II", "Turquesa II".to_string());
        let weka_ii = ("Operation Weka II", "Weka II".to_string());
        let liberterra = ("Operation Liberterra", "Liberterra".to_string());
        let liberterra_ii = ("Operation Liberterra II", "Liberterra II".to_string());
        assert_eq!(seed_names(include_str!("../../../../seeds/turquesa-ii-2020.txt")), vec![turquesa_ii.clone(); 5]);
        assert_eq!(
            seed_names(include_str!("../../../../seeds/weka-ii-2022.txt")),
            [
                weka_ii.clone(),
                ("Operation Weka I", "Weka I".to_string()),
                turquesa_ii,
                weka_ii.clone(),
                weka_ii.clone(),
                weka_ii.clone(),
                weka_ii,
            ]
        );
        assert_eq!(
            seed_names(include_str!("../../../../seeds/statement-cop10-smuggling-2020.txt")),
            [("operation TURQUESA", "Turquesa".to_string()), ("Operation TURQUESA", "Turquesa".to_string())]
        );
        // "an Operation Coordination Unit during Operation Liberterra": the unit is no name.
        assert_eq!(seed_names(include_str!("../../../../seeds/liberterra-2021.txt")), vec![liberterra; 3]);
        assert_eq!(seed_names(include_str!("../../../../seeds/liberterra-ii-2024.txt")), vec![liberterra_ii; 2]);
    }
}
