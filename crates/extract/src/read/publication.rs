//! What a release says of its own publication: its date, from the date line under its
//! headline ("5 March 2024", "05.03.2024", "2024.03.05", "14 de marzo de 2019"), a wire service's banner
//! ("11/06/2024 | Press release | Distributed by ..."), or the dateline that opens its first
//! paragraph ("GENEVA, March 5, 2024 /NewsWire/ --"); and its publisher, where the text says
//! plainly who that is ("Source: INTERPOL", "Frontex – Press release", "About AFRIPOL",
//! "THE HAGUE (Europol) –", "AMERIPOL today announced", a masthead "Europol | Newsroom").

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::date::Date;
use explorer_model::text::{first_bytes, last_bytes};
use regex::Regex;

use crate::annotate::country_index::CountryIndex;
use crate::annotate::dates::{NumericOrder, date_mentions};
use crate::doc::{Doc, Sentence};
use crate::phrases::any_of;
use crate::segment::BlockKind;

/// A wire service's redistribution: "/NewsWire/ --" after a dateline, a "Distributed by"
/// banner, or a wire's dateline ("ROME, Nov 5 (WIRE)"). Wire services and United States
/// publishers write numeric dates month first.
static WIRE_BANNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/[A-Z][A-Za-z ]{1,30}/\s*(?:--|–|—)|\|\s*Distributed by\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2} \([A-Z]{2,}\)")
        .expect("valid regex")
});

/// Publishers of these releases, by the name the dataset gives them, with the other names
/// they go by.
pub(crate) const PUBLISHERS: &[(&str, &[&str])] = &[
    ("INTERPOL", &["Interpol"]),
    ("Europol", &["EUROPOL", "European Union Agency for Law Enforcement Cooperation"]),
    ("Frontex", &["FRONTEX", "European Border and Coast Guard Agency"]),
    ("IOM", &["International Organization for Migration"]),
    ("UNODC", &["United Nations Office on Drugs and Crime"]),
    ("AFRIPOL", &["Afripol"]),
    ("AMERIPOL", &["Ameripol", "Police Community of the Americas"]),
    ("ASEANAPOL", &["Aseanapol"]),
    ("SELEC", &["Southeast European Law Enforcement Center"]),
    ("ELA", &["European Labour Authority"]),
    ("WCO", &["World Customs Organization", "World Customs Organisation"]),
    ("OSCE", &["Organization for Security and Co-operation in Europe"]),
    ("EAPCCO", &["Eastern Africa Police Chiefs Cooperation Organization"]),
    ("SARPCCO", &["Southern African Regional Police Chiefs Cooperation Organisation"]),
    ("GCCPOL", &[]),
    ("CCLEC", &["Caribbean Customs Law Enforcement Council"]),
    ("LATF", &["Lusaka Agreement Task Force"]),
    ("Eurojust", &[]),
    ("UNHCR", &["United Nations High Commissioner for Refugees"]),
    ("National Crime Agency", &[]),
    ("National Police Chiefs' Council", &["National Police Chiefs’ Council", "NPCC"]),
    ("Australian Federal Police", &[]),
    ("FBI", &["Federal Bureau of Investigation"]),
    ("Arma dei Carabinieri", &[]),
    ("Guardia Civil", &[]),
    ("Guardia di Finanza", &[]),
    ("Hellenic Police", &[]),
    ("Polish Police", &["Policja"]),
    ("Policía Nacional del Perú", &["National Police of Peru"]),
    // News agencies, whose copy of a story is its own release.
    ("Reuters", &[]),
    // The agency is named as each release writes it: "(AP)" or "by The Associated Press".
    ("AP", &[]),
    ("The Associated Press", &["Associated Press"]),
    ("Xinhua", &[]),
    ("Bernama", &[]),
];

/// Words a masthead writes after the publisher's name: "WCO NEWS", "ASEANAPOL Secretariat".
const MASTHEAD_SUFFIXES: &[&str] = &["news", "newsroom", "secretariat"];

/// How long a line that says who publishes the release may be ("About AFRIPOL", "Source:
/// International Organization for Migration (IOM)").
const PUBLISHER_LINE_BYTES: usize = 100;

/// News agencies of [`PUBLISHERS`]: their copy of a story is their release, but they never
/// ran the action it tells of.
const NEWS_AGENCIES: &[&str] = &["Reuters", "AP", "The Associated Press", "Xinhua", "Bernama"];

/// Whether a publisher the text names may stand for who ran an action it names no one for: a
/// body known to run them, not a news agency nor a name the project does not know.
pub fn may_have_run_it(publisher: &str) -> bool {
    PUBLISHERS.iter().any(|(name, _)| *name == publisher) && !NEWS_AGENCIES.contains(&publisher)
}

/// A dateline that names the publisher: "THE HAGUE (Europol) –", "LYON, France (Reuters) -",
/// "Jakarta (Wire) – ", "Bergen, May 13 (Wire): ", "OSLO, April 28 (Wire) -- ", "Bergen, 13
/// May (Wire).- ", and with no mark after a date ("Bergen, May 13 (Wire) Nine people ...").
static DATELINE_PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\p{Lu}[\p{L} .,]*?(?:,\s+\p{Lu}[\p{L}. ]{1,30}?)?",
        r"(?P<date>,\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+))?",
        r"\s*\((?P<publisher>[^()]{2,30})\)(?:\.?\s*(?:--|[–—:-])|\s+\p{Lu})"
    ))
    .expect("valid regex")
});

