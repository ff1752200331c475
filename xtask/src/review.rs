//! `cargo xtask review [DIR or FILE]`: what the extractor read from each release and what it
//! left, for the maintainer who adds a release and writes `corrections.toml`.

use std::fmt::Write;
use std::io::IsTerminal;
use std::path::Path;

use explorer_extract::review::{DocumentReview, LeftPassage};
use explorer_extract::{Extraction, review_folder};
use explorer_model::figure_value;
use explorer_model::text::counted;
use explorer_model::{Figure, Operation, Origin, Seizure, json_name};
use serde_json::{Value, json};

use crate::process::Failure;

/// How the report is written: with colours for a terminal, plain for a file or a pipe.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Colour,
    Plain,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        match self {
            Style::Colour => format!("\x1b[{code}m{text}\x1b[0m"),
            Style::Plain => text.to_string(),
        }
    }

    fn heading(self, text: &str) -> String {
        self.paint("1", text)
    }

    /// An item no fact was read from, marked in brackets so that plain text shows it too.
    fn unread(self, text: &str) -> String {
        self.paint("1;33", &format!("[{text}]"))
    }

    fn quote(self, text: &str) -> String {
        self.paint("2", &format!("\"{}\"", one_line(text)))
    }
}

/// Reviews a folder, or one file of it (its folder is extracted, so that its manifest and
/// corrections apply). Fails only when the folder cannot be extracted at all.
pub fn review(target: &Path, json: bool) -> Result<(), Failure> {
    let (dir, only) = if target.is_file() {
        let dir = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        (dir, target.file_name().map(|name| name.to_string_lossy().into_owned()))
    } else {
        (target, None)
    };
    let extraction = review_folder(dir).map_err(|problems| Failure(problems.to_string()))?;
    if json {
        let report = json_report(&extraction, only.as_deref());
        println!("{}", serde_json::to_string_pretty(&report).expect("the report serialises"));
    } else {
        let style = if std::io::stdout().is_terminal() { Style::Colour } else { Style::Plain };
        print!("{}", text_report(&extraction, only.as_deref(), style));
    }
    Ok(())
}

/// The reviews asked for: every document's, or one file's.
fn chosen<'e>(extraction: &'e Extraction, only: Option<&'e str>) -> impl Iterator<Item = &'e DocumentReview> {
    extraction.reviews.iter().filter(move |r| only.is_none_or(|file| r.document == file))
}

/// The warnings that name a document (its file name or a correction of it).
fn warnings_of<'e>(extraction: &'e Extraction, document: &'e str) -> impl Iterator<Item = &'e String> {
    extraction.dataset.warnings.iter().filter(move |w| w.contains(document))
}

fn operation_of<'e>(extraction: &'e Extraction, review: &DocumentReview) -> Option<&'e Operation> {
    extraction.dataset.operation(review.operation.as_deref()?)
}

/// The seizures read from one document: the operation's, then its cases'.
fn seizures_from<'o>(op: &'o Operation, document: &'o str) -> impl Iterator<Item = (&'o Seizure, bool)> {
    let own = op.seizures.iter().map(|s| (s, false));
    let cases = op.highlights.iter().flat_map(|h| h.seizures.iter().map(|s| (s, true)));
    own.chain(cases).filter(move |(s, _)| s.source.document == document)
}

/// The figures read from one document: the operation's totals, then its cases'.
fn figures_from<'o>(op: &'o Operation, document: &'o str) -> impl Iterator<Item = (&'o Figure, bool)> {
    let totals = op.figures.iter().map(|f| (f, false));
    let cases = op.highlights.iter().flat_map(|h| h.figures.iter().map(|f| (f, true)));
    totals.chain(cases).filter(move |(f, _)| f.source.document == document)
}

