//! A source document with the extracted facts marked in place, and the numbers of sentences
//! that gave no fact marked apart.

use explorer_model::{Dataset, Operation, Source};

use crate::sorting::sort_by;

/// A stretch of a document's text and how it is marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub mark: Mark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    /// Facts were read from (a part of) this stretch: how many.
    Read(usize),
    /// A number in a body sentence that gave no fact.
    Unread,
}

/// Every fact's source in a document.
pub fn sources_in<'a>(dataset: &'a Dataset, file: &str) -> Vec<&'a Source> {
    let facts = dataset.operations.iter().flat_map(|op| op.sourced_facts().map(|(source, _)| source));
    facts.filter(|s| s.document == file).collect()
}

/// Where an operation's account starts in one of its releases: the first passage a fact of
/// it was read from there. A citation of the release opens it at that passage.
pub fn first_passage(operation: &Operation, file: &str) -> Option<usize> {
    operation.sourced_facts().filter(|(source, _)| source.document == file).map(|(source, _)| source.span.0).min()
}

/// The query that opens a source at a passage: `at=` its first byte.
pub fn passage_query(at: usize) -> String {
    format!("at={at}")
}

/// The passage a source view's query cites, as [`passage_query`] writes it; `None` for a
/// query without one or with an `at` that is not a byte offset.
pub fn cited_at(query: &str) -> Option<usize> {
    let pairs = query.trim_start_matches('?').split('&');
    let value = pairs.filter_map(|pair| pair.split_once('=')).find(|(key, _)| *key == "at")?.1;
    // Digits only: `usize::from_str` also takes a leading `+`.
    value.bytes().all(|b| b.is_ascii_digit()).then(|| value.parse().ok())?
}

/// The marked segment that holds byte `at`, when a fact was read from it: the passage a
/// citation opened the source at. An offset in plain text or beyond the text cites nothing.
pub fn cited_segment(segments: &[Segment], at: usize) -> Option<usize> {
    let mut start = 0;
    segments.iter().position(|segment| {
        let holds = (start..start + segment.text.len()).contains(&at);
        start += segment.text.len();
        holds && matches!(segment.mark, Mark::Read(_))
    })
}

/// The spans of a document's unread numbers.
pub fn unread_in(dataset: &Dataset, file: &str) -> Vec<(usize, usize)> {
    dataset.unread_numbers.iter().filter(|n| n.document == file).map(|n| n.span).collect()
}