/// Words after the subject of a first paragraph that make it the release's publisher: "Frontex,
/// the European Border and Coast Guard Agency, has published the results", "(AMERIPOL) today
/// announced".
const ANNOUNCING: &[&str] =
    &[" has published", " today announced", " today released", " has released", " announced today"];

/// How far before the announcing words the publisher's name may stand.
const ANNOUNCER_BYTES: usize = 120;

/// How far into a release its header and dateline reach.
const HEADER_BYTES: usize = 600;

/// How far into a release a date line or dateline may start: past the header, as a summary
/// may stand above the dateline ("(SUMMARY) ... (PRESS RELEASE) VALLETTA, 14-Mar-2024 —").
const DATELINE_REACH_BYTES: usize = 1000;

/// A date line says little besides the date: "11/06/2024 | Press release | Distributed by
/// Public on 11/06/2024 03:58" is the longest kind seen. A longer line is a headline.
const DATE_LINE_MAX_OTHER_BYTES: usize = 80;

/// A dateline's date stands this close to the start of the first paragraph.
const DATELINE_BYTES: usize = 60;

/// How the release writes numeric dates, from its header: month first after a wire banner
/// or beside a date in United States order, day first otherwise.
pub fn numeric_order(text: &str) -> NumericOrder {
    if WIRE_BANNER.is_match(first_bytes(text, HEADER_BYTES)) {
        NumericOrder::MonthFirst
    } else {
        NumericOrder::DayFirst
    }
}

/// The publication date the release states in its header or dateline, with its span: a
/// line that is little but a date, or a date before the dash of a dateline, within the
/// release's first bytes.
pub fn stated_publication(doc: &Doc) -> Option<(Date, Range<usize>)> {
    doc.sentences
        .iter()
        .take_while(|s| s.span.start < DATELINE_REACH_BYTES)
        .find_map(|sentence| {
            // "Phnom Penh, Feb 24 (Wire) Feb 24, 2025": the first full date of the line.
            let (date, mention) =
                sentence.dates.iter().filter(|d| d.start == d.end).find_map(|d| Some((d.start.full()?, d)))?;
            let date_line = sentence.span.len() - mention.span.len() <= DATE_LINE_MAX_OTHER_BYTES
                && !matches!(sentence.kind, BlockKind::Body | BlockKind::Bullet);
            let opening = &doc.text[sentence.span.start..];
            let dash = opening.find(['–', '—']).or_else(|| opening.find(" - ")).or_else(|| opening.find("--"));
            // "MOSCOW (City News / Wire - 6th April, 2021) Police ...", "LYON, France, (Wire -
            // 10th Dec, 2020) A ...": the date closes the brackets.
            let place = opening.split_once('(').map(|(place, _)| place);
            let closes_brackets = place.is_some_and(|place| {
                place.len() < mention.span.start - sentence.span.start
                    && place.chars().any(char::is_uppercase)
                    && place.split_whitespace().all(|word| word.starts_with(char::is_uppercase))
            }) && doc.text[mention.span.end..].trim_start().starts_with(')');
            let stops = dateline_of_a_place(doc.text, sentence).is_some();
            let dateline = mention.span.start - sentence.span.start <= DATELINE_BYTES
                && (closes_brackets
                    || stops
                    || dash.is_some_and(|dash| mention.span.end <= sentence.span.start + dash));
            (date_line || dateline).then(|| (date, mention.span.clone()))
        })
        .or_else(|| foreign_date_line(doc))
        .or_else(|| credit_line(doc))
        .or_else(|| labelled_date(doc))
}

/// The date a page labels as its publication's, at its top or below its text: "Published :
/// 3 May 2024", "A. Writer Published May 3, 2024 | 10:15 AM", "Posted on 3 May 2024".
fn labelled_date(doc: &Doc) -> Option<(Date, Range<usize>)> {
    doc.sentences.iter().find_map(|sentence| {
        let mention = sentence.dates.first().filter(|d| d.start == d.end)?;
        let date = mention.start.full()?;
        let before = doc.text[sentence.span.start..mention.span.start].trim_end().trim_end_matches(':').trim_end();
        // "Posted by A. Writer on", or "Posted by on" where a page left its writer out.
        let posted_by = before.rsplit_once("Posted by").is_some_and(|(_, writer)| writer.ends_with(" on"));
        let labelled =
            posted_by || ["Published", "Published on", "Posted on"].iter().any(|label| before.ends_with(label));
        // A label and its date make a short line, a byline and a time at most; a sentence that
        // tells of a report "Published on 3 May" goes on.
        let after = doc.text[mention.span.end..sentence.span.end].trim();
        let short = before.len() <= LABELLED_DATE_MAX_BEFORE_BYTES && after.len() <= LABELLED_DATE_MAX_AFTER_BYTES;
        (labelled && short).then(|| (date, mention.span.clone()))
    })
}

/// The most a line may hold before its "Published" label: a reporter's name.
const LABELLED_DATE_MAX_BEFORE_BYTES: usize = 60;
/// The most a line may hold after its labelled date: a time ("| 08:51 PM").
const LABELLED_DATE_MAX_AFTER_BYTES: usize = 20;