pub fn text_report(extraction: &Extraction, only: Option<&str>, style: Style) -> String {
    let mut out = String::new();
    for review in chosen(extraction, only) {
        let document = review.document.as_str();
        let _ = writeln!(out, "{}", style.heading(&format!("== {document}")));
        match operation_of(extraction, review) {
            Some(op) => write_operation(&mut out, op, review, style),
            None => out.push_str("operation: none read\n"),
        }
        if !review.unread_quantities.is_empty() {
            let amounts: Vec<String> =
                review.unread_quantities.iter().map(|item| style.unread(&one_line(&item.text))).collect();
            let _ = writeln!(out, "unread quantities (in sentences on seizing): {}", amounts.join(" "));
        }
        if !review.left.is_empty() {
            out.push_str("left (no fact read from these sentences; unread items in brackets):\n");
            for passage in &review.left {
                let _ = writeln!(out, "  {}", marked(passage, style));
            }
        }
        for warning in warnings_of(extraction, document) {
            let _ = writeln!(out, "warning: {warning}");
        }
        out.push('\n');
    }
    for review in chosen(extraction, only) {
        let facts = counted(review.facts, "fact", "facts");
        let left = counted(review.left_numbers().count(), "number", "numbers");
        let _ = writeln!(out, "{}: read {facts}, left {left}", review.document);
    }
    out
}

fn write_operation(out: &mut String, op: &Operation, review: &DocumentReview, style: Style) {
    let _ = writeln!(out, "operation: {} ({})", op.title(), op.id);
    if let Some(sentence) = &review.named_in {
        let _ = writeln!(out, "  named in {}", style.quote(sentence));
    }
    let dates = match (op.start, op.end) {
        (Some(start), Some(end)) if start != end => format!("{start} to {end}"),
        (Some(day), _) => day.to_string(),
        _ => "not stated".to_string(),
    };
    let year = match (op.year, review.year_found) {
        (Some(year), Some(found)) => format!("{year}, from {found}"),
        (Some(year), None) => year.to_string(),
        (None, _) => "not known".to_string(),
    };
    let _ = writeln!(out, "dates: {dates}; year: {year}");
    let stated = op.stated_country_count.map_or("no count stated".to_string(), |n| format!("{n} stated"));
    let listed = match op.countries.len() {
        0 => "none listed".to_string(),
        n => format!("{n} listed: {}", op.countries.join(", ")),
    };
    let _ = writeln!(out, "participants: {stated}; {listed}");
    if !op.crime_areas.is_empty() {
        let areas: Vec<&str> = op.crime_areas.iter().map(|a| json_name(a.area)).collect();
        let _ = writeln!(out, "crime areas: {}", areas.join(", "));
    }
    for corrected in &op.corrected {
        let _ =
            writeln!(out, "  {} set to {} by hand: {}", corrected.field, corrected.value, note(&corrected.source.note));
    }
    for (figure, in_case) in figures_from(op, &review.document) {
        let case = if in_case { " (in a country case)" } else { "" };
        let origin = match figure.source.origin {
            Origin::Read => String::new(),
            Origin::Corrected => format!(" [corrected: {}]", note(&figure.source.note)),
        };
        let label = json_name(figure.metric);
        let _ =
            writeln!(out, "  {label} {}{case}{origin}: {}", figure_value(figure), style.quote(&figure.source.quote));
    }
    for (seizure, in_case) in seizures_from(op, &review.document) {
        let case = if in_case { " (in a country case)" } else { "" };
        let part = seizure.part_of.as_ref().map(|total| format!(", part of the {total}")).unwrap_or_default();
        let kind = json_name(seizure.kind);
        let said = style.quote(&seizure.source.quote);
        let _ = writeln!(out, "  seized {} {} ({kind}{part}){case}: {said}", seizure.as_written, seizure.item);
    }
    for figure in op.also_stated.iter().filter(|f| f.source.document == review.document) {
        let label = json_name(figure.metric);
        let _ = writeln!(out, "  also stated: {label} {}: {}", figure_value(figure), style.quote(&figure.source.quote));
    }
    for case in op.highlights.iter().filter(|h| h.source.document == review.document) {
        let _ = writeln!(out, "  case of {}: {}", case.acting.join(", "), style.quote(&case.source.quote));
    }
    for conflict in &op.conflicts {
        let values: Vec<String> = conflict.values.iter().map(|v| format!("{} in {}", v.value, v.document)).collect();
        let _ = writeln!(out, "  sources differ on {}: {}", conflict.fact, values.join(", "));
    }
}

