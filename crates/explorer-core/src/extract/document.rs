//! Reading one press release: the operation it reports, with every fact and its source, and
//! the other operations it names in passing.

use std::ops::Range;

use super::cases::{acting_countries, involved_countries, refers_back, themes};
use super::countries::CountryIndex;
use super::figures::{FoundFigure, SentenceNumbers};
use super::manifest::{published_day, published_year_month};
use super::mentions::country_mentions;
use super::operation::{Mention, Published, main_operation, mentions, stated_year_beside, timing};
use super::organisations::{Named, partners_and_funders, projects};
use super::participants::{listed_participants, participant_list};
use super::problem::Problem;
use super::quotes::quotes;
use super::segment::{Block, BlockKind, blocks, sentences};
use super::{Source as Input, operation_id};
use crate::model::{Coordination, CoordinationKind, Figure, Highlight, Metric, Operation, Organisation, Quote, Source};

/// What one document yields.
#[derive(Debug, Default)]
pub struct Reading {
    pub operation: Option<Operation>,
    /// Other operations the document names ("since Operation Weka I (2021)").
    pub mentioned: Vec<MentionedOperation>,
    pub warnings: Vec<String>,
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
    let found = mentions(text);
    let Some(name) = main_operation(&found) else {
        return Ok(Reading::default());
    };
    let own: Vec<&Mention> = found.iter().filter(|m| m.name() == name).collect();
    let published = published_year_month(&input.document).map(|(year, month)| Published {
        year,
        month,
        day: published_day(&input.document),
    });
    let timing = timing(text, &own, published);