/// The date of a line that holds nothing but a place, the date and a wire's name, below the
/// text: "Lima, Peru, May 3, 2012 (Wire)".
fn credit_line(doc: &Doc) -> Option<(Date, Range<usize>)> {
    doc.sentences.iter().rev().find_map(|sentence| {
        let [mention] = sentence.dates.as_slice() else { return None };
        let date = mention.start.full().filter(|_| mention.start == mention.end)?;
        let before = doc.text[sentence.span.start..mention.span.start].strip_suffix(", ")?;
        let after = doc.text[mention.span.end..sentence.span.end].trim();
        let a_place = !before.is_empty() && before.split_whitespace().all(|word| word.starts_with(char::is_uppercase));
        let a_wire = after.is_empty() || after_a_wires_name(after) == Some("");
        (a_place && a_wire).then(|| (date, mention.span.clone()))
    })
}

/// Where a dateline of a place and its date that opens `sentence` ends: "Pretoria, 12 May
/// 2024; The police ...", "Pretoria, 12 May 2024 – The police ...", "Pretoria, May 12 (Wire).
/// – The police ..." with a wire's name (after the mark and its space), and "PRETORIA, May 12
/// The police ..." with the place in capitals and no mark.
pub(crate) fn dateline_of_a_place(text: &str, sentence: &Sentence) -> Option<usize> {
    let mention = sentence.dates.first()?;
    let before = text.get(sentence.span.start..mention.span.start)?;
    let a_place = before.ends_with(", ") && before.split_whitespace().all(|word| word.starts_with(char::is_uppercase));
    let after = &text[mention.span.end..sentence.span.end];
    let wire = after.strip_prefix(' ').and_then(after_a_wires_name).map(|rest| rest.strip_prefix('.').unwrap_or(rest));
    let after = wire.unwrap_or(after);
    // "LIMA, July 9 Officers in ..." : a place in capitals ends its dateline with no mark.
    let in_capitals = before.chars().any(char::is_alphabetic) && !before.chars().any(char::is_lowercase);
    let unmarked = || in_capitals && after.strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_uppercase));
    // "(Wire).- ", as Spanish wires write it: the full stop is taken off with the wire's name.
    let rest = match [";", ":", " –", " —", " --", " -", "-"].iter().find(|mark| after.starts_with(**mark)) {
        Some(mark) => &after[mark.len()..],
        None if unmarked() => &after[1..],
        None => return None,
    };
    a_place.then(|| sentence.span.end - rest.trim_start().len())
}

/// Where a dateline that opens a sentence ends, or 0: a place in capitals and a mark
/// ("MOMBASA: ", "LONDON — "), also with its country and a wire's name in brackets ("THE
/// HAGUE, Ruritania (Wire) — ", "OSLO (Wire) -- "), or a place's name and a colon or a wire's
/// name ("New Delhi: ", "Jakarta (Wire) – ").
pub(crate) fn dateline_end(said: &str) -> usize {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:(?P<place>\p{Lu}[\p{Lu}.'’-]*(?:[ ,]+\p{Lu}[\p{Lu}.'’-]*)*)",
            r"(?:,\s+\p{Lu}\p{Ll}[\p{L}.]*(?:\s\p{Lu}\p{Ll}+)?)?(?:\s+\([^()]{1,30}\))?\s*(?:--|[:–—-])",
            r"|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?::|\s+\([^()]{1,30}\)\s*(?:--|[:–—-])))\s+"
        ))
        .expect("valid regex")
    });
    let Some(found) = DATELINE.captures(said) else { return 0 };
    // "A – " is no place: a dateline's place has three letters or more.
    let letters =
        found.name("place").map_or(usize::MAX, |place| place.as_str().chars().filter(|c| c.is_alphabetic()).count());
    if letters >= 3 { found[0].len() } else { 0 }
}

/// The longest wire's name in brackets after a dateline's date ("(EFE)", "(Reuters)").
const WIRE_NAME_BYTES: usize = 20;

/// What follows a wire's name in brackets that opens `text`: " -- Police ..." of "(Wire) --
/// Police ...". A wire's name is short ([`WIRE_NAME_BYTES`]) and capitalised.
pub(crate) fn after_a_wires_name(text: &str) -> Option<&str> {
    let (name, rest) = text.strip_prefix('(')?.split_once(')')?;
    (name.len() <= WIRE_NAME_BYTES && name.starts_with(char::is_uppercase)).then_some(rest)
}

/// Month names of the other languages publishers' sites are written in, January first:
/// INTERPOL's pages in Spanish, French and Arabic; Portuguese and German police sites.
const FOREIGN_MONTHS: &[&str] = &[
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
];

/// The date line of a release written in another language, above its body: the day, the
/// month's name and the year, and nothing else ("14 de marzo de 2019", "3 février 2018",
/// "٧ مايو، ٢٠٢٠" in Arabic digits). The English date reader reads none of these; the
/// line is checked whole, so that no date in running text is taken.
fn foreign_date_line(doc: &Doc) -> Option<(Date, Range<usize>)> {
    let header = doc.sentences.iter().take_while(|s| !s.is_body() && s.span.start < DATELINE_REACH_BYTES);
    header.filter(|s| s.span.len() <= FOREIGN_DATE_LINE_BYTES).find_map(|sentence| {
        let line: String = sentence.text(doc.text).chars().map(western_digit).collect::<String>().to_lowercase();
        let words: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '.'))
            .filter(|word| !word.is_empty() && !matches!(*word, "de" | "del"))
            .collect();
        let [day, month, year] = words.as_slice() else { return None };
        let month = FOREIGN_MONTHS.iter().find_map(|names| names.split(' ').position(|name| name == *month))?;
        let day: u8 = day.trim_end_matches('º').trim_end_matches("er").parse().ok()?;
        let date = Date::new(year.parse().ok()?, u8::try_from(month + 1).ok()?, day)?;
        Some((date, sentence.span.clone()))
    })
}