/// The text cut into plain and marked stretches; overlapping sources merge into one mark,
/// which counts them all, and an unread number inside a read passage is not marked. Spans
/// outside the text or off character boundaries are ignored.
pub fn marked_segments<'a>(text: &'a str, sources: &[&Source], unread: &[(usize, usize)]) -> Vec<Segment<'a>> {
    let valid = |&(start, end): &(usize, usize)| start < end && text.get(start..end).is_some();
    let mut spans: Vec<(usize, usize)> = sources.iter().map(|s| s.span).filter(valid).collect();
    sort_by(&mut spans, |a, b| a.cmp(b));
    let mut marks: Vec<(usize, usize, Mark)> = Vec::new();
    for (start, end) in spans {
        match marks.last_mut() {
            Some((_, last_end, Mark::Read(facts))) if start < *last_end => {
                *last_end = (*last_end).max(end);
                *facts += 1;
            }
            _ => marks.push((start, end, Mark::Read(1))),
        }
    }
    let read = marks.clone();
    let inside_read = |&(start, end): &(usize, usize)| read.iter().any(|&(s, e, _)| s < end && start < e);
    marks.extend(unread.iter().filter(|span| valid(span) && !inside_read(span)).map(|&(s, e)| (s, e, Mark::Unread)));
    sort_by(&mut marks, |a, b| a.0.cmp(&b.0));
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, mark) in marks {
        if start < at {
            continue;
        }
        if at < start {
            segments.push(Segment { text: &text[at..start], mark: Mark::Plain });
        }
        segments.push(Segment { text: &text[start..end], mark });
        at = end;
    }
    if at < text.len() {
        segments.push(Segment { text: &text[at..], mark: Mark::Plain });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::FieldSources;

    fn source(start: usize, end: usize) -> Source {
        Source { document: "a.txt".to_string(), span: (start, end), quote: String::new(), ..Source::default() }
    }

    #[test]
    fn marks_merge_overlaps_and_keep_every_byte() {
        let text = "One. Two and three. Four.";
        let (a, b, c, bad) = (source(5, 19), source(9, 12), source(20, 25), source(3, 999));
        let segments = marked_segments(text, &[&c, &a, &b, &bad], &[]);
        let shown: Vec<(&str, Mark)> = segments.iter().map(|s| (s.text, s.mark)).collect();
        assert_eq!(
            shown,
            [("One. ", Mark::Plain), ("Two and three.", Mark::Read(2)), (" ", Mark::Plain), ("Four.", Mark::Read(1))]
        );
        assert_eq!(segments.iter().map(|s| s.text).collect::<String>(), text);
    }

    #[test]
    fn unread_numbers_are_marked_apart_and_never_inside_a_read_passage() {
        let text = "Police made 12 arrests. In 2019, 40 people were rescued.";
        let read = source(24, 56);
        // "12" is unread; "40" stands in a read passage and stays in it.
        let segments = marked_segments(text, &[&read], &[(12, 14), (33, 35), (90, 95)]);
        let shown: Vec<(&str, Mark)> = segments.iter().map(|s| (s.text, s.mark)).collect();
        assert_eq!(
            shown,
            [
                ("Police made ", Mark::Plain),
                ("12", Mark::Unread),
                (" arrests. ", Mark::Plain),
                ("In 2019, 40 people were rescued.", Mark::Read(1)),
            ]
        );
    }

    #[test]
    fn the_dates_and_participants_passages_are_marked() {
        let text = "Operation Nimbus ran from 1 to 3 May. Police of 3 countries took part.\nParticipating \
                    countries: Spain, Chile.";
        let at = |quote: &str| {
            let start = text.find(quote).unwrap();
            Source {
                document: "a.txt".into(),
                span: (start, start + quote.len()),
                quote: quote.into(),
                ..Source::default()
            }
        };
        let dates = at("Operation Nimbus ran from 1 to 3 May.");
        let operation = Operation {
            field_sources: FieldSources {
                start: Some(dates.clone()),
                end: Some(dates.clone()),
                duration_days: Some(dates),
                stated_country_count: Some(at("Police of 3 countries took part.")),
                countries: vec![at("Participating countries: Spain, Chile")],
            },
            ..Operation::default()
        };
        let dataset = Dataset { operations: vec![operation], ..Dataset::default() };
        let segments = marked_segments(text, &sources_in(&dataset, "a.txt"), &[]);
        let shown: Vec<(&str, Mark)> = segments.iter().map(|s| (s.text, s.mark)).collect();
        assert_eq!(
            shown,
            [
                ("Operation Nimbus ran from 1 to 3 May.", Mark::Read(3)),
                (" ", Mark::Plain),
                ("Police of 3 countries took part.", Mark::Read(1)),
                ("\n", Mark::Plain),
                ("Participating countries: Spain, Chile", Mark::Read(1)),
                (".", Mark::Plain),
            ]
        );
        // The release opens at the first of them.
        assert_eq!(first_passage(&dataset.operations[0], "a.txt"), Some(0));
        assert_eq!(first_passage(&dataset.operations[0], "b.txt"), None);
    }

    #[test]
    fn a_citation_opens_the_passage_that_holds_its_offset() {
        let text = "One. Two and three. Four.";
        let segments = marked_segments(text, &[&source(5, 19), &source(20, 25)], &[]);
        for (at, cited) in [(5, Some(1)), (12, Some(1)), (18, Some(1)), (20, Some(3)), (24, Some(3))] {
            assert_eq!(cited_segment(&segments, at), cited, "at {at}");
        }
        // Plain text, the text's end and beyond cite nothing.
        for at in [0, 4, 19, 25, 999] {
            assert_eq!(cited_segment(&segments, at), None, "at {at}");
        }
    }

    #[test]
    fn only_a_byte_offset_is_read_as_the_cited_passage() {
        assert_eq!(cited_at(&passage_query(2290)), Some(2290));
        assert_eq!(cited_at("?q=x&at=17&tab=y"), Some(17));
        for query in ["", "at=", "at=-1", "at=+5", "at=1e3", "at=12abc", "at=99999999999999999999999", "xat=5", "at"] {
            assert_eq!(cited_at(query), None, "{query}");
        }
    }

    #[test]
    fn unmarked_text_is_one_segment() {
        assert_eq!(marked_segments("plain", &[], &[]), [Segment { text: "plain", mark: Mark::Plain }]);
        assert!(marked_segments("", &[], &[]).is_empty());
    }
}
