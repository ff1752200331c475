//! A source document with the extracted facts marked in place.

use crate::model::{Dataset, Source};

/// A stretch of a document's text: marked when facts were read from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    /// How many facts were read from (a part of) this stretch; 0 for unmarked text.
    pub facts: usize,
}

/// Every fact's source in a document.
pub fn sources_in<'a>(dataset: &'a Dataset, file: &str) -> Vec<&'a Source> {
    let mut found = Vec::new();
    for op in &dataset.operations {
        found.extend(op.figures.iter().map(|f| &f.source));
        for highlight in &op.highlights {
            found.push(&highlight.source);
            found.extend(highlight.figures.iter().map(|f| &f.source));
        }
        found.extend(op.coordination.iter().map(|c| &c.source));
        found.extend(op.partners.iter().chain(&op.funders).chain(&op.projects).map(|o| &o.source));
        found.extend(op.quotes.iter().map(|q| &q.source));
    }
    found.retain(|s| s.document == file);
    found
}

/// The text cut into unmarked and marked stretches; overlapping sources merge into one mark,
/// which counts them all. Spans outside the text or off character boundaries are ignored.
pub fn marked_segments<'a>(text: &'a str, sources: &[&Source]) -> Vec<Segment<'a>> {
    let mut spans: Vec<(usize, usize)> =
        sources.iter().map(|s| s.span).filter(|&(start, end)| start < end && text.get(start..end).is_some()).collect();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize, usize)> = Vec::new();
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start < last.1 => {
                last.1 = last.1.max(end);
                last.2 += 1;
            }
            _ => merged.push((start, end, 1)),
        }
    }
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, facts) in merged {
        if at < start {
            segments.push(Segment { text: &text[at..start], facts: 0 });
        }
        segments.push(Segment { text: &text[start..end], facts });
        at = end;
    }
    if at < text.len() {
        segments.push(Segment { text: &text[at..], facts: 0 });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(start: usize, end: usize) -> Source {
        Source { document: "a.txt".to_string(), span: (start, end), quote: String::new(), ..Source::default() }
    }

    #[test]
    fn marks_merge_overlaps_and_keep_every_byte() {
        let text = "One. Two and three. Four.";
        let (a, b, c, bad) = (source(5, 19), source(9, 12), source(20, 25), source(3, 999));
        let segments = marked_segments(text, &[&c, &a, &b, &bad]);
        let shown: Vec<(&str, usize)> = segments.iter().map(|s| (s.text, s.facts)).collect();
        assert_eq!(shown, [("One. ", 0), ("Two and three.", 2), (" ", 0), ("Four.", 1)]);
        assert_eq!(segments.iter().map(|s| s.text).collect::<String>(), text);
    }

    #[test]
    fn unmarked_text_is_one_segment() {
        assert_eq!(marked_segments("plain", &[]), [Segment { text: "plain", facts: 0 }]);
        assert!(marked_segments("", &[]).is_empty());
    }
}