/// The longest foreign date line: "28 de septiembre de 2016" and a little more.
const FOREIGN_DATE_LINE_BYTES: usize = 40;

/// A digit written in Arabic-Indic or Eastern Arabic-Indic form as an ASCII digit.
fn western_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
}

/// Fewest words a headline has: shorter labels above the body are a publisher's name, a
/// section or a date ("Interpol", "News", "11/06/2024").
const HEADLINE_MIN_WORDS: usize = 4;

/// Marks of page furniture that a headline never holds: a banner's bars, a breadcrumb's
/// arrows, a wire's "/ --", a cookie notice.
const NOT_IN_A_HEADLINE: &[&str] = &["|", " > ", "--", "Skip to", "cookies"];

/// The headline above a release's body, if it has one: the first label before the first
/// body paragraph that reads as a sentence (some words, one of them in lower case, as in
/// "Police detain 143 in ..."; not a name such as "United Nations Office on Drugs and
/// Crime"), with no date (a date line, a wire's dateline), no page furniture and no
/// publisher line. Markdown's heading marks are dropped, a wrapped headline joined on one
/// line. A headline in title case is missed rather than a name taken for one.
pub fn stated_headline(doc: &Doc) -> Option<String> {
    doc.sentences.iter().take_while(|s| !s.is_body()).find_map(|sentence| {
        let line = sentence.text(doc.text).trim_start_matches(['#', ' ']).trim();
        let words: Vec<&str> = line.split_whitespace().collect();
        let reads_as_a_sentence =
            words.iter().any(|w| w.len() >= 4 && w.chars().all(|c| c.is_lowercase() || !c.is_alphabetic()));
        static ANY_FURNITURE: LazyLock<Regex> = LazyLock::new(|| any_of(NOT_IN_A_HEADLINE));
        let furniture = ANY_FURNITURE.is_match(line);
        let plain = sentence.dates.is_empty() && !furniture && publisher_line(line).is_none();
        (words.len() >= HEADLINE_MIN_WORDS && reads_as_a_sentence && plain).then(|| words.join(" "))
    })
}

/// The publisher a release names plainly, by the dataset's name for it where the project
/// knows it, else as a source line or a wire's dateline writes it.
pub fn stated_publisher(doc: &Doc) -> Option<String> {
    // A label may hold several lines ("MIAMI, June 18, 2024 /Hemisphere Wire/ --" over
    // "Source: AMERIPOL"): each is looked at alone.
    let from_line = doc
        .sentences
        .iter()
        .flat_map(|sentence| sentence.text(doc.text).lines())
        .map(str::trim)
        .filter(|line| line.len() <= PUBLISHER_LINE_BYTES)
        .find_map(publisher_line);
    let from_line = from_line.map(str::to_string).or_else(|| {
        doc.sentences.iter().flat_map(|sentence| sentence.text(doc.text).lines()).find_map(source_line_as_written)
    });
    // A masthead stands above the first paragraph; a short one may be taken for a paragraph
    // ("CARIBBEAN CUSTOMS LAW ENFORCEMENT COUNCIL (CCLEC)"), so the first is looked at too.
    let from_masthead = || {
        let first_paragraph = doc.sentences.iter().position(Sentence::is_body).unwrap_or(doc.sentences.len());
        doc.sentences[..doc.sentences.len().min(first_paragraph + 1)]
            .iter()
            .flat_map(|sentence| sentence.text(doc.text).lines())
            .filter(|line| line.len() <= PUBLISHER_LINE_BYTES)
            .find_map(masthead_publisher)
            .map(str::to_string)
    };
    // "Phnom Penh, Feb 24 (Wire) Feb 24, 2025": a dateline on a line of its own above the
    // body, which a date in it tells from a headline.
    let from_dated_header = || {
        doc.sentences
            .iter()
            .take_while(|s| !s.is_body() && s.span.start < HEADER_BYTES)
            .filter_map(|s| DATELINE_PUBLISHER.captures(s.text(doc.text)))
            .find(|caps| caps.name("date").is_some())
            .and_then(|caps| dateline_publisher(&caps))
    };
    from_line
        .or_else(from_masthead)
        .or_else(from_dated_header)
        .or_else(|| {
            let lead = doc.sentences.iter().find(|s| s.is_body())?.text(doc.text);
            // Without a mark after the brackets, only a date before them makes a dateline:
            // "The Agency (ELA) Inspectors ..." is a name and its short form.
            let marked = |caps: &regex::Captures| caps.name("date").is_some() || !caps[0].ends_with(char::is_uppercase);
            if let Some(caps) = DATELINE_PUBLISHER.captures(lead).filter(marked) {
                return dateline_publisher(&caps);
            }
            // The first of the words, wherever any stands first: one search instead of one a phrase.
            static ANY_ANNOUNCING: LazyLock<Regex> = LazyLock::new(|| any_of(ANNOUNCING));
            let announced = ANY_ANNOUNCING.find(lead)?.start();
            // The subject is what follows the dateline's dash.
            let subject = last_bytes(&lead[..announced], ANNOUNCER_BYTES);
            let subject = subject.rsplit(['–', '—']).next().unwrap_or(subject);
            let subject = subject.rsplit_once("--").map_or(subject, |(_, after)| after);
            publisher_in(subject).map(str::to_string)
        })
        .or_else(|| closing_credit(doc))
}

