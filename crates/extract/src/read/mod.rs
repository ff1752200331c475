//! Reading one press release: the operation it reports, with every fact and its source, and
//! the other operations it names in passing. Every reader here works from the release's
//! [`Doc`]: its sentences and what the recognisers found in them.

use std::ops::Range;
use std::sync::LazyLock;

pub mod action;
mod cases;
mod crime_areas;
pub mod figures;
pub mod identity;
mod other_language_figures;
mod participants;
mod partners;
pub mod publication;
mod quotes;
mod seizures;
pub mod timing;

use action::{Action, comparable_theme, forces_in_the_lead, reported_action, tells_of_an_action, tells_of_enforcement};
use cases::{acting_countries, dateline_country, involved_countries, refers_back, themes};
use crime_areas::crime_areas;
use figures::{
    FoundFigure, names_one_of_the_counted, sentence_figures, stated_country_count, stated_duration,
    where_the_harmed_were,
};
use identity::{NamedOperation, identities, operation_id};
use participants::{
    BULLETS, MIN_LISTED, bare_list, filling_the_count, listed_participants, noted_list, one_countrys_agencies,
    open_list, participant_list, prose_participants, shares_by_country,
};
use partners::{Named, partners_and_funders, projects};
use publication::{may_have_run_it, numeric_order, stated_headline, stated_publication, stated_publisher};
use quotes::quotes;
use seizures::{FoundSeizure, names_goods, sentence_seizures};
use timing::{Published, relative_year, timing, told_on, year_beside};

use super::Source as Input;
use super::annotate::countries::{CountryMention, list_at};
use super::annotate::country_index::{CountryCode, CountryIndex};
use super::annotate::operation_names::OperationName;
use super::doc::{Doc, Sentence};
use super::manifest::{published_day, published_year_month};
use super::phrases::any_of;
use super::problem::{Problem, line_and_column};
use super::review::{Trace, passages};
use super::segment::{Block, BlockKind};
use explorer_model::date::{Date, MONTH_NAMES, PartialDate, month_from_name};
use explorer_model::text::{fold, last_bytes, slug};
use explorer_model::{
    Coordination, CoordinationKind, CrimeArea, FieldSources, Figure, Highlight, Metric, Operation, Organisation, Quote,
    Seizure, Source, StatedCrimeArea,
};
use regex::Regex;

/// What one document yields.
#[derive(Debug, Default)]
pub struct Reading {
    pub operation: Option<Operation>,
    /// Other operations the document names ("since Operation Weka I (2021)").
    pub mentioned: Vec<MentionedOperation>,
    /// The publication date the text states in its header or dateline.
    pub published: Option<Date>,
    /// The publisher the text names plainly.
    pub publisher: Option<String>,
    /// The headline above the body, as written.
    pub headline: Option<String>,
    pub warnings: Vec<String>,
    /// What the operation was against, when it has no code name, written as two releases
    /// about one action are compared ("human trafficking").
    pub theme: Option<String>,
    /// How the facts were found, and the passages that may hold more, for a review.
    pub trace: Trace,
}

