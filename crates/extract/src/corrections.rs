//! `corrections.toml`: a maintainer's corrections of what the extractor read, beside the
//! manifest. Each one names its document and, except a drop, the passage that states it; the
//! build holds them to the same proof as extracted facts (the passage is in the document, a
//! number stands in it) and fails on any that cannot be verified, naming its line and column.
//!
//! - `[[add]]`: a figure the extractor missed;
//! - `[[drop]]`: a figure it read wrongly;
//! - `[[set]]`: the operation's name, edition, year, dates, participant count or list;
//! - `[[add_seizure]]`: a seizure the extractor missed, its amount as written in the quote;
//! - `[[drop_seizure]]`: a seizure it read wrongly, by kind and amount as written.

use std::ops::Range;

use explorer_model::date::PartialDate;
use explorer_model::{
    CorrectedField, Figure, Metric, Operation, Origin, Seizure, SeizureKind, Source, Vocabulary, json_name,
};
use serde::Deserialize;
use toml::Spanned;

use super::annotate::country_index::CountryIndex;
use super::annotate::dates::{NumericOrder, date_mentions};
use super::annotate::numbers::number_mentions;
use super::annotate::operation_names::operation_names;
use super::annotate::quantities::quantity_mentions;
use super::problem::Problem;
use super::read::identity::{operation_id, to_roman};

pub const CORRECTIONS_FILE: &str = "corrections.toml";