/// The publisher a dateline names in brackets: "(Reuters)" by the dataset's name, a wire the
/// project does not know as written.
fn dateline_publisher(caps: &regex::Captures) -> Option<String> {
    let bracketed = &caps["publisher"];
    // "LYON (France) –": the country of the place, as French datelines write it.
    if CountryIndex::shared().resolve(bracketed).is_some() {
        return None;
    }
    match publisher_in(bracketed) {
        Some(known) if bracketed.split(['/', ' ']).count() == 1 => Some(known.to_string()),
        _ => is_a_name(bracketed).then(|| bracketed.to_string()),
    }
}

/// The publisher a source line names that the project does not know, as written: "Source:
/// Ruritania News Agency", up to a bar that starts other details ("| 2017-04-29"), "Press
/// Release: Ruritania Police", a site's address ("Source: fjordnews.no"), or a repost's
/// note in brackets with the date it was first published ("[Source Fjord Times May 3, 2012]").
fn source_line_as_written(line: &str) -> Option<String> {
    let line = line.trim();
    let bracketed = line.strip_prefix('[').and_then(|inside| inside.strip_suffix(']'));
    let rest = match bracketed {
        Some(inside) => inside.strip_prefix("Source:").or_else(|| inside.strip_prefix("Source "))?,
        None => ["Source:", "Press Release:", "Press release:", "Media release:"]
            .iter()
            .find_map(|label| line.strip_prefix(label))?,
    };
    let named = rest.split('|').next().unwrap_or_default();
    // The name ends where the date the dates reader finds begins: "Paper Name Oct. 4, 2011".
    let named = match bracketed {
        Some(_) => date_mentions(named, 0..named.len(), NumericOrder::DayFirst)
            .first()
            .map_or(named, |date| &named[..date.span.start]),
        None => named,
    };
    let named = named.trim();
    (is_a_name(named) || is_a_site(named)).then(|| named.to_string())
}

/// Whether words are a web site's address and nothing else: "fjordnews.no", "www.fjordnews.no".
fn is_a_site(words: &str) -> bool {
    let labels: Vec<&str> = words.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|top| top.len() >= 2 && top.chars().all(|c| c.is_ascii_lowercase()))
}

/// The wire a release's last lines credit: "... said the minister. — Wire", "... he said. -
/// Wire", "Lima, Peru, Aug 26, 2010 (Wire)".
fn closing_credit(doc: &Doc) -> Option<String> {
    let last = doc.sentences.last()?.text(doc.text).trim_end();
    let credited =
        last.rsplit_once(['—', '–']).or_else(|| last.rsplit_once(" - ")).map(|(_, name)| name.trim()).or_else(
            || credit_line(doc).and_then(|_| last.strip_suffix(')')?.rsplit_once('(').map(|(_, name)| name)),
        )?;
    let credited = credited.trim_end_matches('.');
    match publisher_in(credited) {
        Some(known) if !credited.contains(' ') => Some(known.to_string()),
        _ => (is_a_name(credited) && credited.split_whitespace().count() <= CREDIT_WORDS).then(|| credited.to_string()),
    }
}

/// How many words a wire's name in a closing credit may have.
const CREDIT_WORDS: usize = 3;

/// Whether words are a body's name and nothing else: each word capitalised, or a joining word
/// ("of", "and"), and few of them ("Ruritania News Agency", "VNA", "Wire/AP").
fn is_a_name(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    (1..=MAX_NAME_WORDS).contains(&words.len())
        && words.first().is_some_and(|first| first.starts_with(char::is_uppercase))
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase) || matches!(*word, "of" | "and" | "for" | "the" | "de" | "du")
        })
}

/// How many words a publisher's name written out may have.
const MAX_NAME_WORDS: usize = 8;

/// The publisher a line names as the release's: "Source: X", "X – Press release", "Statement
/// by X", "About X", a byline "By X".
fn publisher_line(line: &str) -> Option<&'static str> {
    // ASCII lower case keeps byte offsets, so `lower`'s offsets are `line`'s.
    let lower = line.to_ascii_lowercase();
    let named = if let Some(rest) = lower.strip_prefix("source") {
        &line[line.len() - rest.trim_start_matches([':', ' ']).len()..]
    } else if let Some(rest) =
        lower.strip_prefix("statement by ").or(lower.strip_prefix("about ")).or(lower.strip_prefix("by "))
    {
        &line[line.len() - rest.len()..]
    } else {
        // "Europol’s related press release:" introduces a link to another page.
        if line.ends_with(':') {
            return None;
        }
        // One search first: most lines name no press release.
        const PRESS_HEADERS: [&str; 2] = ["press release", "press statement"];
        static ANY_PRESS_HEADER: LazyLock<Regex> = LazyLock::new(|| any_of(&PRESS_HEADERS));
        if !ANY_PRESS_HEADER.is_match(&lower) {
            return None;
        }
        let header = PRESS_HEADERS.iter().find_map(|words| lower.find(words))?;
        line[..header].trim_end().trim_end_matches(['–', '—', '-', '|', ' '])
    };
    publisher_in(named)
}