/// An action without a code name that a release reports, named at each place it tells of it.
struct Unnamed {
    /// Its name where the lead tells of it.
    name: OperationName,
    action: Action,
    /// Its name where the body tells of it again, by sentence.
    told_again: Vec<(usize, OperationName)>,
    /// Whether no one is named who ran it (nor does a publisher stand for them): its release
    /// alone then tells it from others.
    unattributed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionedOperation {
    pub name: String,
    pub series: String,
    pub edition: Option<u32>,
    pub year: Option<i32>,
}

pub fn read_document(input: &Input, index: &CountryIndex) -> Result<Reading, Vec<Problem>> {
    let text = &input.text;
    let file = &input.file;
    let doc = Doc::new(text, index, numeric_order(text));
    let stated = stated_publication(&doc).map(|(date, _)| date);
    let publisher = stated_publisher(&doc);
    let headline = stated_headline(&doc);
    let identities = identities(&doc);
    let kind = input.document.kind.as_deref();
    // A release that names no operation may report an action without a code name: known by
    // who ran it, what it was and what against, and when.
    let unnamed = match &identities.reported {
        None if !kind.is_some_and(|kind| NOT_ABOUT_ONE_OPERATION.contains(&kind)) => reported_action(&doc),
        _ => None,
    }
    .map(|action| {
        // A news site that tells of an action did not run it: only the publisher of a
        // release may stand for who ran what its text names no one for.
        let own_release = kind != Some(NEWS_ARTICLE);
        let stated = publisher.as_deref().filter(|publisher| may_have_run_it(publisher));
        let attributed = action.series(input.document.publisher.as_deref().filter(|_| own_release).or(stated));
        let unattributed = attributed.is_none();
        let series = attributed.unwrap_or_else(|| action.unattributed());
        let named_at = |span: Range<usize>| OperationName {
            span,
            series: series.clone(),
            edition: None,
            edition_written: None,
            year: None,
        };
        let told_again: Vec<(usize, OperationName)> =
            action.told_again.iter().map(|(i, span)| (*i, named_at(span.clone()))).collect();
        Unnamed { name: named_at(action.span.clone()), action, told_again, unattributed }
    });
    let published = published_year_month(&input.document)
        .map(|(year, month)| Published { year, month, day: published_day(&input.document) })
        .or(stated.map(|date| Published { year: date.year, month: date.month, day: Some(date.day) }))
        .or_else(|| told_on(&doc));
    let source_only = || {
        let mentioned = mentioned_operations(&doc, &identities.mentioned, published.map(|p| p.year));
        let trace = Trace { passages: passages(&doc), ..Trace::default() };
        Ok(Reading {
            mentioned,
            published: stated,
            publisher: publisher.clone(),
            headline: headline.clone(),
            trace,
            ..Reading::default()
        })
    };
    let (reported, subject, timing, name) = match (&identities.reported, &unnamed) {
        (Some(reported), _) => {
            let timing = timing(&doc, reported, identities.subject, published);
            (reported.clone(), identities.subject, timing, reported.name.name())
        }
        (None, Some(Unnamed { name, action, told_again, .. })) => {
            let mut mentions: Vec<(usize, &OperationName)> = vec![(action.sentence, name)];
            mentions.extend(told_again.iter().map(|(i, again)| (*i, again)));
            mentions.sort_by_key(|(i, _)| *i);
            let reported = NamedOperation { name, mentions };
            let timing = timing(&doc, &reported, true, published);
            // Without its period, an action without a code name has no identity to tell it
            // from others of its organiser: where the text states none, the month it was
            // reported in stands for it, said as such ("reported May 2021"), never as its dates,
            // unless the text states the year it ran in ("a campaign in 2022"); where nothing
            // dates it, its name says so, and its id is its release's alone.
            let reported_in = published.map(|p| PartialDate { year: Some(p.year), month: p.month, day: None });
            // "ran until 13 June": the month it ended in, where only that is said.
            let period = timing
                .start
                .or(timing.end)
                .map(period_in_words)
                .or_else(|| timing.year.filter(|_| !timing.year_inferred).map(|year| year.to_string()))
                .or_else(|| reported_in.map(|month| format!("reported {}", period_in_words(month))))
                .unwrap_or_else(|| UNDATED.to_string());
            (reported, true, timing, format!("{}, {period}", name.series))
        }
        (None, None) => return source_only(),
    };

    let mut countries: Vec<CountryCode> = Vec::new();
    // The passages the participants were read from: the list with its heading, then each
    // sentence that names more.
    let mut countries_read_in: Vec<Range<usize>> = Vec::new();
    let mut problems = Vec::new();
    // A list that the text's end cuts off ("..., Colombia, Ecu"): its last item is no name.
    let mut cut_off = None;
    let list = participant_list(text)
        .or_else(|| noted_list(text, index))
        .or_else(|| open_list(text, index))
        .or_else(|| bare_list(text, index));
    let participants = list.as_ref().map(|list| list.items.clone());
    for participant in listed_participants(text, participants.clone(), index) {
        match participant.code {
            Some(code) if !countries.contains(&code) => countries.push(code),
            Some(_) => {}
            None if participant.span.end == text.trim_end().len() => cut_off = Some(participant),
            None => problems.push(Problem::at(
                file,
                text,
                participant.span.start,
                format!("participant `{}` resolves to no country", participant.name(text)),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    countries_read_in.extend(list.filter(|_| !countries.is_empty()).map(|list| list.passage));

    let in_scope = scope(&doc, &reported, subject, kind);
    let named_in = reported.sentences().first().map(|&i| doc.sentences[i].span.clone());
    let mut used: Vec<Range<usize>> = named_in.iter().chain(&timing.dates_at).chain(&participants).cloned().collect();
    let prose = prose_participants(&doc, &in_scope);
    // A sentence that lists several of those who took part tells of the operation as a whole
    // ("Led by the police in A, authorities in B, C and D raided ..."), not of one's case.
    // The sentences sorted, so that each one's copies stand together and are counted at once,
    // where every participant's sentence was compared with every other's.
    let mut sentences: Vec<&Range<usize>> = prose.iter().map(|(_, sentence)| sentence).collect();
    sentences.sort_unstable_by_key(|sentence| (sentence.start, sentence.end));
    let listing: Vec<Range<usize>> = sentences
        .chunk_by(|one, other| one == other)
        .filter(|copies| copies.len() >= MIN_LISTED)
        .map(|copies| copies[0].clone())
        .collect();
    for (code, sentence) in prose {
        if !countries.contains(&code) {
            countries.push(code);
            used.push(sentence.clone());
            if countries_read_in.last() != Some(&sentence) {
                countries_read_in.push(sentence);
            }
        }
    }
    let source = |span: Range<usize>| Source {
        document: file.clone(),
        span: (span.start, span.end),
        quote: text[span].to_string(),
        ..Source::default()
    };
    let national: &[(String, Range<usize>)] = unnamed.as_ref().map_or(&[], |unnamed| &unnamed.action.national);
    let acting: &[(String, Range<usize>)] = unnamed.as_ref().map_or(&[], |unnamed| &unnamed.action.acting);
    for (code, named) in acting {
        if let Some(code) = CountryCode::new(code)
            && !countries.contains(&code)
        {
            countries.push(code);
            countries_read_in.push(sentence_around(&doc, named));
        }
    }
    let national_codes: Vec<&str> = national.iter().map(|(code, _)| code.as_str()).collect();
    let mut reading = read_body(&doc, &in_scope, participants.clone(), &national_codes, &listing);
    // "Macao police have broken up a betting ring ... In an operation codenamed ...": a
    // named operation that the lead says one country's police carried out, where no other
    // country is told of. What they did is the operation's own account, not a case.
    if unnamed.is_none() && reading.stated_count.is_none() {
        let forces = forces_in_the_lead(&doc);
        if let [(code, named)] = forces.as_slice()
            && countries.iter().all(|known| known == code.as_str())
            && !reading.cases.is_empty()
            && every_case_is_of(&reading.cases, code)
        {
            if countries.is_empty() {
                countries.extend(CountryCode::new(code));
                countries_read_in.push(sentence_around(&doc, named));
            }
            reading = read_body(&doc, &in_scope, participants.clone(), &[code.as_str()], &listing);
        }
    }
    // "Officers across England and Wales arrested 1,400 people": an action, named or not, no
    // international body had a part in, whose release names one country as where things took
    // place and no other, took place in that country, and its police's account is the action's
    // own.
    if reading.stated_count.is_none()
        && let Some((code, sentence)) = the_one_country(&doc, &in_scope)
        && countries.iter().all(|known| *known == code.as_str())
        && every_case_is_of(&reading.cases, &code)
    {
        if countries.is_empty() {
            countries.extend(CountryCode::new(&code));
            countries_read_in.push(sentence);
        }
        if !reading.cases.is_empty() {
            reading = read_body(&doc, &in_scope, participants.clone(), &[code.as_str()], &listing);
        }
    }
    // "The FBI assisted the Tacoma Police Department": where no participant and no count of
    // countries is told, one country's agencies tell where the action took place, though a
    // case abroad be told too ("four rifles seized in Mexico" before the probe began); where
    // every case is theirs, the cases are the action's own account.
    if countries.is_empty()
        && reading.stated_count.is_none()
        && let Some((code, sentence)) = one_countrys_agencies(&doc, &in_scope)
    {
        countries.extend(CountryCode::new(&code));
        countries_read_in.push(sentence);
        if !reading.cases.is_empty() && every_case_is_of(&reading.cases, &code) {
            reading = read_body(&doc, &in_scope, participants.clone(), &[code.as_str()], &listing);
        }
    }
    // "Smugglers held in dawn raids across Ruritania": where nothing else tells who took part,
    // the one country the headline places the action in took part, whatever else the body
    // names (where the people came from, the borders the network crossed).
    if countries.is_empty()
        && reading.stated_count.is_none()
        && let Some((code, sentence)) = the_headlines_place(&doc)
    {
        countries.push(code);
        countries_read_in.push(sentence);
    }
    // "Border guards from seven Member States ... were deployed along the borders of A, B, C,
    // D, E, F and G": a list that names as many countries as the release says took part.
    if countries.is_empty()
        && let Some((count, _)) = reading.stated_count
        && count >= MIN_LISTED as u32
        && let Some((codes, sentence)) = filling_the_count(&doc, &in_scope, count)
    {
        countries.extend(codes);
        countries_read_in.push(sentence);
    }
    used.extend([&reading.stated_count, &reading.stated_duration].into_iter().flatten().map(|(_, s)| s.clone()));
    let trace = Trace {
        named_in,
        year_found: timing.year_found,
        used,
        passages: passages(&doc),
        seizure_amounts: reading.seizure_amounts.clone(),
    };

    let mut warnings = Vec::new();
    if let Some(participant) = cut_off {
        let (line, column) = line_and_column(text, participant.span.start);
        warnings.push(format!(
            "{file}:{line}:{column}: the text ends inside the list of participants; `{}` is left out",
            participant.name(text)
        ));
    }
    let (figures, also_stated) =
        operation_figures(text, &reading.operation_figures, &headline_figures(&doc), &source, file, &mut warnings);
    let crime_areas = crime_areas(&doc, &in_scope, &reading.operation_seizures);
    let figures = arrests_of_goods_smugglers(figures, crime_areas.iter().map(|(area, _)| *area));
    let highlights = reading
        .cases
        .iter()
        .map(|case| {
            let sentences: Vec<&Sentence> = case.sentences.iter().map(|&i| &doc.sentences[i]).collect();
            let span = case_span(&sentences);
            Highlight {
                involved: involved_countries(&sentences, &case.acting),
                acting: case.acting.clone(),
                themes: themes(&text[span.clone()]),
                figures: first_of_each(case.figures.iter().map(|(f, s)| figure(text, f, source(s.clone()))).collect()),
                seizures: distinct_seizures(case.seizures.iter().map(|(f, s)| seizure(text, f, source(s.clone())))),
                source: source(span),
            }
        })
        .collect();
    let blocks: Vec<&Block> = in_scope.blocks.iter().map(|&i| &doc.blocks[i]).collect();
    let (partners, funders) = partners_and_funders(text, &blocks);
    let organisations = |names: Vec<Named>| -> Vec<Organisation> {
        names.into_iter().map(|n| Organisation { name: n.name, source: source(n.span) }).collect()
    };
    let quotes = quotes(text)
        .into_iter()
        .map(|q| Quote {
            speaker: q.speaker,
            role: q.role,
            organisation: q.organisation,
            text: text[q.span.clone()].to_string(),
            source: source(q.span),
        })
        .collect();
    // The dates are shown with the sentence they stand in.
    let dates_read_in = timing.dates_at.as_ref().map(|at| sentence_around(&doc, at));
    let counted = match (timing.start.and_then(PartialDate::full), timing.end.and_then(PartialDate::full)) {
        (Some(start), Some(end)) => u32::try_from(end.days_since_epoch() - start.days_since_epoch() + 1).ok(),
        _ => None,
    };
    let (duration_days, duration_read_in) = match counted {
        Some(days) => (Some(days), dates_read_in.clone()),
        None => reading.stated_duration.clone().unzip(),
    };
    let (stated_country_count, count_read_in) = reading.stated_count.clone().unzip();
    let field_sources = FieldSources {
        start: timing.start.and(dates_read_in.clone()).map(source),
        end: timing.end.and(dates_read_in).map(source),
        duration_days: duration_read_in.map(source),
        stated_country_count: count_read_in.map(source),
        countries: countries_read_in.into_iter().map(source).collect(),
    };

    let action = unnamed.as_ref().map(|unnamed| &unnamed.action);
    let unattributed = unnamed.as_ref().is_some_and(|unnamed| unnamed.unattributed);
    let id = match action {
        // Two undated actions of one organiser may be two, and so may two crackdowns of the
        // same month that no one is named for: each keeps to its release.
        Some(_) if name.ends_with(UNDATED) || unattributed => slug(&format!("{name} {file}")),
        Some(_) => slug(&name),
        None => operation_id(&reported.name.series, reported.name.edition, timing.year),
    };
    // A series is one body's actions of a kind; one that no one is named for is its own.
    let series = if unattributed { name.clone() } else { reported.name.series.clone() };
    let mut operation = Operation {
        id,
        name,
        code_name: action.is_none(),
        organisers: organisations(action.map(|action| action.organisers.clone()).unwrap_or_default()),
        series,
        edition: reported.name.edition,
        year: timing.year,
        year_inferred: timing.year_inferred,
        start: timing.start,
        end: timing.end,
        duration_days,
        stated_country_count,
        countries: countries.iter().copied().map(String::from).collect(),
        field_sources,
        figures,
        highlights,
        coordination: reading
            .coordination
            .into_iter()
            .map(|(kind, country, span)| Coordination { kind, country, source: source(span) })
            .collect(),
        partners: organisations(partners),
        funders: organisations(funders),
        crime_areas: crime_areas
            .into_iter()
            .map(|(area, span)| StatedCrimeArea { area, source: source(span) })
            .collect(),
        seizures: distinct_seizures(
            reading.operation_seizures.iter().map(|(f, s)| seizure(text, f, source(s.clone()))),
        ),
        projects: organisations(projects(text, &blocks)),
        quotes,
        conflicts: Vec::new(),
        corrected: Vec::new(),
        also_stated,
        mentioned_only: false,
        documents: vec![file.clone()],
        mentioned_in: Vec::new(),
    };
    if let Some(dollar) = dollar_of_release(&doc, operation.countries.len()) {
        settle_currency(&mut operation, &["$", "dollars"], dollar);
    }
    if let Some(rupee) = rupee_of_release(&doc) {
        settle_currency(&mut operation, &["rupees"], rupee);
    }
    let this_year = published.map(|p| p.year).or(timing.year.filter(|_| !timing.year_inferred));
    let mentioned = mentioned_operations(&doc, &identities.mentioned, this_year);
    let theme = action.and_then(|action| action.theme.as_deref()).map(comparable_theme);
    Ok(Reading {
        operation: Some(operation),
        mentioned,
        published: stated,
        publisher,
        headline,
        warnings,
        theme,
        trace,
    })
}

/// Countries whose own money a release may write as a bare "$" or as "dollars", with its
/// code. (Not the pesos: releases in English write "$" beside them for the US dollar.)
const DOLLAR_COUNTRIES: [(&str, &str); 13] = [
    ("AU", "AUD"),
    ("NZ", "NZD"),
    ("CA", "CAD"),
    ("HK", "HKD"),
    ("SG", "SGD"),
    ("TW", "TWD"),
    ("JM", "JMD"),
    ("TT", "TTD"),
    ("BS", "BSD"),
    ("BB", "BBD"),
    ("BZ", "BZD"),
    ("GY", "GYD"),
    ("FJ", "FJD"),
];

/// Whose dollar a bare "$" or "dollars" is in this release: the US dollar where several
/// countries took part, or where the release names no other country that writes its money
/// so; that country's own where a release of one country's action names it and not the
/// United States, and names any other such country at most half as often ("Police and
/// Customs seized $400,000" from New Zealand; an Australian agency's release that names New
/// Zealand once); otherwise no one's that the text tells, and the amount keeps its "$".
fn dollar_of_release(doc: &Doc, participants: usize) -> Option<&'static str> {
    if participants >= 2 {
        return Some("USD");
    }
    let named = doc.sentences.iter().flat_map(|sentence| &sentence.countries).map(|mention| mention.code.as_str());
    // Each dollar with how often its country is named.
    let mut own: Vec<(&'static str, usize)> = Vec::new();
    let mut united_states = false;
    for code in named {
        if code == "US" {
            united_states = true;
        } else if let Some((_, dollar)) = DOLLAR_COUNTRIES.iter().find(|(country, _)| *country == code) {
            match own.iter_mut().find(|(known, _)| known == dollar) {
                Some((_, times)) => *times += 1,
                None => own.push((dollar, 1)),
            }
        }
    }
    own.sort_by_key(|(_, times)| std::cmp::Reverse(*times));
    match (own.as_slice(), united_states) {
        ([], _) => Some("USD"),
        ([(dollar, _)], false) => Some(dollar),
        ([(dollar, most), (_, next), ..], false) if *most >= 2 * next => Some(dollar),
        _ => None,
    }
}

/// Countries whose money is written "Rs" or "rupees", with its ISO 4217 code.
const RUPEE_COUNTRIES: [(&str, &str); 4] = [("IN", "INR"), ("PK", "PKR"), ("LK", "LKR"), ("NP", "NPR")];

/// The rupee a release's "Rs" and "rupees" are: that of the one country of
/// [`RUPEE_COUNTRIES`] it names ("assets worth Rs 12 million" in a release that
/// names Pakistan); India's where it names none, as most such releases are India's press writing
/// of its own cities; no one's where it names two.
fn rupee_of_release(doc: &Doc) -> Option<&'static str> {
    let mut named = doc.sentences.iter().flat_map(|sentence| &sentence.countries).filter_map(|mention| {
        RUPEE_COUNTRIES.iter().find(|(country, _)| *country == mention.code.as_str()).map(|(_, rupee)| *rupee)
    });
    let Some(first) = named.next() else { return Some("INR") };
    named.all(|rupee| rupee == first).then_some(first)
}

/// Gives each amount written in a currency the release settles (`written`: "$", "rupees")
/// that currency's code.
fn settle_currency(operation: &mut Operation, written: &[&str], code: &str) {
    let settle = |currency: &mut Option<String>| {
        if currency.as_deref().is_some_and(|currency| written.contains(&currency)) {
            *currency = Some(code.to_string());
        }
    };
    let highlights = operation.highlights.iter_mut();
    for seizure in operation.seizures.iter_mut().chain(highlights.flat_map(|h| h.seizures.iter_mut())) {
        settle(&mut seizure.currency);
    }
    let highlights = operation.highlights.iter_mut();
    for figure in operation.figures.iter_mut().chain(highlights.flat_map(|h| h.figures.iter_mut())) {
        settle(&mut figure.currency);
    }
}

/// What an action's name says in place of its period where neither its text nor its
/// publication dates it.
const UNDATED: &str = "date not stated";

/// "April 2024": the month and year an action without a code name is named by; "April"
/// alone where the text and its publication give no year, which is left unknown.
fn period_in_words(start: PartialDate) -> String {
    let month = MONTH_NAMES[usize::from(start.month - 1)];
    match start.year {
        Some(year) => format!("{month} {year}"),
        None => month.to_string(),
    }
}

/// The operations a release names in passing, each once, with the year it ties to them: one
/// beside a mention, or "last year's" counted from `this_year` (the publication's, else the
/// reported operation's stated year).
fn mentioned_operations(doc: &Doc, named: &[NamedOperation], this_year: Option<i32>) -> Vec<MentionedOperation> {
    let mut mentioned: Vec<MentionedOperation> = Vec::new();
    for other in named {
        let entry = MentionedOperation {
            name: other.name.name(),
            series: other.name.series.clone(),
            edition: other.name.edition,
            year: other.name.year.or_else(|| year_beside(doc, other)).or_else(|| {
                let offset = relative_year(doc, other)?;
                this_year.map(|year| year + offset)
            }),
        };
        if !mentioned.contains(&entry) {
            mentioned.push(entry);
        }
    }
    mentioned
}

/// The blocks and sentences an operation's facts are read from, by index into the [`Doc`].
pub struct Scope {
    pub blocks: Vec<usize>,
    /// Body and bullet sentences of those blocks, in reading order.
    pub sentences: Vec<usize>,
}

/// The kind of document a news site writes about what others did.
const NEWS_ARTICLE: &str = "news_article";

/// Kinds of document that speak of many things, an operation among them.
const NOT_ABOUT_ONE_OPERATION: &[&str] = &["statement", "speech", "announcement", "report"];

/// Words that tell of a few operations together: "in two INTERPOL-led operations", "during
/// both operations".
static SEVERAL_OPERATIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:in|during|across) (?:the )?(?:two|three|four|five|both) (?:[a-z-]+ ){0,2}?operations(?-u:\b)",
    )
    .expect("valid regex")
});