fn note(note: &Option<String>) -> &str {
    note.as_deref().unwrap_or("no note")
}

/// A left sentence with its items in brackets.
fn marked(passage: &LeftPassage, style: Style) -> String {
    let mut out = String::new();
    let mut at = passage.span.0;
    let text = |from: usize, to: usize| &passage.text[from - passage.span.0..to - passage.span.0];
    for item in &passage.items {
        // Items may nest (a number inside a date); the outer one is marked.
        if item.span.0 < at {
            continue;
        }
        out.push_str(&one_line(text(at, item.span.0)));
        out.push_str(&style.unread(&one_line(&item.text)));
        at = item.span.1;
    }
    out.push_str(&one_line(text(at, passage.span.1)));
    out
}

/// Text on one line, each run of white space one space.
fn one_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    let mut blank = false;
    for c in text.chars() {
        if c.is_whitespace() {
            blank = true;
            continue;
        }
        if blank {
            line.push(' ');
            blank = false;
        }
        line.push(c);
    }
    if blank {
        line.push(' ');
    }
    line
}

pub fn json_report(extraction: &Extraction, only: Option<&str>) -> Value {
    let documents: Vec<Value> = chosen(extraction, only)
        .map(|review| {
            let op = operation_of(extraction, review);
            let figures: Vec<&Figure> =
                op.map(|op| figures_from(op, &review.document).map(|(f, _)| f).collect()).unwrap_or_default();
            let warnings: Vec<&String> = warnings_of(extraction, &review.document).collect();
            let seizures: Vec<&Seizure> =
                op.map(|op| seizures_from(op, &review.document).map(|(s, _)| s).collect()).unwrap_or_default();
            json!({
                "review": review,
                "left_numbers": review.left_numbers().count(),
                "operation": op.map(|op| json!({
                    "id": op.id,
                    "title": op.title(),
                    "year": op.year,
                    "year_inferred": op.year_inferred,
                    "start": op.start,
                    "end": op.end,
                    "stated_country_count": op.stated_country_count,
                    "countries": op.countries,
                    "corrected": op.corrected,
                    "conflicts": op.conflicts,
                })),
                "figures": figures,
                "seizures": seizures,
                "warnings": warnings,
            })
        })
        .collect();
    json!({ "documents": documents })
}

#[cfg(test)]
mod tests {
    use explorer_extract::annotate::country_index::CountryIndex;
    use explorer_extract::corrections::Corrections;
    use explorer_extract::{Source, extract_corrected};
    use explorer_model::Document;

    use super::*;

    fn example() -> Extraction {
        let dir = crate::project_root().join("crates/extract/tests/fixtures/adding-a-release");
        review_folder(&dir).expect("the example folder extracts")
    }