    let mut countries: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    let participants = participant_list(text);
    for participant in listed_participants(text, participants.clone(), index) {
        match participant.code {
            Some(code) if !countries.contains(&code) => countries.push(code),
            Some(_) => {}
            None => problems.push(Problem::at(
                file,
                text,
                participant.span.start,
                format!("participant `{}` resolves to no country", participant.name),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let all_blocks = blocks(text);
    let in_scope = scope(text, &all_blocks, &own, input.document.kind.as_deref());
    let source = |span: Range<usize>| Source {
        document: file.clone(),
        span: (span.start, span.end),
        quote: text[span].to_string(),
    };
    let reading = read_body(text, &in_scope, participants, index);

    let mut warnings = Vec::new();
    let figures = operation_figures(text, &reading.operation_figures, &source, file, &mut warnings);
    let highlights = reading
        .cases
        .iter()
        .map(|case| Highlight {
            involved: involved_countries(text, case.span.clone(), &case.acting, index),
            acting: case.acting.clone(),
            themes: themes(&text[case.span.clone()]),
            figures: first_of_each(case.figures.iter().map(|(f, s)| figure(text, f, source(s.clone()))).collect()),
            source: source(case.span.clone()),
        })
        .collect();
    let (partners, funders) = partners_and_funders(text, &in_scope);
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
    let duration_days = match (timing.start, timing.end) {
        (Some(start), Some(end)) => u32::try_from(end.days_since_epoch() - start.days_since_epoch() + 1).ok(),
        _ => reading.stated_duration,
    };

    let first = own[0];
    let operation = Operation {
        id: operation_id(&name, timing.year),
        name: name.clone(),
        series: first.series.clone(),
        edition: first.edition,
        year: timing.year,
        year_inferred: timing.year_inferred,
        start: timing.start,
        end: timing.end,
        duration_days,
        stated_country_count: reading.stated_count,
        countries,
        figures,
        highlights,
        coordination: reading
            .coordination
            .into_iter()
            .map(|(kind, country, span)| Coordination { kind, country, source: source(span) })
            .collect(),
        partners: organisations(partners),
        funders: organisations(funders),
        projects: organisations(projects(text, &in_scope)),
        quotes,
        mentioned_only: false,
        documents: vec![file.clone()],
        mentioned_in: Vec::new(),
    };
    let mut mentioned: Vec<MentionedOperation> = Vec::new();
    for other in found.iter().filter(|m| m.name() != name) {
        let entry = MentionedOperation {
            name: other.name(),
            series: other.series.clone(),
            edition: other.edition,
            year: stated_year_beside(text, other),
        };
        if !mentioned.contains(&entry) {
            mentioned.push(entry);
        }
    }
    Ok(Reading { operation: Some(operation), mentioned, warnings })
}

/// The blocks an operation's facts are read from. A press release is about its operation
/// throughout; another kind of document (a statement) only where it names the operation.
fn scope<'a>(text: &str, all: &'a [Block], own: &[&Mention], kind: Option<&str>) -> Vec<&'a Block> {
    if matches!(kind, None | Some("press_release")) {
        return all.iter().collect();
    }
    all.iter()
        .filter(|block| {
            let names_it = own.iter().any(|m| m.span.start >= block.span.start && m.span.end <= block.span.end);
            names_it || text[block.span.clone()].to_lowercase().contains("this operation")
        })
        .collect()
}

/// An open country case while its paragraph is read.
struct Case {
    acting: Vec<String>,
    span: Range<usize>,
    figures: Vec<(FoundFigure, Range<usize>)>,
}

#[derive(Default)]
struct BodyReading {
    operation_figures: Vec<(FoundFigure, Range<usize>)>,
    cases: Vec<Case>,
    coordination: Vec<(CoordinationKind, Option<String>, Range<usize>)>,
    stated_count: Option<u32>,
    stated_duration: Option<u32>,
}

/// Sorts each sentence of the body into a country case or the operation's own account.
fn read_body(text: &str, blocks: &[&Block], participants: Option<Range<usize>>, index: &CountryIndex) -> BodyReading {
    let mut reading = BodyReading::default();
    let mut previous_block_had_case = false;
    for block in blocks.iter().filter(|b| matches!(b.kind, BlockKind::Body | BlockKind::Bullet)) {
        let mut open: Option<Case> = None;
        let mut had_case = false;
        for (n, sentence) in sentences(text, block.span.clone()).into_iter().enumerate() {
            if participants.as_ref().is_some_and(|list| list.start < sentence.end && sentence.start < list.end) {
                continue;
            }
            read_coordination(text, sentence.clone(), index, &mut reading.coordination);
            // Inside a case, only a sentence that opens with another country starts a new one.
            let acting = acting_countries(text, sentence.clone(), index).filter(|acting| match &open {
                Some(case) => acting.at_start && acting.codes != case.acting,
                None => true,
            });
            let continues_earlier = n == 0 && previous_block_had_case && refers_back(text, sentence.clone());
            match (acting, open.as_mut()) {
                (Some(acting), _) => {
                    reading.cases.extend(open.take());
                    open = Some(Case { acting: acting.codes, span: sentence.clone(), figures: Vec::new() });
                }
                (None, Some(case)) => case.span.end = sentence.end,
                (None, None) if continues_earlier => {
                    let case = reading.cases.pop().expect("the previous block had a case");
                    open = Some(Case { span: case.span.start..sentence.end, ..case });
                }
                (None, None) => {}
            }
            let numbers = SentenceNumbers::read(text, sentence.clone());
            let figures = numbers.figures().into_iter().map(|f| (f, sentence.clone()));
            match open.as_mut() {
                Some(case) => case.figures.extend(figures),
                None => {
                    reading.operation_figures.extend(figures);
                    if reading.stated_count.is_none() {
                        reading.stated_count = numbers.country_count().map(|(n, _)| n);
                    }
                    if reading.stated_duration.is_none() {
                        reading.stated_duration = numbers.duration();
                    }
                }
            }
        }
        had_case |= open.is_some();
        reading.cases.extend(open);
        previous_block_had_case = had_case;
    }
    reading
}

/// "coordinated from Brazilian Federal Police headquarters", "coordination units were set up in
/// Argentina, Senegal, ...": one record per country.
fn read_coordination(
    text: &str,
    sentence: Range<usize>,
    index: &CountryIndex,
    into: &mut Vec<(CoordinationKind, Option<String>, Range<usize>)>,
) {
    let lower = text[sentence.clone()].to_lowercase();
    let kind = if lower.contains("coordination unit") {
        CoordinationKind::Unit
    } else if lower.contains("coordinated from") && lower.contains("headquarters") {
        CoordinationKind::Headquarters
    } else {
        return;
    };
    let mut countries: Vec<Option<String>> =
        country_mentions(text, sentence.clone(), index).into_iter().map(|m| Some(m.code)).collect();
    // A unit whose country the sentence does not name is still a unit.
    if countries.is_empty() {
        countries.push(None);
    }
    for country in countries {
        if !into.iter().any(|(k, c, _)| *k == kind && *c == country) {
            into.push((kind, country, sentence.clone()));
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

/// One figure per metric for the operation: an exact value beats a rounded one ("more than
/// 500" in a headline, 537 in the body), and the first beats later ones; two different exact
/// values are reported as a warning.
fn operation_figures(
    text: &str,
    found: &[(FoundFigure, Range<usize>)],
    source: &dyn Fn(Range<usize>) -> Source,
    file: &str,
    warnings: &mut Vec<String>,
) -> Vec<Figure> {
    let mut chosen: Vec<Figure> = Vec::new();
    for (candidate, sentence) in found.iter().filter(|(f, _)| f.metric != Metric::Amount) {
        let new = figure(text, candidate, source(sentence.clone()));
        match chosen.iter_mut().find(|f| f.metric == new.metric) {
            None => chosen.push(new),
            Some(kept) if kept.qualifier.is_some() && new.qualifier.is_none() => *kept = new,
            Some(kept) if kept.qualifier.is_none() && new.qualifier.is_none() && kept.value != new.value => {
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
    chosen
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