/// A release about its operation is read throughout; a statement, speech or announcement, or
/// a release that tells of the operation in one passage, only in the blocks that name the
/// operation or speak of "this operation".
fn scope(doc: &Doc, reported: &NamedOperation, subject: bool, kind: Option<&str>) -> Scope {
    let whole = subject && !kind.is_some_and(|kind| NOT_ABOUT_ONE_OPERATION.contains(&kind));
    let naming = reported.sentences();
    let named: Vec<usize> = naming.iter().map(|&i| doc.sentences[i].block).collect();
    let blocks: Vec<usize> = (0..doc.blocks.len())
        .filter(|&b| {
            whole
                || named.contains(&b)
                || doc.text[doc.blocks[b].span.clone()].to_lowercase().contains("this operation")
        })
        .collect();
    // "Operation Serengeti ... resulting in 1,006 arrests": a sentence that names other
    // operations and not this one tells of theirs.
    let of_others = |i: usize| !doc.sentences[i].operations.is_empty() && !naming.contains(&i);
    // "2,300 people were arrested in two agency-led operations": where the sentence does
    // not name this one, it tells a sum of several, this one's and others'.
    // Most sentences say no "operations": a look for the word costs less than the search.
    let of_several = |i: usize| {
        let lower = doc.sentences[i].lower();
        !naming.contains(&i) && lower.contains("operations") && SEVERAL_OPERATIONS.is_match(lower)
    };
    // "In 2019, a joint raid by officers of ... ended with ...": a paragraph past the
    // lead that opens on another action in a year gone by tells that action's history.
    // The paragraph after it that goes on about "the operation" goes on about that one.
    let history = history_blocks(doc);
    let of_history = |i: usize| history.contains(&doc.sentences[i].block) && !naming.contains(&i);
    let sentences = (0..doc.sentences.len())
        .filter(|&i| {
            doc.sentences[i].is_body()
                && blocks.contains(&doc.sentences[i].block)
                && !of_others(i)
                && !of_several(i)
                && !of_history(i)
        })
        .collect();
    Scope { blocks, sentences }
}

/// The paragraphs past the lead that tell of another action in a year gone by
/// ([`ANOTHER_ACTION_IN_A_YEAR`]), each with the paragraphs after it that open on "the
/// operation", which is still that one.
fn history_blocks(doc: &Doc) -> Vec<usize> {
    let lead = doc.first_paragraphs(action::LEAD_PARAGRAPHS);
    let mut openings: Vec<(usize, &str)> = Vec::new();
    for sentence in doc.body() {
        if openings.last().is_none_or(|(block, _)| *block != sentence.block) {
            openings.push((sentence.block, sentence.lower()));
        }
    }
    let mut history = Vec::new();
    for (block, opening) in openings {
        let goes_on = history.last().is_some_and(|last| last + 1 == block) && opening.starts_with("the operation");
        if !lead.contains(&block) && (ANOTHER_ACTION_IN_A_YEAR.is_match(opening) || goes_on) {
            history.push(block);
        }
    }
    history
}

/// A sentence that opens on another action in a given year: "In 2019, a joint raid".
static ANOTHER_ACTION_IN_A_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^in (?:19|20)\d\d, an? (?:[a-z-]+ ){0,3}?(?:operation|action|crackdown|raid|sweep|blitz)(?-u:\b)")
        .expect("valid regex")
});

/// The sentence that holds a span, or the span alone where no sentence holds all of it.
fn sentence_around(doc: &Doc, span: &Range<usize>) -> Range<usize> {
    let holding = doc.sentences.iter().find(|s| s.span.start <= span.start && span.end <= s.span.end);
    holding.map_or_else(|| span.clone(), |s| s.span.clone())
}