/// The publisher a masthead above the headline names: a line of which one part, between bars
/// and dashes, is the publisher's name and nothing else, but an abbreviation in brackets or a
/// section's name ("INTERPOL", "News | Frontex | 27 October 2022", "International
/// Organization for Migration (IOM) – News", "WCO NEWS"). A headline that names a publisher
/// has other words beside it ("47 arrested in Frontex-coordinated operation"), so it names none.
fn masthead_publisher(line: &str) -> Option<&'static str> {
    // "Frontex - European Agency for ...": a hyphen between spaces ends the name a masthead
    // opens with (a headline's "... - Europol" tells who said it, on another's page).
    let mut named =
        line.split(['|', '–', '—']).map(|part| part.split(" - ").next().unwrap_or(part)).filter_map(|part| {
            let part = part.trim();
            let unbracketed = match part.strip_suffix(')').and_then(|p| p.rsplit_once(" (")) {
                Some((name, _abbreviation)) => name.trim_end(),
                None => part,
            };
            let lower = unbracketed.to_lowercase();
            let name =
                MASTHEAD_SUFFIXES.iter().find_map(|suffix| lower.strip_suffix(suffix)).unwrap_or(&lower).trim_end();
            PUBLISHERS
                .iter()
                .find(|(publisher, others)| {
                    std::iter::once(publisher).chain(others.iter()).any(|spelling| spelling.to_lowercase() == name)
                })
                .map(|(publisher, _)| *publisher)
        });
    let first = named.next()?;
    named.all(|other| other == first).then_some(first)
}

/// The one publisher `words` name, if they name exactly one.
fn publisher_in(words: &str) -> Option<&'static str> {
    let mut named = PUBLISHERS.iter().filter(|(name, others)| {
        std::iter::once(name).chain(others.iter()).any(|spelling| contains_word(words, spelling))
    });
    let (first, _) = named.next()?;
    named.next().is_none().then_some(*first)
}