/// The file as TOML states it; every value keeps its place for error messages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entries {
    #[serde(default)]
    add: Vec<AddEntry>,
    #[serde(default)]
    drop: Vec<DropEntry>,
    #[serde(default)]
    set: Vec<SetEntry>,
    #[serde(default)]
    add_seizure: Vec<AddSeizureEntry>,
    #[serde(default)]
    drop_seizure: Vec<DropSeizureEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AddSeizureEntry {
    document: Spanned<String>,
    item: Spanned<String>,
    kind: Spanned<String>,
    /// As written in the quote ("1.4 tonnes", "EUR 3.1 million", "212").
    amount: Spanned<String>,
    part_of: Option<String>,
    quote: Spanned<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DropSeizureEntry {
    document: Spanned<String>,
    kind: Spanned<String>,
    amount: Spanned<String>,
    note: Option<String>,
}

/// A seizure a maintainer adds: its amount is read from the quote, where it must stand.
#[derive(Debug, Clone)]
pub struct AddSeizure {
    pub document: At<String>,
    pub item: At<String>,
    pub kind: At<SeizureKind>,
    pub amount: At<String>,
    pub part_of: Option<String>,
    pub quote: At<String>,
    pub note: Option<String>,
}

/// A seizure a maintainer drops, named by its kind and its amount as written.
#[derive(Debug, Clone)]
pub struct DropSeizure {
    pub document: At<String>,
    pub kind: At<SeizureKind>,
    pub amount: At<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AddEntry {
    document: Spanned<String>,
    metric: Spanned<String>,
    value: Spanned<u64>,
    quote: Spanned<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DropEntry {
    document: Spanned<String>,
    metric: Spanned<String>,
    value: Spanned<u64>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetEntry {
    document: Spanned<String>,
    field: Spanned<String>,
    value: Spanned<toml::Value>,
    quote: Spanned<String>,
    note: Option<String>,
}

/// A value with the byte offset in `corrections.toml` where it is written.
#[derive(Debug, Clone)]
pub struct At<T> {
    pub value: T,
    pub at: usize,
}

impl<T> At<T> {
    fn of(spanned: Spanned<T>) -> At<T> {
        let at = spanned.span().start;
        At { value: spanned.into_inner(), at }
    }
}

#[derive(Debug, Clone)]
pub struct Add {
    pub document: At<String>,
    pub metric: At<Metric>,
    pub value: At<u64>,
    pub quote: At<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Drop {
    pub document: At<String>,
    pub metric: At<Metric>,
    pub value: At<u64>,
    pub note: Option<String>,
}

/// A field `[[set]]` may set, with its value checked for type.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    Name(String),
    Edition(u32),
    Year(i32),
    Start(PartialDate),
    End(PartialDate),
    StatedCountryCount(u32),
    /// ISO alpha-2 codes, resolved from the names or codes the file gives.
    Countries(Vec<String>),
}

const FIELDS: &str = "name, edition, year, start, end, stated_country_count, countries";

#[derive(Debug, Clone)]
pub struct Set {
    pub document: At<String>,
    pub field: At<FieldValue>,
    pub quote: At<String>,
    pub note: Option<String>,
}

/// Every correction of a folder, in the file's order, with the file's text for positions.
#[derive(Debug, Clone, Default)]
pub struct Corrections {
    text: String,
    pub adds: Vec<Add>,
    pub drops: Vec<Drop>,
    pub sets: Vec<Set>,
    pub seizure_adds: Vec<AddSeizure>,
    pub seizure_drops: Vec<DropSeizure>,
}

impl Corrections {
    /// Reads the file; every entry that names an unknown metric or field, or gives a value of
    /// the wrong kind, is a problem, and all of them are returned together.
    pub fn parse(text: &str, index: &CountryIndex) -> Result<Corrections, Vec<Problem>> {
        let entries: Entries = toml::from_str(text).map_err(|error| {
            let at = error.span().map_or(0, |span| span.start);
            vec![Problem::at(CORRECTIONS_FILE, text, at, error.message().trim_end().to_string())]
        })?;
        let mut corrections = Corrections { text: text.to_string(), ..Corrections::default() };
        let mut problems = Vec::new();
        for add in entries.add {
            match metric(add.metric, text) {
                Ok(metric) => corrections.adds.push(Add {
                    document: At::of(add.document),
                    metric,
                    value: At::of(add.value),
                    quote: At::of(add.quote),
                    note: add.note,
                }),
                Err(problem) => problems.push(problem),
            }
        }
        for drop in entries.drop {
            match metric(drop.metric, text) {
                Ok(metric) => corrections.drops.push(Drop {
                    document: At::of(drop.document),
                    metric,
                    value: At::of(drop.value),
                    note: drop.note,
                }),
                Err(problem) => problems.push(problem),
            }
        }
        for set in entries.set {
            match field_value(&set.field, &set.value, index) {
                Ok(value) => corrections.sets.push(Set {
                    document: At::of(set.document),
                    field: At { value, at: set.field.span().start },
                    quote: At::of(set.quote),
                    note: set.note,
                }),
                Err((at, reason)) => problems.push(Problem::at(CORRECTIONS_FILE, text, at, reason)),
            }
        }
        for add in entries.add_seizure {
            match seizure_kind(add.kind, text) {
                Ok(kind) => corrections.seizure_adds.push(AddSeizure {
                    document: At::of(add.document),
                    item: At::of(add.item),
                    kind,
                    amount: At::of(add.amount),
                    part_of: add.part_of,
                    quote: At::of(add.quote),
                    note: add.note,
                }),
                Err(problem) => problems.push(problem),
            }
        }
        for drop in entries.drop_seizure {
            match seizure_kind(drop.kind, text) {
                Ok(kind) => corrections.seizure_drops.push(DropSeizure {
                    document: At::of(drop.document),
                    kind,
                    amount: At::of(drop.amount),
                    note: drop.note,
                }),
                Err(problem) => problems.push(problem),
            }
        }
        if problems.is_empty() { Ok(corrections) } else { Err(problems) }
    }

    /// A problem at a place in the file.
    pub fn problem(&self, at: usize, reason: impl Into<String>) -> Problem {
        Problem::at(CORRECTIONS_FILE, &self.text, at, reason)
    }

    /// A warning at a place in the file, in the same form as a problem.
    fn warning(&self, at: usize, reason: &str) -> String {
        self.problem(at, reason).to_string()
    }

    /// The documents the corrections name, each with where it is first named.
    pub fn documents(&self) -> impl Iterator<Item = &At<String>> {
        let adds = self.adds.iter().map(|a| &a.document);
        adds.chain(self.drops.iter().map(|d| &d.document))
            .chain(self.sets.iter().map(|s| &s.document))
            .chain(self.seizure_adds.iter().map(|a| &a.document))
            .chain(self.seizure_drops.iter().map(|d| &d.document))
    }

    /// Applies the corrections of one document to the operation read from it: first the
    /// fields, so that a name set on a document where none was read makes its operation;
    /// then drops, then additions. A correction that cannot be verified against the text is
    /// a problem; one the extractor has made unnecessary is a warning.
    pub fn apply(
        &self,
        file: &str,
        text: &str,
        operation: &mut Option<Operation>,
        warnings: &mut Vec<String>,
    ) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut sets: Vec<&Set> = self.sets.iter().filter(|s| s.document.value == file).collect();
        // A name first: it may make the operation the other fields belong to.
        sets.sort_by_key(|s| !matches!(s.field.value, FieldValue::Name(_)));
        for set in sets {
            match self.quoted(file, text, &set.quote, set.note.as_ref()) {
                Ok(source) => self.set_field(set, source, text, operation, warnings, &mut problems),
                Err(problem) => problems.push(problem),
            }
        }
        for drop in self.drops.iter().filter(|d| d.document.value == file) {
            if let Err(problem) = self.drop_figure(drop, file, operation.as_mut()) {
                problems.push(problem);
            }
        }
        for add in self.adds.iter().filter(|a| a.document.value == file) {
            match self.added_figure(add, file, text, operation.as_ref()) {
                Ok(Some(figure)) => operation.as_mut().expect("an added figure has an operation").figures.push(figure),
                Ok(None) => warnings.push(self.warning(
                    add.metric.at,
                    &format!(
                        "the extractor now reads {} {} from {file} itself; this correction can go",
                        json_name(add.metric.value),
                        add.value.value
                    ),
                )),
                Err(problem) => problems.push(problem),
            }
        }
        for drop in self.seizure_drops.iter().filter(|d| d.document.value == file) {
            if let Err(problem) = self.drop_seizure(drop, file, operation.as_mut()) {
                problems.push(problem);
            }
        }
        for add in self.seizure_adds.iter().filter(|a| a.document.value == file) {
            match self.added_seizure(add, file, text, operation.as_ref()) {
                Ok(Some(seizure)) => {
                    operation.as_mut().expect("an added seizure has an operation").seizures.push(seizure)
                }
                Ok(None) => warnings.push(self.warning(
                    add.amount.at,
                    &format!(
                        "the extractor now reads {} {} from {file} itself; this correction can go",
                        add.amount.value, add.item.value
                    ),
                )),
                Err(problem) => problems.push(problem),
            }
        }
        problems
    }

    /// The seizure an `[[add_seizure]]` states, or `None` when the extractor already reads it.
    /// Its quote must stand in the document, its amount among the quote's amounts and its
    /// item in the quote.
    fn added_seizure(
        &self,
        add: &AddSeizure,
        file: &str,
        text: &str,
        operation: Option<&Operation>,
    ) -> Result<Option<Seizure>, Problem> {
        let Some(operation) = operation else {
            return Err(self.problem(add.document.at, format!("no operation is read from {file}; set its name first")));
        };
        let written = add.amount.value.trim();
        let read_already = operation.seizures.iter().any(|s| {
            s.source.document == file
                && s.kind == add.kind.value
                && s.as_written == written
                && s.source.origin == Origin::Read
        });
        if read_already {
            return Ok(None);
        }
        let source = self.quoted(file, text, &add.quote, add.note.as_ref())?;
        let (start, end) = source.span;
        let numbers = number_mentions(text, start..end);
        let Some(mention) =
            quantity_mentions(text, start..end, &numbers).into_iter().find(|m| &text[m.span.clone()] == written)
        else {
            return Err(self.problem(add.amount.at, format!("`{written}` is not an amount of the quote")));
        };
        if !source.quote.contains(add.item.value.as_str()) {
            return Err(self.problem(add.item.at, format!("`{}` does not stand in the quote", add.item.value)));
        }
        let (quantity, unit, value, currency) = mention.amount.seizure_fields();
        Ok(Some(Seizure {
            item: add.item.value.clone(),
            kind: add.kind.value,
            quantity,
            unit,
            value,
            currency,
            qualifier: mention.qualifier,
            part_of: add.part_of.clone(),
            as_written: written.to_string(),
            source,
        }))
    }

    /// Removes the seizure a `[[drop_seizure]]` names, from the operation's or else a case's.
    fn drop_seizure(&self, drop: &DropSeizure, file: &str, operation: Option<&mut Operation>) -> Result<(), Problem> {
        let written = drop.amount.value.trim();
        let matches = |s: &Seizure| s.kind == drop.kind.value && s.as_written == written && s.source.document == file;
        let dropped = operation.is_some_and(|op| {
            let lists = std::iter::once(&mut op.seizures).chain(op.highlights.iter_mut().map(|h| &mut h.seizures));
            lists.into_iter().any(|seizures| match seizures.iter().position(matches) {
                Some(i) => {
                    seizures.remove(i);
                    true
                }
                None => false,
            })
        });
        if dropped {
            Ok(())
        } else {
            let reason = format!(
                "no seizure of {} {written} is read from {file}; if the extractor no longer reads it, remove this drop",
                json_name(drop.kind.value)
            );
            Err(self.problem(drop.kind.at, reason))
        }
    }

    /// The passage a correction quotes, as a source: it must stand in the document.
    fn quoted(&self, file: &str, text: &str, quote: &At<String>, note: Option<&String>) -> Result<Source, Problem> {
        let start = match quote.value.trim() {
            "" => None,
            words => text.find(words),
        };
        let start = start.ok_or_else(|| self.problem(quote.at, format!("the quote is not in {file}")))?;
        let end = start + quote.value.trim().len();
        Ok(Source {
            document: file.to_string(),
            span: (start, end),
            quote: text[start..end].to_string(),
            origin: Origin::Corrected,
            note: note.cloned(),
        })
    }

    /// The figure an `[[add]]` states, or `None` when the extractor already reads it.
    fn added_figure(
        &self,
        add: &Add,
        file: &str,
        text: &str,
        operation: Option<&Operation>,
    ) -> Result<Option<Figure>, Problem> {
        let Some(operation) = operation else {
            return Err(self.problem(add.document.at, format!("no operation is read from {file}; set its name first")));
        };
        let (metric, value) = (add.metric.value, add.value.value);
        let from_file: Vec<&Figure> = operation
            .figures_of(metric)
            .filter(|f| f.source.document == file && f.source.origin == Origin::Read)
            .collect();
        if from_file.iter().any(|f| f.value == value) {
            return Ok(None);
        }
        if let Some(read) = from_file.first() {
            let reason = format!("{file} already gives {} {}; drop it first", json_name(metric), read.value);
            return Err(self.problem(add.value.at, reason));
        }
        let source = self.quoted(file, text, &add.quote, add.note.as_ref())?;
        let (start, end) = source.span;
        let number = number_mentions(text, start..end).into_iter().find(|n| n.value == value);
        let Some(number) = number else {
            return Err(self.problem(add.value.at, format!("{value} does not stand in the quote")));
        };
        Ok(Some(Figure {
            metric,
            value,
            qualifier: number.qualifier,
            currency: number.currency,
            as_written: text[number.span].to_string(),
            source,
        }))
    }

    /// Removes the figure a `[[drop]]` names, from the operation's totals or else a case.
    fn drop_figure(&self, drop: &Drop, file: &str, operation: Option<&mut Operation>) -> Result<(), Problem> {
        let (metric, value) = (drop.metric.value, drop.value.value);
        let matches = |f: &Figure| f.metric == metric && f.value == value && f.source.document == file;
        let dropped = operation.is_some_and(|op| {
            let lists = std::iter::once(&mut op.figures).chain(op.highlights.iter_mut().map(|h| &mut h.figures));
            lists.into_iter().any(|figures| match figures.iter().position(matches) {
                Some(i) => {
                    figures.remove(i);
                    true
                }
                None => false,
            })
        });
        if dropped {
            Ok(())
        } else {
            let reason = format!(
                "no {} of {value} is read from {file}; if the extractor no longer reads it, remove this drop",
                json_name(metric)
            );
            Err(self.problem(drop.metric.at, reason))
        }
    }

    fn set_field(
        &self,
        set: &Set,
        source: Source,
        text: &str,
        operation: &mut Option<Operation>,
        warnings: &mut Vec<String>,
        problems: &mut Vec<Problem>,
    ) {
        let file = &source.document;
        let quote = source.span.0..source.span.1;
        if let Some(reason) = not_in_quote(&set.field.value, text, quote) {
            problems.push(self.problem(set.field.at, reason));
            return;
        }
        let op = match (operation.as_mut(), &set.field.value) {
            (Some(op), _) => op,
            (None, FieldValue::Name(_)) => {
                operation.insert(Operation { documents: vec![file.clone()], ..Operation::default() })
            }
            (None, _) => {
                problems.push(
                    self.problem(set.document.at, format!("no operation is read from {file}; set its name first")),
                );
                return;
            }
        };
        let (field, value) = set.field.value.written();
        if field_written(op, field) == value {
            let reason = format!("the extractor now reads {field} {value} from {file} itself; this correction can go");
            warnings.push(self.warning(set.field.at, &reason));
            return;
        }
        match &set.field.value {
            FieldValue::Name(name) => {
                let named = format!("Operation {name}");
                let parsed = operation_names(&named, 0..named.len()).into_iter().next();
                op.name = name.clone();
                // A maintainer sets a code name: what the extractor described is now named.
                op.code_name = true;
                op.series = parsed.as_ref().map_or(name.clone(), |p| p.series.clone());
                op.edition = parsed.and_then(|p| p.edition);
            }
            FieldValue::Edition(edition) => op.edition = Some(*edition),
            FieldValue::Year(year) => (op.year, op.year_inferred) = (Some(*year), false),
            // A field set by hand shows the correction's passage, not the sentence read.
            FieldValue::Start(date) => {
                op.start = Some(*date);
                op.field_sources.start = Some(source.clone());
                // A full start date states the year, which outranks one worked out from the
                // publication date; a year the text or a correction states stays.
                if let Some(year) = date.year.filter(|_| op.year.is_none() || op.year_inferred) {
                    (op.year, op.year_inferred) = (Some(year), false);
                }
            }
            FieldValue::End(date) => {
                op.end = Some(*date);
                op.field_sources.end = Some(source.clone());
            }
            FieldValue::StatedCountryCount(count) => {
                op.stated_country_count = Some(*count);
                op.field_sources.stated_country_count = Some(source.clone());
            }
            FieldValue::Countries(codes) => {
                op.countries = codes.clone();
                op.field_sources.countries = vec![source.clone()];
            }
        }
        op.id = operation_id(&op.series, op.edition, op.year);
        op.corrected.push(CorrectedField { field: field.to_string(), value, source });
    }
}

impl FieldValue {
    /// The field's name and its value as the dataset writes it.
    fn written(&self) -> (&'static str, String) {
        match self {
            FieldValue::Name(name) => ("name", name.clone()),
            FieldValue::Edition(edition) => ("edition", edition.to_string()),
            FieldValue::Year(year) => ("year", year.to_string()),
            FieldValue::Start(date) => ("start", date.to_string()),
            FieldValue::End(date) => ("end", date.to_string()),
            FieldValue::StatedCountryCount(count) => ("stated_country_count", count.to_string()),
            FieldValue::Countries(codes) => ("countries", codes.join(", ")),
        }
    }
}

/// An operation's field as [`FieldValue::written`] writes it; empty when it has none.
fn field_written(op: &Operation, field: &str) -> String {
    let text = |value: Option<String>| value.unwrap_or_default();
    match field {
        "name" => op.name.clone(),
        "edition" => text(op.edition.map(|e| e.to_string())),
        "year" if op.year_inferred => String::new(),
        "year" => text(op.year.map(|y| y.to_string())),
        "start" => text(op.start.map(|d| d.to_string())),
        "end" => text(op.end.map(|d| d.to_string())),
        "stated_country_count" => text(op.stated_country_count.map(|n| n.to_string())),
        _ => op.countries.join(", "),
    }
}

/// Why a set value does not stand in its quote, if it does not: a number (count, year,
/// edition, also as a Roman numeral) must be one of the quote's numbers, a date one of its
/// dates, a name must be written in it. A list of countries is checked only for its passage.
fn not_in_quote(value: &FieldValue, text: &str, quote: Range<usize>) -> Option<String> {
    let words = &text[quote.clone()];
    let number_in_quote = |n: u64| {
        number_mentions(text, quote.clone()).iter().any(|m| m.value == n)
            || words.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == n.to_string())
    };
    let date_in_quote = |date: &PartialDate| {
        let same_day =
            |d: &PartialDate| d.month == date.month && d.day == date.day && d.year.is_none_or(|y| Some(y) == date.year);
        let dates = date_mentions(text, quote.clone(), NumericOrder::DayFirst);
        dates.iter().any(|m| same_day(&m.start) || same_day(&m.end))
    };
    let stands = match value {
        FieldValue::Name(name) => words.contains(name.as_str()),
        FieldValue::Edition(edition) => {
            number_in_quote(u64::from(*edition))
                || words.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == to_roman(*edition))
        }
        FieldValue::Year(year) => u64::try_from(*year).is_ok_and(number_in_quote),
        FieldValue::StatedCountryCount(count) => number_in_quote(u64::from(*count)),
        FieldValue::Start(date) | FieldValue::End(date) => date_in_quote(date),
        FieldValue::Countries(_) => true,
    };
    let (field, written) = value.written();
    (!stands).then(|| format!("the {field} {written} does not stand in the quote"))
}

/// The metric a correction names, by its JSON name.
fn metric(name: Spanned<String>, text: &str) -> Result<At<Metric>, Problem> {
    word_of("metric", name, text)
}

/// The kind a seizure correction names, by its JSON name.
fn seizure_kind(name: Spanned<String>, text: &str) -> Result<At<SeizureKind>, Problem> {
    word_of("seizure kind", name, text)
}

/// The word of a vocabulary a correction names, or a problem that lists the known ones.
fn word_of<T: Vocabulary>(what: &str, name: Spanned<String>, text: &str) -> Result<At<T>, Problem> {
    let at = name.span().start;
    match T::all().iter().copied().find(|word| word.json_name() == name.get_ref()) {
        Some(value) => Ok(At { value, at }),
        None => {
            let known: Vec<&str> = T::all().iter().map(|word| word.json_name()).collect();
            let reason = format!("unknown {what} `{}`; known: {}", name.get_ref(), known.join(", "));
            Err(Problem::at(CORRECTIONS_FILE, text, at, reason))
        }
    }
}

/// The value of a `[[set]]` entry, typed by its field, or where and why it is wrong.
fn field_value(
    field: &Spanned<String>,
    value: &Spanned<toml::Value>,
    index: &CountryIndex,
) -> Result<FieldValue, (usize, String)> {
    let at = value.span().start;
    let integer =
        |what: &str| value.get_ref().as_integer().ok_or_else(|| (at, format!("{} must be a whole number", what)));
    let positive = |what: &str| {
        integer(what).and_then(|n| u32::try_from(n).map_err(|_| (at, format!("{what} must be a whole number"))))
    };
    let date = || {
        let written =
            value.get_ref().as_str().ok_or((at, "a date must be a string such as \"2025-04-02\"".to_string()))?;
        written
            .parse::<PartialDate>()
            .map_err(|_| (at, format!("`{written}` is not a date such as \"2025-04-02\" or \"2025-04\"")))
    };
    Ok(match field.get_ref().as_str() {
        "name" => match value.get_ref().as_str() {
            Some(name) if !name.trim().is_empty() => FieldValue::Name(name.trim().to_string()),
            _ => return Err((at, "a name must be a non-empty string".to_string())),
        },
        "edition" => FieldValue::Edition(positive("an edition")?),
        "year" => {
            FieldValue::Year(i32::try_from(integer("a year")?).map_err(|_| (at, "a year is out of range".to_string()))?)
        }
        "start" => FieldValue::Start(date()?),
        "end" => FieldValue::End(date()?),
        "stated_country_count" => FieldValue::StatedCountryCount(positive("a count")?),
        "countries" => {
            let names =
                value.get_ref().as_array().ok_or((at, "countries must be a list of names or codes".to_string()))?;
            let mut codes = Vec::new();
            for name in names {
                let written = name.as_str().unwrap_or_default();
                let code =
                    index.resolve(written).or_else(|| index.describe(written).map(|_| written)).map(str::to_string);
                match code {
                    Some(code) if !codes.contains(&code) => codes.push(code),
                    Some(_) => {}
                    None => return Err((at, format!("`{written}` resolves to no country"))),
                }
            }
            FieldValue::Countries(codes)
        }
        other => return Err((field.span().start, format!("unknown field `{other}`; known: {FIELDS}"))),
    })
}