/// The text a case spans: from its first sentence to its last.
fn case_span(sentences: &[&Sentence]) -> Range<usize> {
    let start = sentences.first().map_or(0, |s| s.span.start);
    start..sentences.last().map_or(start, |s| s.span.end)
}

/// An open country case while its paragraph is read.
struct Case {
    acting: Vec<String>,
    /// Its sentences, by index into [`Doc::sentences`].
    sentences: Vec<usize>,
    figures: Vec<(FoundFigure, Range<usize>)>,
    seizures: Vec<(FoundSeizure, Range<usize>)>,
}

#[derive(Default)]
struct BodyReading {
    operation_figures: Vec<(FoundFigure, Range<usize>)>,
    operation_seizures: Vec<(FoundSeizure, Range<usize>)>,
    /// Every amount of the sentences on seizing, read as a seizure or not.
    seizure_amounts: Vec<Range<usize>>,
    cases: Vec<Case>,
    coordination: Vec<(CoordinationKind, Option<String>, Range<usize>)>,
    /// The participant count and the duration, each with the sentence it was read from.
    stated_count: Option<(u32, Range<usize>)>,
    /// Whether the sentence of `stated_count` counts who took part, not where it took place.
    stated_count_of_participants: bool,
    stated_duration: Option<(u32, Range<usize>)>,
}

impl BodyReading {
    /// The count of countries a sentence states, kept where it is the first, or where it counts
    /// who took part and the one kept counted where the action took place ("took place in 8
    /// countries. 18 EU Member States participated").
    fn read_country_count(&mut self, text: &str, sentence: &Sentence) {
        if let Some((n, _)) = stated_country_count(text, sentence) {
            let of_participants = counts_participants(sentence.lower());
            if self.stated_count.is_none() || (of_participants && !self.stated_count_of_participants) {
                self.stated_count = Some((n, sentence.span.clone()));
                self.stated_count_of_participants = of_participants;
            }
        }
    }
}

/// Whether a sentence with a count of countries (in ASCII lower case) says they took part.
fn counts_participants(lower: &str) -> bool {
    static TAKING_PART: LazyLock<Regex> =
        LazyLock::new(|| any_of(&["participat", "took part", "taking part", "involved"]));
    TAKING_PART.is_match(lower)
}

/// Whether every case told is one country's own, as a national release tells its police's
/// work (no case at all counts as every one).
fn every_case_is_of(cases: &[Case], code: &str) -> bool {
    cases.iter().all(|case| case.acting == [code])
}

/// Sorts each body sentence into a country case or the operation's own account. A case runs
/// to the end of its paragraph or bullet, or to the next sentence that opens another.
/// `national` are the countries whose own police ran the action: what they did is no case;
/// `listing`, the sentences that list several participants, each about the whole operation.
fn read_body(
    doc: &Doc,
    scope: &Scope,
    participants: Option<Range<usize>>,
    national: &[&str],
    listing: &[Range<usize>],
) -> BodyReading {
    let text = doc.text;
    let mut reading = BodyReading::default();
    let mut open: Option<Case> = None;
    let mut block = None;
    let mut previous_block_had_case = false;
    let first_of_body = doc.sentences.iter().position(Sentence::is_body);
    let mut arrests_told = false;
    for &i in &scope.sentences {
        let sentence = &doc.sentences[i];
        let first_of_block = block != Some(sentence.block);
        if first_of_block {
            // A case stays open to the end of its block: one is open now if the block had one.
            previous_block_had_case = open.is_some();
            reading.cases.extend(open.take());
            block = Some(sentence.block);
        }
        if let Some(list) =
            participants.as_ref().filter(|list| list.start < sentence.span.end && sentence.span.start < list.end)
        {
            // The list's own sentence may count them: "officers from 13 countries: A, B, ...".
            reading.read_country_count(text, sentence);
            // "40 suspects were arrested in four countries: A, B, ...": what the words before
            // the list count is the operation's.
            // (The list's passage may open with its heading: it starts at its first country.)
            let first_item = sentence.countries.iter().map(|c| c.span.start).find(|at| list.contains(at));
            if open.is_none()
                && let Some(first_item) = first_item
            {
                let before_the_list =
                    sentence_figures(text, sentence).into_iter().filter(|f| f.number.end <= first_item);
                let figures: Vec<(FoundFigure, Range<usize>)> =
                    before_the_list.filter(|f| !f.added_part).map(|f| (f, sentence.span.clone())).collect();
                arrests_told |= figures.iter().any(|(found, _)| found.metric.is_arrests());
                reading.operation_figures.extend(figures);
            }
            continue;
        }
        read_coordination(sentence, &mut reading.coordination);
        // What the countries whose police ran the action did is the action's own account; what
        // others did with them is a case.
        let others_acting =
            |codes: &[String]| national.is_empty() || codes.iter().any(|code| !national.contains(&code.as_str()));
        // A sentence about the operation itself, or the dateline's country opening the body, is
        // none of a country's.
        let the_operations = || {
            tells_of_the_operation(text, sentence)
                || listing.contains(&sentence.span)
                // "Police in Austria and six other countries took down ...": all of them.
                || names_one_of_the_counted(text, sentence)
                // "19 were held: 12 in Estonia and 7 in Latvia": a total shared out.
                || shares_by_country(text, sentence).is_some()
                || (Some(i) == first_of_body && dateline_country(text, sentence).is_some())
        };
        // Inside a case, only a sentence that opens with another country starts a new one.
        let acting = acting_countries(text, sentence).filter(|acting| {
            !the_operations()
                && others_acting(&acting.codes)
                && match &open {
                    Some(case) => acting.at_start && acting.codes != case.acting,
                    None => true,
                }
        });
        let continues_earlier = first_of_block && previous_block_had_case && refers_back(sentence);
        match (acting, open.as_mut()) {
            (Some(acting), _) => {
                reading.cases.extend(open.take());
                open =
                    Some(Case { acting: acting.codes, sentences: vec![i], figures: Vec::new(), seizures: Vec::new() });
            }
            (None, Some(case)) => case.sentences.push(i),
            (None, None) if continues_earlier => {
                let mut case = reading.cases.pop().expect("the previous block had a case");
                case.sentences.push(i);
                open = Some(case);
            }
            (None, None) => {}
        }
        let mut figures: Vec<(FoundFigure, Range<usize>)> =
            sentence_figures(text, sentence).into_iter().map(|f| (f, sentence.span.clone())).collect();
        // "In addition, 37 people were arrested" after what else was done, or arrests of the
        // wanted told first: the arrests told first.
        for (found, _) in &mut figures {
            if found.added_after_arrests_only && !arrests_told {
                found.added_part = false;
            }
        }
        arrests_told |= figures.iter().any(|(found, _)| found.metric.is_arrests());
        let stated = sentence_seizures(doc, i, national);
        let seizures = stated.seizures.into_iter().map(|f| (f, sentence.span.clone()));
        reading.seizure_amounts.extend(stated.amounts);
        match open.as_mut() {
            Some(case) => {
                case.figures.extend(figures);
                case.seizures.extend(seizures);
            }
            None if tells_of_a_phase(sentence)
                || tells_of_one_of_its_deeds(sentence)
                || tells_of_an_earlier_action(sentence)
                || one_forces_share(doc, sentence)
                || a_share_of_a_wider_action(sentence) => {}
            None => {
                // An added part is a case's figure, never one of the operation's totals.
                reading.operation_figures.extend(figures.into_iter().filter(|(found, _)| !found.added_part));
                for (mut found, span) in seizures {
                    // A list of parts whose total an earlier sentence gave, in the same measure.
                    if found.listed_under_total && found.part_of.is_none() {
                        found.part_of = reading
                            .operation_seizures
                            .iter()
                            .rev()
                            .find(|(total, _)| {
                                total.part_of.is_none()
                                    && !total.listed_under_total
                                    // "11 million products ... Among the items seized were
                                    // 300,000 pharmaceutical products": goods of no kind hold
                                    // parts of every kind.
                                    && (total.kind == found.kind || names_goods(&total.item))
                                    && total.amount.same_measure(&found.amount)
                            })
                            .map(|(total, _)| total.item.clone());
                    }
                    reading.operation_seizures.push((found, span));
                }
                reading.read_country_count(text, sentence);
                if reading.stated_duration.is_none() {
                    reading.stated_duration = stated_duration(text, sentence).map(|n| (n, sentence.span.clone()));
                }
            }
        }
    }
    reading.cases.extend(open);
    reading
}

/// International bodies and frameworks, in lower case, that coordinate or support actions
/// national bodies carry out, across borders: where one is named, others may have taken part,
/// and where one tells of an action, it need not have run it.
const INTERNATIONAL_BODIES: &[&str] = &[
    "interpol",
    "europol",
    "eurojust",
    "frontex",
    "afripol",
    "empact",
    "olaf",
    "selec",
    "unodc",
    "wco",
    "european labour authority",
];

