//! What a maintainer checks after adding a release: how the operation was found, and what was
//! left: every body sentence that holds a number, a date, a country or an operation name and
//! gave no fact, with those items. The same numbers are marked in the app's sources view, so
//! that a reader can judge what the dataset leaves out.

use std::ops::Range;

use serde::Serialize;

use super::doc::Doc;

/// What a reader found that a review shows besides the facts.
#[derive(Debug, Default)]
pub struct Trace {
    /// The first sentence that names the reported operation.
    pub named_in: Option<Range<usize>>,
    /// How the year was found, in words ("the dates", "the publication date").
    pub year_found: Option<&'static str>,
    /// Passages read for what is not a fact with a source of its own: the operation's name,
    /// its dates, its participants, its count and duration.
    pub used: Vec<Range<usize>>,
    /// Every body sentence that holds something a fact could be read from.
    pub passages: Vec<Passage>,
    /// The amounts of the sentences on seizing, read as a seizure or not.
    pub seizure_amounts: Vec<Range<usize>>,
}

/// A body sentence and the items in it that a fact could be read from.
#[derive(Debug, Clone)]
pub struct Passage {
    pub span: Range<usize>,
    pub items: Vec<(ItemKind, Range<usize>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A count or an amount; not a year, nor a number inside a date or a name.
    Number,
    /// A date, or a year standing alone.
    Date,
    Country,
    Operation,
}

/// The body sentences of a release that hold a number, a date, a country or an operation
/// name, with those items in text order.
pub fn passages(doc: &Doc) -> Vec<Passage> {
    doc.body()
        .filter_map(|sentence| {
            let numbers = sentence
                .numbers
                .iter()
                .filter(|n| !sentence.in_date(&n.span) && !sentence.in_operation_name(&n.span))
                .map(|n| (if n.is_year(doc.text) { ItemKind::Date } else { ItemKind::Number }, n.span.clone()));
            let mut items: Vec<(ItemKind, Range<usize>)> = numbers
                .chain(sentence.dates.iter().map(|d| (ItemKind::Date, d.span.clone())))
                .chain(sentence.countries.iter().map(|c| (ItemKind::Country, c.span.clone())))
                .chain(sentence.operations.iter().map(|o| (ItemKind::Operation, o.span.clone())))
                .collect();
            items.sort_by_key(|(_, span)| span.start);
            (!items.is_empty()).then(|| Passage { span: sentence.span.clone(), items })
        })
        .collect()
}

/// One release as a review shows it.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentReview {
    pub document: String,
    /// The id of the operation its facts went to.
    pub operation: Option<String>,
    /// The sentence that names the operation.
    pub named_in: Option<String>,
    pub year_found: Option<&'static str>,
    /// How many facts with a source were read from it (figures, cases, coordination,
    /// organisations, quotes, corrected fields).
    pub facts: usize,
    pub left: Vec<LeftPassage>,
    /// Amounts in sentences on seizing that gave no seizure ("[40] tonnes in total").
    pub unread_quantities: Vec<LeftItem>,
}

/// A body sentence that gave no fact, with what it holds.
#[derive(Debug, Clone, Serialize)]
pub struct LeftPassage {
    pub span: (usize, usize),
    pub text: String,
    pub items: Vec<LeftItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LeftItem {
    pub kind: ItemKind,
    pub span: (usize, usize),
    pub text: String,
}

impl DocumentReview {
    /// The review of one release: `fact_spans` are the spans of the facts read from it, after
    /// corrections; a passage that overlaps none of them nor the trace's is left.
    /// `seized_spans` are the spans of the amounts of its seizures: an amount of a sentence
    /// on seizing outside all of them is an unread quantity.
    pub fn new(
        document: &str,
        text: &str,
        operation: Option<String>,
        trace: &Trace,
        fact_spans: &[(usize, usize)],
        seized_spans: &[(usize, usize)],
    ) -> DocumentReview {
        let overlaps = |span: &Range<usize>| {
            let (start, end) = (span.start, span.end);
            fact_spans.iter().any(|&(s, e)| s < end && start < e)
                || trace.used.iter().any(|used| used.start < end && start < used.end)
        };
        let left = trace
            .passages
            .iter()
            .filter(|passage| !overlaps(&passage.span))
            .map(|passage| LeftPassage {
                span: (passage.span.start, passage.span.end),
                text: text[passage.span.clone()].to_string(),
                items: passage
                    .items
                    .iter()
                    .map(|(kind, span)| LeftItem {
                        kind: *kind,
                        span: (span.start, span.end),
                        text: text[span.clone()].to_string(),
                    })
                    .collect(),
            })
            .collect();
        DocumentReview {
            document: document.to_string(),
            operation,
            named_in: trace.named_in.clone().map(|span| text[span].to_string()),
            year_found: trace.year_found,
            facts: fact_spans.len(),
            left,
            unread_quantities: trace
                .seizure_amounts
                .iter()
                .filter(|amount| !seized_spans.iter().any(|&(s, e)| s <= amount.start && amount.end <= e))
                .map(|amount| LeftItem {
                    kind: ItemKind::Number,
                    span: (amount.start, amount.end),
                    text: text[amount.clone()].to_string(),
                })
                .collect(),
        }
    }

    /// The numbers left: counts and amounts in sentences that gave no fact.
    pub fn left_numbers(&self) -> impl Iterator<Item = &LeftItem> {
        self.left.iter().flat_map(|p| &p.items).filter(|item| item.kind == ItemKind::Number)
    }
}
