//! What a release says of its own publication: the date line under its headline ("5 March
//! 2024", "05.03.2024", "2024.03.05"), a wire service's banner ("11/06/2024 | Press release |
//! Distributed by ..."), or a date in the dateline that opens its first paragraph ("GENEVA,
//! March 5, 2024 /NewsWire/ --").

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::date::Date;
use crate::extract::annotate::dates::NumericOrder;
use crate::extract::doc::Doc;
use crate::extract::segment::BlockKind;

/// A wire service's redistribution: "/NewsWire/ --" after a dateline, or a "Distributed by"
/// banner. Wire services and United States publishers write numeric dates month first.
static WIRE_BANNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/[A-Z][A-Za-z ]{1,30}/\s*(?:--|–|—)|\|\s*Distributed by\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}")
        .expect("valid regex")
});

/// How far into a release its header and dateline reach.
const HEADER_BYTES: usize = 600;

/// A date line says little besides the date: "11/06/2024 | Press release | Distributed by
/// Public on 11/06/2024 03:58" is the longest kind seen. A longer line is a headline.
const DATE_LINE_MAX_OTHER_BYTES: usize = 80;

/// A dateline's date stands this close to the start of the first paragraph.
const DATELINE_BYTES: usize = 60;

/// How the release writes numeric dates, from its header: month first after a wire banner
/// or beside a date in United States order, day first otherwise.
pub fn numeric_order(text: &str) -> NumericOrder {
    let mut end = text.len().min(HEADER_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if WIRE_BANNER.is_match(&text[..end]) { NumericOrder::MonthFirst } else { NumericOrder::DayFirst }
}

/// The publication date the release states in its header or dateline, with its span.
pub fn stated_publication(doc: &Doc) -> Option<(Date, Range<usize>)> {
    for sentence in &doc.sentences {
        let whole_day = sentence.dates.iter().find(|d| d.start == d.end).and_then(|d| Some((d.start.full()?, d)));
        match sentence.kind {
            BlockKind::Body | BlockKind::Bullet => {
                // The first paragraph's dateline, before its first dash; then the header is over.
                let opening = &doc.text[sentence.span.start..];
                let dash = opening.find(['–', '—']).or_else(|| opening.find(" - ")).or_else(|| opening.find("--"));
                return whole_day
                    .filter(|(_, d)| d.span.start - sentence.span.start <= DATELINE_BYTES)
                    .filter(|(_, d)| dash.is_some_and(|dash| d.span.end <= sentence.span.start + dash))
                    .map(|(date, d)| (date, d.span.clone()));
            }
            _ => {
                let Some((date, mention)) = whole_day else { continue };
                let other = sentence.span.len() - mention.span.len();
                if other <= DATE_LINE_MAX_OTHER_BYTES {
                    return Some((date, mention.span.clone()));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::annotate::country_index::CountryIndex;

    fn published(text: &str) -> Option<String> {
        let doc = Doc::new(text, CountryIndex::shared(), numeric_order(text));
        stated_publication(&doc).map(|(date, span)| format!("{date} [{}]", &text[span]))
    }

    #[test]
    fn reads_date_lines_banners_and_datelines() {
        let cases = [
            (
                "Press release\n5 March 2024\n\nTHE HAGUE – Europol supported Operation Kestrel.",
                Some("2024-03-05 [5 March 2024]"),
            ),
            ("05.03.2024\n\nWARSAW – Frontex supported Operation Kestrel.", Some("2024-03-05 [05.03.2024]")),
            ("2024.03.05\n\nBORDER NEWS – Operation Kestrel ended.", Some("2024-03-05 [2024.03.05]")),
            (
                "GENEVA, March 5, 2024 /NewsWire/ -- INTERPOL said Operation Kestrel ended.",
                Some("2024-03-05 [March 5, 2024]"),
            ),
            (
                "Interpol\n\n11/06/2024 | Press release | Distributed by Public on 11/06/2024 03:58\n\nGlobal raids rescue victims\n\nGLASGOW, United Kingdom - INTERPOL today released results.",
                Some("2024-11-06 [11/06/2024]"),
            ),
            // A headline's dates are the operation's, not the release's.
            ("Operation Kestrel (5 - 9 March 2024) nets 95 arrests\n\nLYON, France – Police arrested 95 people.", None),
            ("LYON, France – Police arrested 95 people on 4 March 2024.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(published(text).as_deref(), expected, "{text}");
        }
    }
}