/// The one country a release names, by its name, as where something took place ("in Spain",
/// "across England and Wales"), with the sentence that names it so, where it names no other
/// country by its name (its people's, as victims' nationalities, may be others) and no
/// international body that may have brought others in.
fn the_one_country(doc: &Doc, scope: &Scope) -> Option<(String, Range<usize>)> {
    static ANY_INTERNATIONAL_BODY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", INTERNATIONAL_BODIES.join("|"))).expect("valid regex")
    });
    if ANY_INTERNATIONAL_BODY.is_match(doc.text) {
        return None;
    }
    // The headline too: "Smuggling ring broken up in Kenya".
    let headline = doc.sentences.iter().take_while(|s| !s.is_body());
    let named = || {
        let in_scope = scope.sentences.iter().map(|&i| &doc.sentences[i]);
        headline.clone().chain(in_scope).flat_map(|s| s.countries.iter().map(move |c| (s, c)))
    };
    // Another country's people may be victims ("Ethiopian nationals", "women mostly from
    // Peru and Bolivia", "recruited in Peru"); its police or authorities ("Belgian
    // authorities") took part.
    let mut people_list_end = None;
    let mut of_people = |s: &Sentence, c: &CountryMention| {
        let next = doc.text[c.span.end..].split_whitespace().next().unwrap_or_default();
        // "371 Filipinos, 57 Vietnamese": people counted by their country's name for them.
        let counted = || {
            s.numbers.iter().any(|n| n.span.end <= c.span.start && doc.text[n.span.end..c.span.start].trim().is_empty())
        };
        let people = c.demonym && (PEOPLE_OF_A_COUNTRY.contains(&next.trim_end_matches([',', '.'])) || counted())
            || !c.demonym && peoples_origin_or_destination(&doc.text[s.span.start..c.span.start])
            || people_list_end.is_some_and(|end| list_at(doc.text, end, &s.countries).first() == Some(&c));
        people_list_end = people.then_some(c.span.end);
        people
    };
    let mentions: Vec<(&CountryMention, bool)> = named().map(|(s, c)| (c, of_people(s, c))).collect();
    let code = mentions.iter().find(|(c, people)| !c.demonym && !people).map(|(c, _)| c.code.as_str())?;
    if !mentions.iter().all(|(c, people)| c.code == code || *people) {
        return None;
    }
    let (sentence, _) = named().find(|(_, c)| {
        let before = doc.text[..c.span.start].trim_end_matches("the ").trim_end_matches("el ");
        // Spanish's and Portuguese's "en" and "em", French's "en", "au" and "aux".
        let place_words = ["in ", "across ", "throughout ", "en ", "em ", "au ", "aux "];
        // "scamming people in Canada": where those defrauded live, not where the action was
        // ("arrested 40 people in Spain" is).
        !c.demonym
            && place_words.iter().any(|place| before.ends_with(place))
            && !where_the_harmed_were(&last_bytes(before, HARMED_BYTES).to_ascii_lowercase())
    })?;
    Some((code.to_string(), sentence.span.clone()))
}

/// The one country a headline that tells of an action places it in: "Smugglers held in dawn
/// raids across Ruritania", "Police free 40 victims in Port Town, Ruritania", "Ruritania: cent
/// enfants sauvés". A headline that names another country, or opens its list of countries
/// with a people ("Kenyan police ..."), places nothing.
fn the_headlines_place(doc: &Doc) -> Option<(CountryCode, Range<usize>)> {
    // A headline's verbs beside the body's words for an action and its deeds: "free",
    // "held", "nab".
    static HEADLINE_DEEDS: LazyLock<Regex> =
        LazyLock::new(|| any_of(&["free", "raid", "held", "bust", "crack down", "smash", "nab", "sauvé", "inspect"]));
    let acted =
        |lower: &str| tells_of_an_action(lower) || tells_of_enforcement(lower) || HEADLINE_DEEDS.is_match(lower);
    // "in", "across" or "throughout" the country, or a place in it first ("in Port Town, ").
    static PLACED_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:in|across|throughout|around|au|en|em)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:\p{Lu}[\p{L}-]*,\s+)?$")
            .expect("valid regex")
    });
    let headline = doc.sentences.first().filter(|s| !s.is_body() && s.block == 0)?;
    let [first, rest @ ..] = headline.countries.as_slice() else { return None };
    if first.demonym || rest.iter().any(|other| other.code != first.code) || !acted(headline.lower()) {
        return None;
    }
    let before = &doc.text[headline.span.start..first.span.start];
    let opens_it = before.is_empty() && doc.text[first.span.end..].trim_start_matches(' ').starts_with(':');
    let placed = PLACED_IN.is_match(before) && !where_the_harmed_were(&before.to_ascii_lowercase());
    (opens_it || placed).then(|| (first.code, headline.span.clone()))
}

/// How far before a place the words that make it where the harmed were are looked for.
const HARMED_BYTES: usize = 40;

/// Words after a country's people's name that make them people, not its authorities.
const PEOPLE_OF_A_COUNTRY: &[&str] = &[
    "nationals",
    "citizens",
    "women",
    "men",
    "children",
    "girls",
    "boys",
    "victims",
    "migrants",
    "people",
    "workers",
    "origin",
    "adults",
    "minors",
    "travellers",
    "travelers",
    "passengers",
    "families",
    // One person: "after a call from a Polish man". Not "national", which may be the
    // first word of a force ("the Spanish national police").
    "citizen",
    "woman",
    "man",
    "child",
    "girl",
    "boy",
    "victim",
    "migrant",
    "worker",
    "passenger",
    "family",
];

/// Whether the words before a country's name make it where people came from or were bound
/// for: "women mostly from", "víctimas procedentes de", "bound for the".
fn peoples_origin_or_destination(before: &str) -> bool {
    let before = before.strip_suffix("the ").unwrap_or(before);
    if PEOPLES_WAY.iter().any(|words| before.ends_with(words)) {
        return true;
    }
    let Some(before) = before.strip_suffix("from ").or_else(|| before.strip_suffix("de ")) else {
        return false;
    };
    let word = before.split_whitespace().next_back().unwrap_or_default().trim_end_matches(',');
    PEOPLE_OF_A_COUNTRY.contains(&word) || PEOPLE_OR_ORIGIN_IN_SPANISH.contains(&word) || ORIGIN.contains(&word)
}

/// Words before a country that make it a place on the way of the people a release tells of:
/// where they were going, or where they were recruited ("Most of the women had been
/// recruited in Peru").
const PEOPLES_WAY: &[&str] =
    &["bound for ", "destined for ", "headed for ", "heading for ", "on their way to ", "recruited in "];

/// Words before "from" that tell where people came from.
const ORIGIN: &[&str] = &["mainly", "mostly", "largely", "primarily", "chiefly", "originally"];

/// Spanish words for people, or for where they came from, before "de" and a country.
const PEOPLE_OR_ORIGIN_IN_SPANISH: &[&str] = &[
    "mujeres",
    "hombres",
    "personas",
    "víctimas",
    "migrantes",
    "ciudadanos",
    "ciudadanas",
    "principalmente",
    "mayoritariamente",
    "procedentes",
    "originarias",
    "originarios",
    "oriundas",
    "oriundos",
];

/// Words for a part of an operation's time: "the first two days", "on the last day".
const PHASES: &[&str] = &["first", "second", "third", "last", "final", "opening"];

/// Whether a sentence tells of an action before this one ("An earlier raid in November
/// arrested 15 people"): its figures are that action's.
fn tells_of_an_earlier_action(sentence: &Sentence) -> bool {
    const EARLIER: [&str; 3] = ["an earlier ", "a previous ", "a prior "];
    static ANY_EARLIER: LazyLock<Regex> = LazyLock::new(|| any_of(&EARLIER));
    let lower = sentence.lower();
    // One search first: most sentences tell of nothing earlier.
    ANY_EARLIER.is_match(lower)
        && EARLIER.iter().any(|earlier| {
            lower.match_indices(earlier).any(|(at, _)| {
                let next = lower[at + earlier.len()..].split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                EARLIER_ACTIONS.contains(&next)
            })
        })
}

/// What an earlier action may be called after "an earlier".
const EARLIER_ACTIONS: &[&str] = &["raid", "raids", "operation", "action", "crackdown", "sweep", "investigation"];

/// A list item that opens with one police force, then what it did, or tells what one force
/// did: "Avon Police, with local partners, arresting three people in Bath"; "Avon Police and the
/// council identifying 12 victims"; "Raids carried out by Essex Police, arresting two". Its
/// figures are that force's share of a week of action, not the week's totals.
fn one_forces_share(doc: &Doc, sentence: &Sentence) -> bool {
    static A_FORCE_THEN_ITS_DEEDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:[A-Z][\w&'’.-]*\s+){0,4}(?:Police|Constabulary|Police Service|Police Force)(?-u:\b)",
            r"(?:\s*\([^)]*\))?(?:,|\s+and\s|\s+[a-z]+ing(?-u:\b))",
            r"|(?-u:\b)by (?:[A-Z][\w&'’.-]*\s+){1,3}(?:Police|Constabulary)(?-u:\b)"
        ))
        .expect("valid regex")
    });
    sentence.kind == BlockKind::Bullet && A_FORCE_THEN_ITS_DEEDS.is_match(sentence.text(doc.text))
}

/// Whether a sentence tells what one force or country did "as part of an EU-wide operation"
/// (or an international, a global, a Europe-wide one): its figures are that share, not the
/// wider action's, unless the sentence counts the countries it was made in ("As part of a
/// global operation, police in 40 countries arrested 300").
fn a_share_of_a_wider_action(sentence: &Sentence) -> bool {
    static PART_OF_A_WIDER_ACTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?-u:\b)as part of (?:an?|the) (?:[a-z-]+ ){0,2}?",
            r"(?:eu-wide|europe-wide|pan-european|international|global|worldwide|multinational|europol-coordinated|interpol-coordinated) ",
            r"(?:[a-z-]+ ){0,2}?(?:operation|action|initiative|crackdown)(?-u:\b)"
        ))
        .expect("valid regex")
    });
    let lower = sentence.lower();
    lower.contains("as part of") && PART_OF_A_WIDER_ACTION.is_match(lower) && !ACROSS_COUNTRIES.is_match(lower)
}