fn contains_word(words: &str, name: &str) -> bool {
    words.match_indices(name).any(|(at, _)| {
        let before = words[..at].chars().next_back();
        let after = words[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::country_index::CountryIndex;

    fn published(text: &str) -> Option<String> {
        let doc = Doc::new(text, CountryIndex::shared(), numeric_order(text));
        stated_publication(&doc).map(|(date, span)| format!("{date} [{}]", &text[span]))
    }

    #[test]
    fn only_a_known_body_that_is_no_news_agency_may_stand_for_who_ran_an_action() {
        assert!(may_have_run_it("Europol"));
        assert!(!may_have_run_it("Reuters"));
        assert!(!may_have_run_it("Ruritania News Agency"));
        for agency in NEWS_AGENCIES {
            assert!(PUBLISHERS.iter().any(|(name, _)| name == agency), "{agency} is a publisher the project knows");
        }
    }

    #[test]
    fn names_the_publisher_only_where_the_text_says_it() {
        let publisher = |text: &str| stated_publisher(&Doc::new(text, CountryIndex::shared(), numeric_order(text)));
        let cases = [
            ("Frontex – Press release\n2024.01.18\n\nWARSAW – Border guards met.", Some("Frontex")),
            (
                "Statement by the Southeast European Law Enforcement Center (SELEC)\nBucharest, 12 April 2024\n\nDelegates met.",
                Some("SELEC"),
            ),
            ("LYON, France – Police met.\n\nSource: International Organization for Migration (IOM)", Some("IOM")),
            ("Police met in Niamey.\n\nAbout AFRIPOL\nAFRIPOL is the African Union's police body.", Some("AFRIPOL")),
            ("THE HAGUE (Europol) – Europol has coordinated the Joint Action Days Carpathia.", Some("Europol")),
            (
                "WARSAW – Frontex, the European Border and Coast Guard Agency, has published the results of Operation Winterbridge.",
                Some("Frontex"),
            ),
            (
                "BOGOTÁ, Colombia, May 16, 2023 /LatAmNewsWire/ -- The Police Community of the Americas (AMERIPOL) today announced the results.",
                Some("AMERIPOL"),
            ),
            // A masthead: the publisher's name alone between bars or dashes, with its
            // abbreviation or a section's name, on its own line above the headline.
            (
                "WORLD CUSTOMS ORGANIZATION\nNewsroom\n\nCustoms seize ivory at two ports\n\nOfficers of 12 countries met.",
                Some("WCO"),
            ),
            (
                "News | Frontex | 3 March 2023\n\nSmugglers detained at the border\n\nWARSAW – Border guards met.",
                Some("Frontex"),
            ),
            (
                "ASEANAPOL Secretariat\n\nPolice of six countries seize pangolin scales\n\nOfficers met.",
                Some("ASEANAPOL"),
            ),
            (
                "International Organization for Migration (IOM) – News\n\nMigrants assisted after raids\n\nStaff met.",
                Some("IOM"),
            ),
            (
                "HELLENIC POLICE\nHeadquarters – Press Office\n\nNetwork dismantled in Athens\n\nOfficers met.",
                Some("Hellenic Police"),
            ),
            // A masthead short enough to be taken for a paragraph.
            (
                "CARIBBEAN CUSTOMS LAW ENFORCEMENT COUNCIL (CCLEC)\n\nMEDIA RELEASE\n\nOfficers of nine countries seized guns.",
                Some("CCLEC"),
            ),
            // A source line under a wire's dateline, in the same block.
            (
                "LAGOS, May 3, 2023 /AfricaWire/ --\nSource: UNODC\n\nVictims freed on the coast\n\nOfficers freed 40 victims.",
                Some("UNODC"),
            ),
            // A news agency in a dateline after a country, and a byline.
            ("NAIROBI, Kenya (Reuters) - Police freed 40 victims.", Some("Reuters")),
            (
                "Victims freed on the coast\n\nby The Associated Press\n\nPolice freed 40 victims.",
                Some("The Associated Press"),
            ),
            // A wire the project does not know, as its dateline or a source line writes it.
            ("Bergen, May 13 (Fjordwire): Police in Norway arrested 14 people.", Some("Fjordwire")),
            ("Jakarta (NAA) – Police arrested 14 people.", Some("NAA")),
            // A country in brackets is the place's, as French datelines write it.
            ("BERGEN (Norvège) – La police a arrêté 14 personnes.", None),
            // The day before the month, and a full stop before the mark, as Spanish wires write it.
            ("Bergen, 13 May (Fjordwire).- Police in Norway arrested 14 people.", Some("Fjordwire")),
            // With no mark after the brackets, a date before them makes the dateline; a body's
            // name and its short form do not.
            ("Bergen, Mar 9 (Fjordwire) Twelve people were arrested in raids.", Some("Fjordwire")),
            // The same dateline on a line of its own above the body.
            ("Raids in the north\n\nBergen, Mar 9 (Fjordwire) Mar 9, 2024\n\nPolice met.", Some("Fjordwire")),
            ("Bergen Harbour Office (BHO) Inspectors arrested 12 people.", None),
            ("OSLO, Norway (Fjordwire/AP) — Police met.", Some("Fjordwire/AP")),
            ("Police met.\n\nSource: Ruritania News Agency", Some("Ruritania News Agency")),
            ("Police met.\n\nSource: Xinhua| 2021-03-02 10:15:00|Editor: lee", Some("Xinhua")),
            ("Police met.\n\nSource: interviews with officers in the region", None),
            ("Police met.\n\nSource: fjordnews.no", Some("fjordnews.no")),
            ("Police met.\n\nSource: fjordnews", None),
            ("Raids in the north\n\n[Source Fjord Times Oct. 4, 2012]\n\nPolice met.", Some("Fjord Times")),
            ("Raids in the north\n\n[Source Fjord Times 4 October 2012]\n\nPolice met.", Some("Fjord Times")),
            ("Raids in the north\n\n[Source material withheld]\n\nPolice met.", None),
            ("Press Release: Ruritania Police\n\nRaids in the north\n\nPolice met.", Some("Ruritania Police")),
            // A closing credit, after a dash or in a credit line's brackets.
            ("Raids in the north\n\nPolice met in Oslo, the minister said. — Fjordwire", Some("Fjordwire")),
            ("Raids in the north\n\nPolice met in Oslo, the minister said. - Fjordwire", Some("Fjordwire")),
            ("Raids in the north\n\nPolice met from 9 - 10 May.", None),
            ("Raids in the north\n\nPolice met.\n\nLima, Peru, Aug 26, 2010 (Fjordwire)", Some("Fjordwire")),
            ("Raids in the north\n\nPolice met – and then the rain came.", None),
            // A masthead whose name a spaced hyphen ends; not a headline's "- Europol".
            ("Frontex - European Border Agency\n\nRaids in the north\n\nPolice met.", Some("Frontex")),
            ("Over 800 held in raids - Europol\n\nThe Hague - Police met.", None),
            // A headline that names an agency among other words, or a masthead naming two.
            ("47 arrested in Frontex-led operation\n\nWARSAW – Border guards detained 47 people.", None),
            ("Europol | Frontex\n\nJoint action days end\n\nOfficers met.", None),
            // Who supported or coordinated an operation is not who published the release.
            ("THE HAGUE – Europol has supported police from Spain and Portugal.", None),
            ("LYON, France – An operation coordinated by INTERPOL rescued 40 victims.", None),
            // A line that introduces a link to another body's release.
            ("Action days end\n\nOfficers met in Budapest.\n\nEuropol’s related press release:\n", None),
        ];
        for (text, expected) in cases {
            assert_eq!(publisher(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn reads_date_lines_banners_and_datelines() {
        let cases = [
            (
                "Press release\n5 March 2024\n\nTHE HAGUE – Europol supported Operation Kestrel.",
                Some("2024-03-05 [5 March 2024]"),
            ),
            ("05.03.2024\n\nWARSAW – Frontex supported Operation Kestrel.", Some("2024-03-05 [05.03.2024]")),
            // A wire's dateline without its year, then the full date.
            (
                "Police raid call centres\n\nBergen, Mar 4 (Fjordwire) Mar 4, 2024\n\nPolice said Monday they raided homes.",
                Some("2024-03-04 [Mar 4, 2024]"),
            ),
            ("Workers freed\n\n14/06/2024\n\nOfficers freed 40 workers.", Some("2024-06-14 [14/06/2024]")),
            // Month first, as the wire's dateline below writes its date.
            (
                "Workers freed\n\n3/4/2024 9:15:02 AM\n\nVALLETTA, Mar 4 (MALTAWIRE) - Officers freed 40 workers.",
                Some("2024-03-04 [3/4/2024]"),
            ),
            ("2024.03.05\n\nBORDER NEWS – Operation Kestrel ended.", Some("2024-03-05 [2024.03.05]")),
            (
                "GENEVA, March 5, 2024 /NewsWire/ -- INTERPOL said Operation Kestrel ended.",
                Some("2024-03-05 [March 5, 2024]"),
            ),
            (
                "Interpol\n\n11/06/2024 | Press release | Distributed by Public on 11/06/2024 03:58\n\nGlobal raids rescue victims\n\nGLASGOW, United Kingdom - INTERPOL today released results.",
                Some("2024-11-06 [11/06/2024]"),
            ),
            (
                "Guns seized across the Andes\n\nLIMA (Andes Post / Wire - 06th April, 2021) Police seized 300 guns.",
                Some("2021-04-06 [06th April, 2021]"),
            ),
            (
                "Guns seized across the Andes\n\nLIMA, Peru, (Andes Post / Wire - 10th Dec, 2020) A crackdown ended.",
                Some("2020-12-10 [10th Dec, 2020]"),
            ),
            // A credit line below the text: a place, the date and a wire's name alone.
            (
                "Guns seized across the Andes\n\nPolice seized 300 guns in a crackdown.\n\nLima, Peru, Aug 26, 2010 (Wire)",
                Some("2010-08-26 [Aug 26, 2010]"),
            ),
            ("Guns seized\n\nPolice seized 300 guns.\n\nThe crackdown in Lima, Peru, ended Aug 26, 2010.", None),
            // A date labelled as the page's publication, below the text; not a report published then.
            (
                "Guns seized\n\nPolice seized 300 guns in a crackdown in the hills, where smugglers had stored \
                 them in barns and caves for years before they were moved by night to the cities of the coast. \
                 The crackdown ran for a month, and officers from every province took part in it, searching \
                 farms, lorries and warehouses along the roads that the smugglers were known to use. They \
                 found rifles, pistols and ammunition, and they arrested the men who kept them, some of whom \
                 had been sought for years. The guns were sent to a laboratory, where their makers and their \
                 routes were traced, and the results were shared with the police of the neighbouring \
                 countries. The agency said the crackdown was the largest it had ever run, and it thanked the \
                 officers who took part for their work, which it said would go on in the months ahead, with \
                 more checks on the roads and at the borders, and with more help for the provinces. The \
                 ministers of the region met after it and agreed to run such crackdowns each year, to share \
                 what their forces learn of the routes, and to train their officers together.\n\n\
                 A. Writer Published : May 3, 2024 | 10:15 AM",
                Some("2024-05-03 [May 3, 2024]"),
            ),
            // A blog's line below its text, with or without its writer's name.
            (
                "Guns seized\n\nPolice seized 300 guns in a crackdown.\n\nPosted by on Jun 4 2011. Filed under News.",
                Some("2011-06-04 [Jun 4 2011]"),
            ),
            (
                "Guns seized\n\nPolice seized 300 guns in a crackdown.\n\nPosted by Ann Lee on Jun 4, 2011",
                Some("2011-06-04 [Jun 4, 2011]"),
            ),
            (
                "Guns seized\n\nPolice seized 300 guns in a crackdown.\n\nPublished on May 3, 2024, the \
                 agency's report told of the guns.",
                None,
            ),
            // A place and its date before a semicolon; a date in the running text is none.
            (
                "Victims freed\n\nDurban, 12 May 2024; The police unit freed 30 people.",
                Some("2024-05-12 [12 May 2024]"),
            ),
            ("Victims freed\n\nOfficers in Durban, 12 May 2024; freed 30 people.", None),
            // A dateline below a summary, in a wire's form of the date.
            (
                "Ring held\n\n(SUMMARY) Police in four countries took part in a long inquiry into a ring that moved \
                 money for smugglers through shops, couriers and online wallets, and this summary tells of its \
                 results before the release itself does. Searches were made in many towns over two days, the \
                 accounts of several firms were frozen, and the ring's leaders were brought before the courts of \
                 the country where they lived, with more hearings to follow in the spring. Officers seized cash, \
                 cars and phones, and the banks that had flagged the payments were thanked for their help in a \
                 statement issued by the prosecutors of the four countries at the end of the week.\n\n(PRESS \
                 RELEASE) VALLETTA, 14-Mar-2024 — /EuropaWire/ — An inquiry has led to 12 arrests.",
                Some("2024-03-14 [14-Mar-2024]"),
            ),
            // A date line in another language, in Arabic-Indic digits too.
            (
                "Víctimas rescatadas\n\n14 de marzo de 2019\n\nUna operación rescató a 12 víctimas.",
                Some("2019-03-14 [14 de marzo de 2019]"),
            ),
            (
                "Médicaments saisis\n\n3 février 2018\n\nLYON (France) – Une opération a eu lieu.",
                Some("2018-02-03 [3 février 2018]"),
            ),
            (
                "Medicines seized\n\n٧ مايو، ٢٠٢٠\n\nLYON, France – Medicines were seized.",
                Some("2020-05-07 [٧ مايو، ٢٠٢٠]"),
            ),
            // Not in running text, nor a date that is not one.
            ("Police met\n\nLa operación terminó el 14 de marzo de 2019.", None),
            ("Police met\n\n31 de febrero de 2016\n\nUna operación terminó.", None),
            // A headline's dates are the operation's, not the release's.
            ("Operation Kestrel (5 - 9 March 2024) nets 95 arrests\n\nLYON, France – Police arrested 95 people.", None),
            ("LYON, France – Police arrested 95 people on 4 March 2024.", None),
            ("LYON, France – Police arrested 95 people (on 4 March 2024) in raids.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(published(text).as_deref(), expected, "{text}");
        }
    }
}
