//! One release as the pipeline sees it: its text cut once into blocks and sentences, and each
//! sentence annotated once by every recogniser. Readers work from these spans; none of them
//! cuts or scans the raw text again.

use std::ops::Range;

use super::annotate::countries::{CountryMention, CountryReader};
use super::annotate::country_index::CountryIndex;
use super::annotate::dates::{DateMention, NumericOrder, date_mentions};
use super::annotate::numbers::{NumberMention, number_mentions};
use super::annotate::operation_names::{
    OperationName, complete_phrase_names, editions_of_known_series, operation_names, phrase_series, series_as_written,
};
use super::segment::{Block, BlockKind, blocks, sentences};

/// One sentence with what the recognisers found in it.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Range<usize>,
    /// The kind of block it stands in: facts are read from body and bullet sentences only.
    pub kind: BlockKind,
    /// Its block's index in [`Doc::blocks`].
    pub block: usize,
    pub dates: Vec<DateMention>,
    pub numbers: Vec<NumberMention>,
    pub countries: Vec<CountryMention>,
    pub operations: Vec<OperationName>,
    /// The sentence in ASCII lower case, made once for the readers that look for words in it:
    /// it keeps every byte where it was, so an offset in it is an offset in the sentence.
    lower: String,
}

impl Sentence {
    /// `text[span]` as a sentence of a block of `kind`, annotated by every recogniser.
    pub fn annotated(
        text: &str,
        span: Range<usize>,
        kind: BlockKind,
        block: usize,
        countries: &mut CountryReader,
        order: NumericOrder,
    ) -> Sentence {
        Sentence {
            dates: date_mentions(text, span.clone(), order),
            numbers: number_mentions(text, span.clone()),
            countries: countries.mentions(text, span.clone()),
            operations: operation_names(text, span.clone()),
            lower: text[span.clone()].to_ascii_lowercase(),
            kind,
            block,
            span,
        }
    }

    /// The whole of `text` as one body sentence: what a reader's test feeds it.
    #[cfg(test)]
    pub fn of(text: &str) -> Sentence {
        let mut countries = CountryReader::new(CountryIndex::shared());
        Sentence::annotated(text, 0..text.len(), BlockKind::Body, 0, &mut countries, NumericOrder::DayFirst)
    }

    /// The sentence's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.clone()]
    }

    /// The sentence's text in ASCII lower case, byte for byte.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// Whether it stands in the body or a bullet, where facts are read.
    pub fn is_body(&self) -> bool {
        matches!(self.kind, BlockKind::Body | BlockKind::Bullet)
    }

    /// Whether `span` lies inside a date of this sentence ("12" in "12 to 17 June").
    pub fn in_date(&self, span: &Range<usize>) -> bool {
        self.dates.iter().any(|d| d.span.start <= span.start && span.end <= d.span.end)
    }

    /// Whether `span` lies inside an operation's name ("3" in "Operation Harbour 3").
    pub fn in_operation_name(&self, span: &Range<usize>) -> bool {
        self.operations.iter().any(|o| o.span.start <= span.start && span.end <= o.span.end)
    }
}

/// A release, segmented and annotated.
#[derive(Debug, Clone)]
pub struct Doc<'t> {
    pub text: &'t str,
    pub blocks: Vec<Block>,
    /// Every sentence of every block but page residue, in reading order.
    pub sentences: Vec<Sentence>,
}

impl<'t> Doc<'t> {
    /// Segments `text` and runs every recogniser over each sentence.
    pub fn new(text: &'t str, index: &CountryIndex, order: NumericOrder) -> Doc<'t> {
        let blocks = blocks(text);
        // The spans first, so that the large annotated records are made in a list of their
        // exact size, never copied as it grows.
        let spans: Vec<(Range<usize>, usize)> = blocks
            .iter()
            .enumerate()
            .filter(|(_, block)| block.kind != BlockKind::Residue)
            .flat_map(|(i, block)| sentences(text, block.span.clone()).into_iter().map(move |span| (span, i)))
            .collect();
        let mut countries = CountryReader::new(index);
        let mut all: Vec<Sentence> = spans
            .into_iter()
            .map(|(span, i)| Sentence::annotated(text, span, blocks[i].kind, i, &mut countries, order))
            .collect();
        // A series named once with a cue ("Operation Bramble Key III") is a name where the text
        // gives it again with an edition and no cue ("and Bramble Key II, in 2022").
        let mut series: Vec<String> = all.iter().flat_map(|s| s.operations.iter().map(|o| o.series.clone())).collect();
        series.sort();
        series.dedup();
        if !series.is_empty() {
            let written = series_as_written(&series);
            let phrases = phrase_series(&series);
            for sentence in &mut all {
                if !phrases.is_empty() {
                    complete_phrase_names(text, &mut sentence.operations, &phrases);
                }
                let found = editions_of_known_series(text, sentence.span.clone(), &written, &sentence.operations);
                if !found.is_empty() {
                    sentence.operations.extend(found);
                    sentence.operations.sort_by_key(|o| o.span.start);
                }
            }
        }
        Doc { text, blocks, sentences: all }
    }

    /// Sentences of the body and of bullets: where facts are read.
    pub fn body(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences.iter().filter(|s| s.is_body())
    }

    /// The blocks of the first `count` paragraphs, where a release says what it is about; the
    /// items of a list between them are none.
    pub fn first_paragraphs(&self, count: usize) -> Vec<usize> {
        let mut blocks: Vec<usize> =
            self.sentences.iter().filter(|s| s.kind == BlockKind::Body).map(|s| s.block).collect();
        blocks.dedup();
        blocks.truncate(count);
        blocks
    }
}