/// Whether a sentence tells what a single check, raid, search or haul of many found ("a find
/// at one of these checks", "During one of the house searches, ...", "One of the largest
/// hauls came ..."): its figures are a share of the totals, never the totals.
fn tells_of_one_of_its_deeds(sentence: &Sentence) -> bool {
    static ONE_OF_THE_DEEDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?-u:\b)one of (?:those|these|the|its|their) (?:[a-z-]+ )?",
            r"(?:checks|raids|searches|inspections|stops|interceptions|interventions|controls)(?-u:\b)",
            // "One of the largest hauls came on 3 May, when ...": as its subject, one find of
            // many (not "seized 2 tonnes, one of the largest seizures ever", the whole).
            r"|^one of (?:the|its|their) (?:[a-z-]+ )?(?:hauls|seizures|finds|busts)(?-u:\b)"
        ))
        .expect("valid regex")
    });
    let lower = sentence.lower();
    lower.contains("one of ") && ONE_OF_THE_DEEDS.is_match(lower)
}

/// Whether a sentence tells of a part of the operation's time ("On the first day alone,
/// police made 241 arrests") or one of its incidents ("During the second incident, ..."): its
/// figures are a share of the totals, never the totals.
fn tells_of_a_phase(sentence: &Sentence) -> bool {
    let lower = sentence.lower();
    // Most sentences say neither "phase" nor a day or a week: no need to cut them into words.
    static PHASE_OR_TIME: LazyLock<Regex> = LazyLock::new(|| any_of(&["phase", "day", "week", "incident"]));
    if !PHASE_OR_TIME.is_match(lower) {
        return false;
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let is_time = |word: &str| matches!(word, "day" | "days" | "week" | "weeks");
    // "During this phase, 32 suspects were arrested", "in the preparatory phase": one phase of
    // several (not "carried out in two phases").
    let a_phase = words.windows(2).any(|two| two[1] == "phase" && PHASE_WORDS.contains(&two[0]));
    // "in the first 10 days of May" is a stretch of the calendar, the action's own time where
    // the release reports its results so far, not a part of a longer operation.
    let of_the_calendar = |after: usize| {
        words.get(after) == Some(&"of")
            && match words.get(after + 1) {
                Some(&"the") => words.get(after + 2).is_some_and(|w| matches!(*w, "month" | "year")),
                Some(word) => month_from_name(word).is_some(),
                None => false,
            }
    };
    // "in the last three days", "in the last week", "over the last week": the days before the
    // release, the action's own time, unless they are the last days of something ("the last
    // two days of the operation"). ("During the last week" is the operation's final week.)
    let the_recent_past = |i: usize, time_at: usize| {
        let counted = time_at == i + 3 || time_at == i + 2 && i > 0 && matches!(words[i - 1], "in" | "over");
        words[i + 1] == "last" && counted && words.get(time_at + 1) != Some(&"of")
    };
    a_phase
        || words.windows(3).enumerate().any(|(i, three)| {
            let time_at = if is_time(three[2]) { i + 2 } else { i + 3 };
            three[0] == "the"
                && PHASES.contains(&three[1])
                && (three[2] == "incident"
                    || words.get(time_at).is_some_and(|word| is_time(word))
                        && !of_the_calendar(time_at + 1)
                        && !the_recent_past(i, time_at))
        })
}

/// Words before "phase" that make it one phase of the operation, not its action as a whole
/// ("the operational phase").
const PHASE_WORDS: &[&str] =
    &["this", "that", "preparatory", "preparation", "initial", "first", "second", "third", "last", "final"];

/// Words that open a sentence about the operation as a whole.
const OPERATION_SUBJECTS: &[&str] =
    &["the operation", "this operation", "the action", "the joint action", "the week of action"];

/// Whether a sentence's subject is the operation itself ("The operation, carried out from 9
/// to 13 October, resulted in ...", "Operation Kestrel led to ..."): its figures are the
/// operation's, whatever countries it names.
fn tells_of_the_operation(text: &str, sentence: &Sentence) -> bool {
    let opening = sentence.text(text).as_bytes();
    OPERATION_SUBJECTS
        .iter()
        .any(|words| opening.get(..words.len()).is_some_and(|o| o.eq_ignore_ascii_case(words.as_bytes())))
        || sentence
            .operations
            .first()
            .is_some_and(|name| matches!(text[sentence.span.start..name.span.start].trim(), "" | "The" | "the"))
}

/// "coordinated from Brazilian Federal Police headquarters", "coordination units were set up in
/// Argentina, Senegal, ...": one record per country.
fn read_coordination(sentence: &Sentence, into: &mut Vec<(CoordinationKind, Option<String>, Range<usize>)>) {
    let lower = sentence.lower();
    let kind = if lower.contains("coordination unit") {
        CoordinationKind::Unit
    } else if lower.contains("coordinated from") && lower.contains("headquarters") {
        CoordinationKind::Headquarters
    } else {
        return;
    };
    let mut countries: Vec<Option<String>> = sentence.countries.iter().map(|m| Some(String::from(m.code))).collect();
    // A unit whose country the sentence does not name is still a unit.
    if countries.is_empty() {
        countries.push(None);
    }
    for country in countries {
        if !into.iter().any(|(k, c, _)| *k == kind && *c == country) {
            into.push((kind, country, sentence.span.clone()));
        }
    }
}

fn figure(text: &str, found: &FoundFigure, source: Source) -> Figure {
    Figure {
        metric: found.metric,
        value: found.value,
        qualifier: found.qualifier.clone(),
        currency: found.currency.clone(),
        as_written: text[found.number.clone()].to_string(),
        source,
    }
}

fn seizure(text: &str, found: &FoundSeizure, source: Source) -> Seizure {
    let (quantity, unit, value, currency) = found.amount.seizure_fields();
    Seizure {
        item: found.item.clone(),
        kind: found.kind,
        quantity,
        unit,
        value,
        currency,
        qualifier: found.qualifier.clone(),
        part_of: found.part_of.clone(),
        as_written: text[found.written.clone()].to_string(),
        source,
    }
}

/// Each seizure once: a release states its seizures in its lead and again in a list or a
/// quote, at times rounded ("more than 1,300 firearms", then "1,318 firearms"). A seizure of
/// the same item and kind as another is left out when it states the same amount, or a rounded
/// one where the other is exact.
fn distinct_seizures(seizures: impl Iterator<Item = Seizure>) -> Vec<Seizure> {
    let all: Vec<Seizure> = seizures.collect();
    let same_thing = |a: &Seizure, b: &Seizure| {
        a.kind == b.kind && fold(&a.item) == fold(&b.item) && a.unit == b.unit && a.currency == b.currency
    };
    // "over 14 million illicit pills", then "14.3 million pills": the same kind and measure,
    // and the exact amount no further from the rounded one than rounding goes.
    // Of one thing: the word the item ends in ("pills" of "illicit pills"), so that "more than
    // 56 tonnes of cocaine" is no rounding of "52 tonnes of other drugs".
    let head = |s: &Seizure| fold(&s.item).rsplit(' ').next().unwrap_or_default().to_string();
    let amount = |s: &Seizure| s.quantity.or(s.value.map(|v| v as f64)).unwrap_or_default();
    let rounds = |rounded: &Seizure, exact: &Seizure| {
        let (low, high) = (amount(rounded) * 0.9, amount(rounded) * 1.15);
        rounded.kind == exact.kind
            && head(rounded) == head(exact)
            && rounded.unit == exact.unit
            && rounded.currency == exact.currency
            && (low..=high).contains(&amount(exact))
    };
    // "more than 3,000 guns", then "some 3,184 guns": a rounder amount of the same
    // thing gives way to a finer one, whatever word goes before the finer one.
    let finer = |other: &Seizure, seizure: &Seizure| {
        other.qualifier.is_none() || significant_digits(amount(other)) > significant_digits(amount(seizure))
    };
    let mut kept: Vec<Seizure> = Vec::new();
    for seizure in &all {
        let rounded_of_exact = seizure.qualifier.is_some()
            && all.iter().any(|other| finer(other, seizure) && other.part_of.is_none() && rounds(seizure, other));
        let repeated = kept.iter().any(|k| {
            same_thing(seizure, k)
                && (k.quantity, k.value, &k.qualifier) == (seizure.quantity, seizure.value, &seizure.qualifier)
        });
        if !rounded_of_exact && !repeated {
            kept.push(seizure.clone());
        }
    }
    mark_parts_by_sum(&mut kept);
    kept
}

/// The digits of an amount that rounding leaves standing: 2 for 14,000,000, 3 for 14.3 million,
/// 4 for 8,263.
fn significant_digits(amount: f64) -> usize {
    let digits = format!("{amount}").replace(['.', '-'], "");
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// "A total of 1388 firearms were seized ... • 495 alarm weapons seized; • 893 other weapons
/// seized": exact amounts of the total's kind and measure, stated one after another below it,
/// that add up to it exactly are its parts.
fn mark_parts_by_sum(seizures: &mut [Seizure]) {
    let amount = |s: &Seizure| s.quantity.or(s.value.map(|v| v as f64));
    for total in 0..seizures.len() {
        let whole = &seizures[total];
        let Some(sum) = amount(whole).filter(|_| whole.part_of.is_none() && whole.qualifier.is_none()) else {
            continue;
        };
        let of_its_measure = |s: &Seizure| {
            s.kind == whole.kind && s.unit == whole.unit && s.currency == whole.currency && s.part_of.is_none()
        };
        let later: Vec<usize> = (total + 1..seizures.len())
            .filter(|&i| of_its_measure(&seizures[i]) && seizures[i].qualifier.is_none())
            .collect();
        let run = (0..later.len()).find_map(|first| {
            let mut added = 0.0;
            for (n, &i) in later[first..].iter().enumerate() {
                added += amount(&seizures[i])?;
                if n >= 1 && (added - sum).abs() < 1e-9 {
                    return Some(later[first..=first + n].to_vec());
                }
            }
            None
        });
        let item = whole.item.clone();
        for i in run.unwrap_or_default() {
            seizures[i].part_of = Some(item.clone());
        }
    }
}

/// Words that say a sentence's figures are the whole operation's, where an earlier sentence
/// gave one country's share.
const WHOLE_OPERATION: &[&str] = &[
    "at european level",
    "at eu level",
    "across europe",
    "all over europe",
    "throughout europe",
    "across the eu",
    "across the european union",
    "in all participating countries",
    "across the participating countries",
    "across all participating countries",
    "in the participating countries",
    "in total",
    "overall",
    "altogether",
    "worldwide",
    "across the week",
    "regional results",
    "national results",
    // "The six were part of a wider sweep that led to 41 arrests": those told of before are
    // some of the whole the sentence counts.
    "were part of",
    // Spanish: "en varios países", "en todo el mundo".
    "en varios países",
    "en todos los países participantes",
    "en todo el mundo",
];

/// Words that say a sentence's figures were made in several countries, so are no one
/// country's share: "112 suspects across 22 countries had been arrested".
static ACROSS_COUNTRIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:across|in) {COUNT} (?:[a-z-]+ ){{0,2}}?(?:countries|states|nations)(?-u:\b)",
        COUNT = participants::COUNT
    ))
    .expect("valid regex")
});