    #[test]
    fn the_text_report_lists_seizures_crime_areas_and_unread_quantities() {
        let dir = std::env::temp_dir().join(format!("explorer-review-seizures-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let release = "Operation Quayside targets drugs at ports\n\n\
                       LYON, France – Operation Quayside, an action against drug trafficking through ports, ran \
                       from 3 to 9 June 2024.\n\n\
                       Customs officers seized 2.3 tonnes of cocaine and EUR 1.2 million in cash, and 40 tonnes in \
                       total at the terminals.\n";
        std::fs::write(dir.join("quayside-2024.txt"), release).unwrap();
        let report = text_report(&review_folder(&dir).unwrap(), None, Style::Plain);
        std::fs::remove_dir_all(&dir).unwrap();
        let lines: Vec<&str> = report.lines().collect();
        assert!(lines.contains(&"crime areas: drug_trafficking"), "{report}");
        assert!(lines.iter().any(|l| l.starts_with("  seized 2.3 tonnes cocaine (drugs): \"Customs")), "{report}");
        assert!(lines.iter().any(|l| l.starts_with("  seized EUR 1.2 million cash (cash): ")), "{report}");
        assert!(lines.contains(&"unread quantities (in sentences on seizing): [40 tonnes]"), "{report}");
    }

    #[test]
    fn the_text_report_marks_what_was_left_and_what_was_corrected() {
        let report = text_report(&example(), None, Style::Plain);
        let lines: Vec<&str> = report.lines().collect();
        assert_eq!(lines[0], "== harbour-light-2025.txt");
        assert!(lines.contains(&"participants: no count stated; 5 listed: GR, IT, MT, PT, ES"), "{report}");
        assert!(
            lines.contains(&"  The first edition of the operation, in [2023], ended with [12] arrests."),
            "{report}"
        );
        assert!(report.contains(
            "  arrests 64 [corrected: this publisher counts arrests as suspects handed over to prosecutors]: \
             \"In all, 64 suspects were handed over to prosecutors\""
        ));
        // The facts of crates/extract/tests/corrections.rs's review: the figures, countries, case
        // and its migrants, quote and crime area, and the start, end and duration of "ran from 7
        // to 11 April".
        assert_eq!(lines.last(), Some(&"harbour-light-2025.txt: read 10 facts, left 2 numbers"));
        assert!(!report.contains('\x1b'), "plain text has no colour codes");
        assert!(text_report(&example(), None, Style::Colour).contains("\x1b[1;33m[12]\x1b[0m"));
    }

    #[test]
    fn a_corrected_start_date_gives_the_year() {
        let text = "Operation Quiet Pier ran in five ports from 2 to 6 June and ended with 30 arrests.";
        let document = Document { file: "pier.txt".to_string(), ..Document::default() };
        let source = Source { file: "pier.txt".to_string(), text: text.to_string(), document };
        let corrections = Corrections::parse(
            r#"[[set]]
document = "pier.txt"
field = "start"
value = "2025-06-02"
quote = "from 2 to 6 June"
"#,
            CountryIndex::shared(),
        )
        .expect("the correction parses");
        let before = extract_corrected(vec![source.clone()], &Corrections::default()).expect("it extracts");
        assert!(text_report(&before, None, Style::Plain).contains("year: not known"));
        let after = extract_corrected(vec![source], &corrections).expect("it extracts");
        let report = text_report(&after, None, Style::Plain);
        assert!(report.contains("dates: 2025-06-02 to --06-06; year: 2025\n"), "{report}");
    }

    #[test]
    fn a_rounded_figure_beside_the_exact_one_is_shown_as_also_stated() {
        let text = "Operation Quiet Pier led to more than 500 arrests.\n\nOfficers made 537 arrests in all.";
        let document = Document { file: "pier.txt".to_string(), ..Document::default() };
        let source = Source { file: "pier.txt".to_string(), text: text.to_string(), document };
        let extraction = extract_corrected(vec![source], &Corrections::default()).expect("it extracts");
        let report = text_report(&extraction, None, Style::Plain);
        assert!(report.contains("  arrests 537: \"Officers made 537 arrests in all.\""), "{report}");
        assert!(
            report.contains(
                "  also stated: arrests more than 500: \"Operation Quiet Pier led to more than 500 arrests.\""
            ),
            "{report}"
        );
    }

    #[test]
    fn the_json_report_has_each_document_with_its_figures_and_what_was_left() {
        let report = json_report(&example(), Some("harbour-light-2025.txt"));
        let document = &report["documents"][0];
        assert_eq!(document["operation"]["id"], "harbour-light-2025");
        assert_eq!(document["left_numbers"], 2);
        assert_eq!(document["figures"][0]["origin"], "corrected");
        assert_eq!(document["review"]["left"][1]["items"][0]["text"], "1.2 million");
        assert!(json_report(&example(), Some("other.txt"))["documents"].as_array().unwrap().is_empty());
    }
}