/// Whether a sentence says its figures are the whole operation's.
fn said_of_the_whole(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    // "In total, 60 victims were found in these two countries": some of the places only.
    let of_some_places = ["in those ", "in these "].iter().any(|words| lower.contains(words));
    !of_some_places
        && (WHOLE_OPERATION.iter().any(|words| action::whole_words(&lower, words).is_some())
            || ACROSS_COUNTRIES.is_match(&lower))
}

/// Whether the number at `number` is a running total brought up to date, so the whole so far
/// and not the sentence's other figures: "This brings the total number of arrests to 41",
/// "bringing the tally to 41 arrests".
fn brings_the_total_to(text: &str, sentence: &Range<usize>, number: &Range<usize>) -> bool {
    static RUNNING_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?-u:\b)(?:brings?|bringing|brought|takes?|taking|took|raises?|raising|raised) ",
            r"(?:[a-z’']+ ){0,3}?(?:total|tally)(?-u:\b)[^,;]{0,50}? to $"
        ))
        .expect("valid regex")
    });
    let before = text[sentence.start..number.start].to_ascii_lowercase();
    RUNNING_TOTAL.is_match(last_bytes(&before, RUNNING_TOTAL_BYTES))
}

/// How far before a number the words that make it a running total are looked for.
const RUNNING_TOTAL_BYTES: usize = 100;

/// The line that opens the list a list item at `item` stands in: the last line before it
/// that is no item of a list and ends with a colon ("The week's national results were as
/// follows:").
fn list_opening(text: &str, item: usize) -> Option<&str> {
    let line = text[..item].lines().rev().map(str::trim).find(|line| !line.is_empty() && !line.starts_with(BULLETS))?;
    line.ends_with(':').then_some(line)
}

/// One figure per metric for the operation, and the rounded values stated beside exact ones:
/// - a total beats a phase's part of it ("the seven days of action saw 214 arrests ... the
///   operation had led to the arrest of 769"): a larger figure not said of a phase;
/// - an exact value beats a rounded one ("more than 500" in a headline, 537 in the body), and
///   the rounded one is also stated when it rounds the exact one;
/// - a figure said of the whole operation beats a smaller one given first ("In Hungary, eight
///   victims were identified ... at European level: 487 victims have been identified"), and
///   so does a running total brought up to date ("bringing the tally to 41 arrests");
/// - otherwise the first beats later ones; two different exact values are reported as a warning;
/// - a larger exact count that the headline gives beats a smaller one given first;
/// - a headline's exact count stands where the body states none of its value, and its rounded
///   count where the body counts none of its kind.
fn operation_figures(
    text: &str,
    found: &[(FoundFigure, Range<usize>)],
    in_headline: &HeadlineFigures,
    source: &dyn Fn(Range<usize>) -> Source,
    file: &str,
    warnings: &mut Vec<String>,
) -> (Vec<Figure>, Vec<Figure>) {
    let mut chosen: Vec<(Figure, bool)> = Vec::new();
    let mut also_stated: Vec<Figure> = Vec::new();
    for (candidate, sentence) in found.iter().filter(|(f, _)| f.metric != Metric::Amount) {
        let new = figure(text, candidate, source(sentence.clone()));
        let of_a_phase = candidate.of_a_phase;
        match chosen.iter_mut().find(|(f, _)| f.metric == new.metric) {
            None => chosen.push((new, of_a_phase)),
            Some((kept, kept_of_a_phase)) if *kept_of_a_phase && !of_a_phase && new.value > kept.value => {
                (*kept, *kept_of_a_phase) = (new, false);
            }
            Some(_) if of_a_phase => {}
            // "over 5,500 arrests", then a case's "27 arrests": an exact value far from the
            // rounded one counts something else.
            Some((kept, _)) if kept.qualifier.is_some() && new.qualifier.is_none() && rounds(kept, &new) => {
                also_stated.push(std::mem::replace(kept, new));
            }
            // "more than 30 arrests", then "at least 33 arrests": the higher bound is the
            // closer one.
            Some((kept, _))
                if is_lower_bound(kept) && is_lower_bound(&new) && new.value > kept.value && rounds(kept, &new) =>
            {
                also_stated.push(std::mem::replace(kept, new));
            }
            // "Six Ruritanians were held", then "some 40 arrests worldwide": a larger count
            // said of the whole, rounded or not, unless it rounds the exact one.
            Some((kept, _))
                if kept.qualifier.is_none()
                    && new.value > kept.value
                    && (new.qualifier.is_none() || !rounds(&new, kept))
                    && (said_of_the_whole(&text[sentence.clone()])
                        || list_opening(text, sentence.start).is_some_and(said_of_the_whole)
                        || brings_the_total_to(text, sentence, &candidate.number)) =>
            {
                *kept = new;
            }
            Some((kept, _)) if kept.qualifier.is_none() && new.qualifier.is_some() => {
                also_stated.extend(rounds(&new, kept).then_some(new));
            }
            // "95 held in sweep" over a story that opens on one town's eight arrests and then
            // tells that 95 suspects were arrested in all: the count the headline gives is the
            // whole.
            Some((kept, _))
                if new.qualifier.is_none()
                    && new.value > kept.value
                    && in_headline.counts.contains(&new.value)
                    && !in_headline.counts.contains(&kept.value) =>
            {
                *kept = new;
            }
            Some((kept, _)) if kept.qualifier.is_none() && new.qualifier.is_none() && kept.value != new.value => {
                warnings.push(format!(
                    "{file}: two exact values for {}: {} and {}; the first is kept",
                    new.metric.label(),
                    kept.as_written,
                    new.as_written
                ));
            }
            Some(_) => {}
        }
    }
    // "More than 500 people were arrested" under "539 Taken into Custody": the headline states
    // exactly what the body rounds. "2,500 Arrested" over "more than 2,500 arrests" is the
    // body's number with its qualifier left out.
    for (candidate, sentence) in &in_headline.found {
        let stated = figure(text, candidate, source(sentence.clone()));
        let told_in_the_body =
            chosen.iter().any(|(f, _)| f.value == stated.value && counts_alike(f.metric, stated.metric));
        // "More than 130 victims rescued" over a body that counts no victims: the headline's
        // rounded count is the only one the release gives. Where the body gives one, the
        // headline's rounds it or counts another thing.
        if stated.qualifier.is_some() {
            if !chosen.iter().any(|(f, _)| counts_alike(f.metric, stated.metric)) && stated.metric != Metric::Amount {
                chosen.push((stated, false));
            }
            continue;
        }
        match chosen.iter_mut().find(|(f, _)| f.metric == stated.metric) {
            Some((kept, _)) if kept.qualifier.is_some() && kept.value != stated.value && rounds(kept, &stated) => {
                also_stated.push(std::mem::replace(kept, stated));
            }
            Some(_) => {}
            // "566 arrests in week of coordinated actions": a count only the headline states.
            // Not one the body gives as another count ("40 arrested" over "Police arrested 40
            // suspected traffickers"), nor a sum, which a headline gives as what seized
            // things were worth ("Drugs worth €85 million seized").
            None if !told_in_the_body && stated.metric != Metric::Amount => chosen.push((stated, false)),
            None => {}
        }
    }
    // All arrests are at least the arrests of one kind: an exact count of arrests below
    // one of theirs is a part's ("Two suspects were arrested" in one town, after the lead's
    // "arrested three suspected traffickers").
    let most_of_a_kind =
        chosen.iter().filter(|(f, _)| f.metric.is_arrests() && f.metric != Metric::Arrests).map(|(f, _)| f.value).max();
    chosen.retain(|(f, _)| {
        let a_part =
            f.metric == Metric::Arrests && f.qualifier.is_none() && most_of_a_kind.is_some_and(|most| f.value < most);
        !a_part
    });
    // "the arrests of over three hundred suspected traffickers" in the lead, "the arrest of 312
    // people smugglers" in the body: a rounded count of all arrests that rounds the exact
    // count of one kind says that kind is all of them, and the exact count is the total.
    let exact_of_a_kind = chosen
        .iter()
        .find(|(f, _)| f.metric.is_arrests() && f.metric != Metric::Arrests && f.qualifier.is_none())
        .map(|(f, _)| f.clone());
    if let Some(exact) = exact_of_a_kind
        && let Some((rounded, _)) =
            chosen.iter_mut().find(|(f, _)| f.metric == Metric::Arrests && f.qualifier.is_some() && rounds(f, &exact))
    {
        also_stated.push(std::mem::replace(rounded, Figure { metric: Metric::Arrests, ..exact }));
    }
    (chosen.into_iter().map(|(figure, _)| figure).collect(), also_stated)
}

/// The figures of an operation against goods alone (tobacco, drugs, firearms...), where
/// "12 smugglers were held" and "40 traffickers arrested" count smugglers and traffickers
/// of those goods: all its arrests, where no other count of them is given, and not arrests of
/// smugglers of people or of traffickers in human beings.
fn arrests_of_goods_smugglers(mut figures: Vec<Figure>, areas: impl Iterator<Item = CrimeArea>) -> Vec<Figure> {
    let mut areas = areas.peekable();
    let of_goods_alone = areas.peek().is_some()
        && areas.all(|area| !matches!(area, CrimeArea::HumanTrafficking | CrimeArea::MigrantSmuggling));
    let arrests_told = figures.iter().any(|figure| figure.metric == Metric::Arrests);
    if of_goods_alone && !arrests_told {
        // One count stands for all the arrests; a second would count some people twice.
        let of_one_kind =
            |figure: &Figure| matches!(figure.metric, Metric::ArrestsSmugglers | Metric::ArrestsTraffickers);
        if let Some(figure) = figures.iter_mut().find(|figure| of_one_kind(figure)) {
            figure.metric = Metric::Arrests;
        }
    }
    figures
}

/// Whether two metrics may count the same people or things, as a headline and a body may
/// name them: arrests of any kind ("40 arrested" over "arrested 40 suspected traffickers");
/// victims and migrants, found or rescued ("40 rescued" over "40 migrants were rescued").
/// Arrests and victims are never the same count ("130 suspects nabbed" over "more than 130
/// victims identified").
fn counts_alike(one: Metric, other: Metric) -> bool {
    use Metric::*;
    let family = |metric: Metric| match metric {
        _ if metric.is_arrests() => 0,
        VictimsRescued | VictimsIdentified | MigrantsIdentified | MigrantsRescued => 1,
        _ => 2,
    };
    one == other || family(one) == family(other) && family(one) < 2
}

/// The figures of the headline and the lines above the body.
fn headline_figures(doc: &Doc) -> HeadlineFigures {
    let headline = || doc.sentences.iter().take_while(|sentence| !sentence.is_body());
    let found = headline()
        .flat_map(|sentence| {
            sentence_figures(doc.text, sentence).into_iter().map(|found| (found, sentence.span.clone()))
        })
        // A rounded count that the body gives again is the body's to read, in its own words
        // ("in two operations": not this one's alone).
        .filter(|(found, _)| {
            found.qualifier.is_none()
                || !doc.body().any(|sentence| sentence.numbers.iter().any(|n| n.value == found.value))
        })
        .collect();
    let counts = headline().flat_map(|sentence| sentence.numbers.iter().map(|n| n.value)).collect();
    HeadlineFigures { found, counts }
}

/// What a headline counts: the figures read in it, and every number it gives, which may
/// count what no figure is read of ("95 held in sweep").
struct HeadlineFigures {
    found: Vec<(FoundFigure, Range<usize>)>,
    counts: Vec<u64>,
}

/// Qualifiers that say a figure is at least its value.
const LOWER_BOUNDS: &[&str] =
    &["more than", "over", "just over", "at least", "in excess of", "upwards of", "no less than", "no fewer than"];

fn is_lower_bound(figure: &Figure) -> bool {
    figure.qualifier.as_deref().is_some_and(|qualifier| LOWER_BOUNDS.contains(&qualifier))
}

/// How far, as a share of the exact value, a rounded value may lie from it and still round it.
const ROUNDING_SHARE: f64 = 0.1;

/// How far above a lower bound ("more than 200") an exact value may lie and still be what it
/// rounds down, as a multiple of the bound.
const LOWER_BOUND_REACH: f64 = 1.25;

/// Whether `rounded` ("more than 1,200") rounds `exact` (1,236) rather than counting
/// something else: it lies within [`ROUNDING_SHARE`] of it, or, as a lower bound, below it
/// and within [`LOWER_BOUND_REACH`] ("more than 200" in the lead, "228 arrests" in the body).
fn rounds(rounded: &Figure, exact: &Figure) -> bool {
    let (rounded_value, exact_value) = (rounded.value as f64, exact.value as f64);
    let rounds_down =
        is_lower_bound(rounded) && (rounded_value..=rounded_value * LOWER_BOUND_REACH).contains(&exact_value);
    (rounded_value - exact_value).abs() <= exact_value * ROUNDING_SHARE || rounds_down
}

/// A case's first figure of each metric (and currency): a later one of the same kind is
/// usually a part of it ("making 22 arrests ... two subjects were arrested"), and adding
/// the two would count people twice.
fn first_of_each(figures: Vec<Figure>) -> Vec<Figure> {
    let mut kept: Vec<Figure> = Vec::new();
    for figure in figures {
        if !kept.iter().any(|k| k.metric == figure.metric && k.currency == figure.currency) {
            kept.push(figure);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use explorer_model::SeizureKind;

    use super::*;

    /// A seizure of `item` and `kind`: `quantity` of it, exact.
    fn counted(item: &str, kind: SeizureKind, quantity: f64) -> Seizure {
        Seizure {
            item: item.to_string(),
            kind,
            quantity: Some(quantity),
            unit: None,
            value: None,
            currency: None,
            qualifier: None,
            part_of: None,
            as_written: quantity.to_string(),
            source: Source {
                document: "a.txt".to_string(),
                quote: String::new(),
                span: (0, 0),
                origin: Default::default(),
                note: None,
            },
        }
    }

    #[test]
    fn amounts_below_a_total_that_add_up_to_it_are_its_parts() {
        let mut seized = vec![
            counted("firearms", SeizureKind::Firearms, 1388.0),
            counted("alarm weapons", SeizureKind::Firearms, 495.0),
            counted("rounds of ammunition", SeizureKind::Ammunition, 495.0),
            counted("other weapons", SeizureKind::Firearms, 893.0),
            counted("pistols", SeizureKind::Firearms, 12.0),
        ];
        mark_parts_by_sum(&mut seized);
        let parts: Vec<Option<&str>> = seized.iter().map(|s| s.part_of.as_deref()).collect();
        assert_eq!(parts, [None, Some("firearms"), None, Some("firearms"), None]);
        // Amounts that add up to no total are no one's parts.
        let mut seized = vec![
            counted("firearms", SeizureKind::Firearms, 1388.0),
            counted("alarm weapons", SeizureKind::Firearms, 495.0),
            counted("other weapons", SeizureKind::Firearms, 890.0),
        ];
        mark_parts_by_sum(&mut seized);
        assert!(seized.iter().all(|s| s.part_of.is_none()));
    }

    #[test]
    fn a_sentence_about_an_earlier_action_tells_of_it() {
        let text = "An earlier raid in November arrested 15 people.";
        assert!(tells_of_an_earlier_action(&Sentence::of(text)));
        let text = "The raid, earlier than planned, led to 15 arrests.";
        assert!(!tells_of_an_earlier_action(&Sentence::of(text)));
    }

    #[test]
    fn a_sentence_about_a_part_of_the_time_tells_of_a_phase() {
        let phases = [
            "On the first day alone, police made 241 arrests.",
            "The first two days, focused on ferries, saw 22 arrests.",
            "During the final week, officers checked 900 lorries.",
            "During this phase, 32 suspects were arrested and 102 firearms seized.",
            "In the first two days of the operation, officers rescued 20 victims.",
            "In the last two days of the operation, officers rescued 20 victims.",
            "During the second incident, guards stopped two suspected smugglers.",
        ];
        for text in phases {
            assert!(tells_of_a_phase(&Sentence::of(text)), "{text}");
        }
        let wholes = [
            "The action days led to 61 arrests.",
            "Over five days, police made 90 arrests.",
            "The first of the suspects was arrested on 3 May.",
            "The operation, carried out in two phases, led to 148 arrests.",
            "During the operational phase, officers made 148 arrests.",
            // A stretch of the calendar, where a release reports results so far.
            "In the first 9 days of the month of June, the agency rescued 20 victims.",
            "In the first two weeks of March, the agency rescued 20 victims.",
            // The days before the release: the action's own time.
            "Police said that six suspects were arrested in the last three days.",
            "Officers said that six suspects had been arrested in the last week.",
            "Officers said eight men were detained over the last week.",
        ];
        for text in wholes {
            assert!(!tells_of_a_phase(&Sentence::of(text)), "{text}");
        }
    }

    #[test]
    fn a_sentence_about_one_of_many_checks_tells_of_one_deed() {
        let ones = [
            "In a big find, one of these checks led officers to 30 victims.",
            "During one of the house searches, police found 12 pistols.",
            "One of the largest finds was made on 3 May, when customs found 90 kg of heroin in a van.",
        ];
        for text in ones {
            assert!(tells_of_one_of_its_deeds(&Sentence::of(text)), "{text}");
        }
        let wholes = [
            "The checks found 30 victims.",
            "One of the officers said 120 people were arrested.",
            "Customs seized 2 tonnes of heroin, one of the largest seizures ever made in the port.",
        ];
        for text in wholes {
            assert!(!tells_of_one_of_its_deeds(&Sentence::of(text)), "{text}");
        }
    }
}
