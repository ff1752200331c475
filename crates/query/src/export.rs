//! The rows of a view as a table, written as CSV or JSON for download.

use explorer_model::figure_value;
use explorer_model::{Dataset, Metric, Operation, Seizure, json_name};

use crate::cases::{CaseRow, figures_in_words};
use crate::countries::CountryRow;
use crate::headline::{AT_A_GLANCE, headline_cell};
use crate::operations::names_of;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    /// Cells as text; an empty cell is a value the source does not state.
    pub rows: Vec<Vec<String>>,
    /// The headers of the columns that hold numbers (whole, or with a decimal part as a
    /// seized quantity may be): JSON writes their cells as numbers.
    pub numbers: Vec<String>,
}

/// Headline figures exported per operation, the values as stated, qualifiers apart: those
/// the views show at a glance, and the database checks, which only the exports carry.
pub const HEADLINE: [Metric; 4] = [AT_A_GLANCE[0], AT_A_GLANCE[1], AT_A_GLANCE[2], Metric::DatabaseChecks];

pub fn operations_table(operations: &[&Operation]) -> Table {
    let mut headers = names(&[
        "id",
        "name",
        "code_name",
        "organisers",
        "year",
        "start",
        "end",
        "stated_country_count",
        "listed_countries",
    ]);
    for metric in HEADLINE {
        let key = json_name(metric).to_string();
        let columns =
            [format!("{key}_qualifier"), format!("{key}_sources"), format!("{key}_origin"), format!("{key}_note")];
        headers.push(key);
        headers.extend(columns);
    }
    // The fields a maintainer set by hand ("year; countries").
    headers.push("corrected".to_string());
    let rows = operations
        .iter()
        .map(|op| {
            let mut row = vec![
                op.id.clone(),
                op.name.clone(),
                // "false" for a name that describes an action without a code name.
                op.code_name.to_string(),
                op.organisers.iter().map(|o| o.name.as_str()).collect::<Vec<_>>().join("; "),
                text(op.year),
                text(op.start),
                text(op.end),
                text(op.stated_country_count),
                op.countries.len().to_string(),
            ];
            for metric in HEADLINE {
                let figure = op.figure(metric);
                row.push(text(figure.map(|f| f.value)));
                row.push(figure.and_then(|f| f.qualifier.clone()).unwrap_or_default());
                row.push(sources(op, metric));
                row.push(figure.map(|f| json_name(f.source.origin).to_string()).unwrap_or_default());
                // What the table notes beside the figure ("some 100 arrests for other crimes
                // not included"), so that a download says what the view says.
                row.push(headline_cell(op, metric).and_then(|cell| cell.note).unwrap_or_default());
            }
            row.push(op.corrected.iter().map(|c| c.field.as_str()).collect::<Vec<_>>().join("; "));
            row
        })
        .collect();
    let mut numbers = names(&["year", "stated_country_count", "listed_countries"]);
    numbers.extend(HEADLINE.map(|metric| json_name(metric).to_string()));
    Table { headers, rows, numbers }
}

/// Every document's value of a figure, with the document: "126 in a.txt; 120 in b.txt". The
/// value columns beside it hold the first document's.
fn sources(op: &Operation, metric: Metric) -> String {
    op.figures_of(metric)
        .map(|f| format!("{} in {}", figure_value(f), f.source.document))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn countries_table(rows: &[CountryRow]) -> Table {
    let headers = names(&[
        "code",
        "name",
        "region",
        "subregion",
        "operations",
        "cases",
        "involved_in_cases",
        "first_year",
        "last_year",
    ]);
    let rows = rows
        .iter()
        .map(|row| {
            vec![
                row.country.code.clone(),
                row.country.name.clone(),
                row.country.region.clone().unwrap_or_default(),
                row.country.subregion.clone().unwrap_or_default(),
                row.counts.operations.to_string(),
                row.counts.cases.to_string(),
                row.counts.involved.to_string(),
                text(row.counts.first_year),
                text(row.counts.last_year),
            ]
        })
        .collect();
    Table { headers, rows, numbers: names(&["operations", "cases", "involved_in_cases", "first_year", "last_year"]) }
}

/// One row per country case: countries by code and by name, themes by their names in
/// addresses, figures as a reader says them, and the sentence with its release.
pub fn cases_table(dataset: &Dataset, rows: &[CaseRow]) -> Table {
    let headers = names(&[
        "operation_id",
        "operation_name",
        "year",
        "acting",
        "acting_names",
        "involved",
        "involved_names",
        "themes",
        "figures",
        "quote",
        "document",
        "origin",
    ]);
    let rows = rows
        .iter()
        .map(|row| {
            let (op, case) = (row.operation, row.case);
            vec![
                op.id.clone(),
                op.name.clone(),
                text(op.year),
                case.acting.join("; "),
                names_of(dataset, &case.acting).collect::<Vec<_>>().join("; "),
                case.involved.join("; "),
                names_of(dataset, &case.involved).collect::<Vec<_>>().join("; "),
                case.themes.iter().map(|&theme| json_name(theme)).collect::<Vec<_>>().join("; "),
                figures_in_words(case).join("; "),
                case.source.quote.clone(),
                case.source.document.clone(),
                json_name(case.source.origin).to_string(),
            ]
        })
        .collect();
    Table { headers, rows, numbers: names(&["year"]) }
}

/// One row per seizure, the operation's own first and then each country case's (`case`
/// names the acting countries; empty for the operation's own), with its sentence and release.
pub fn seizures_table(operations: &[&Operation]) -> Table {
    let headers = names(&[
        "operation_id",
        "operation_name",
        "year",
        "case",
        "item",
        "kind",
        "quantity",
        "unit",
        "value",
        "currency",
        "qualifier",
        "part_of",
        "quote",
        "document",
        "origin",
    ]);
    let mut rows = Vec::new();
    for op in operations {
        let own = op.seizures.iter().map(|seizure| (String::new(), seizure));
        let cases = op.highlights.iter().flat_map(|case| case.seizures.iter().map(|s| (case.acting.join("; "), s)));
        for (case, seizure) in own.chain(cases) {
            rows.push(seizure_row(op, case, seizure));
        }
    }
    Table { headers, rows, numbers: names(&["year", "quantity", "value"]) }
}

fn seizure_row(op: &Operation, case: String, seizure: &Seizure) -> Vec<String> {
    vec![
        op.id.clone(),
        op.name.clone(),
        text(op.year),
        case,
        seizure.item.clone(),
        json_name(seizure.kind).to_string(),
        text(seizure.quantity),
        seizure.unit.map(json_name).unwrap_or_default().to_string(),
        text(seizure.value),
        seizure.currency.clone().unwrap_or_default(),
        seizure.qualifier.clone().unwrap_or_default(),
        seizure.part_of.clone().unwrap_or_default(),
        seizure.source.quote.clone(),
        seizure.source.document.clone(),
        json_name(seizure.source.origin).to_string(),
    ]
}

fn text<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn names(headers: &[&str]) -> Vec<String> {
    headers.iter().map(|h| h.to_string()).collect()
}

impl Table {
    /// RFC 4180 CSV: every field quoted where it holds a comma, quote or line break. It starts
    /// with a byte-order mark, which spreadsheet programs need to read UTF-8 ("Côte d'Ivoire")
    /// rather than guess a legacy encoding.
    pub fn to_csv(&self) -> String {
        let line = |cells: &mut dyn Iterator<Item = &str>| cells.map(csv_field).collect::<Vec<_>>().join(",");
        let mut out = String::from('\u{feff}');
        out.push_str(&line(&mut self.headers.iter().map(String::as_str)));
        for row in &self.rows {
            out.push_str("\r\n");
            out.push_str(&line(&mut row.iter().map(String::as_str)));
        }
        out.push_str("\r\n");
        out
    }

    /// An array of objects keyed by the headers, in the columns' order; empty cells become
    /// `null`, and the cells of number columns numbers. Written here rather than by a JSON
    /// library, which the app would otherwise carry for this alone.
    pub fn to_json(&self) -> String {
        let mut out = String::from("[");
        for (i, row) in self.rows.iter().enumerate() {
            out.push_str(if i == 0 { "\n  {" } else { ",\n  {" });
            for (j, (header, cell)) in self.headers.iter().zip(row).enumerate() {
                out.push_str(if j == 0 { "\n    " } else { ",\n    " });
                push_json_string(&mut out, header);
                out.push_str(": ");
                match cell {
                    _ if cell.is_empty() => out.push_str("null"),
                    _ if is_plain_number(cell) && self.numbers.contains(header) => out.push_str(cell),
                    _ => push_json_string(&mut out, cell),
                }
            }
            out.push_str("\n  }");
        }
        out.push_str(if self.rows.is_empty() { "]" } else { "\n]" });
        out
    }
}

/// Digits with at most one decimal point between digits ("212", "1.4"): a JSON number as
/// written, with no sign, exponent or leading zero to check.
fn is_plain_number(cell: &str) -> bool {
    let (whole, fraction) = cell.split_once('.').unwrap_or((cell, "0"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction) && (whole == "0" || !whole.starts_with('0'))
}

/// A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259).
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn csv_field(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell.to_string() }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use explorer_model::{Organisation, Source};

    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let table = Table {
            headers: names(&["name", "note", "cases"]),
            rows: vec![
                vec!["Côte d'Ivoire".into(), "said \"yes\", then left".into(), "12".into()],
                vec!["Chad".into(), String::new(), "0".into()],
            ],
            numbers: names(&["cases"]),
        };
        assert_eq!(
            table.to_csv(),
            "\u{feff}name,note,cases\r\nCôte d'Ivoire,\"said \"\"yes\"\", then left\",12\r\nChad,,0\r\n"
        );
        let json: Value = serde_json::from_str(&table.to_json()).unwrap();
        assert_eq!(json[1]["note"], Value::Null);
        assert_eq!(json[0]["name"], "Côte d'Ivoire");
        assert_eq!((json[0]["cases"].as_u64(), json[1]["cases"].as_u64()), (Some(12), Some(0)));
    }

    #[test]
    fn operations_export_their_headline_figures() {
        let op = Operation { id: "x-2020".into(), name: "X".into(), year: Some(2020), ..Operation::default() };
        let unnamed = Operation {
            id: "europol-action-days-2021".into(),
            name: "Europol and Frontex action days, May 2021".into(),
            code_name: false,
            organisers: ["Europol", "Frontex"]
                .map(|name| Organisation { name: name.into(), source: Source::default() })
                .to_vec(),
            ..Operation::default()
        };
        let table = operations_table(&[&op, &unnamed]);
        assert_eq!(table.headers.len(), table.rows[0].len());
        assert_eq!(&table.headers[..6], ["id", "name", "code_name", "organisers", "year", "start"]);
        assert_eq!(&table.rows[0][..6], ["x-2020", "X", "true", "", "2020", ""]);
        assert_eq!(&table.rows[1][2..4], ["false", "Europol; Frontex"]);
        assert_eq!(&table.headers[9..11], ["arrests", "arrests_qualifier"]);
        let json: Value = serde_json::from_str(&table.to_json()).unwrap();
        assert_eq!((json[0]["year"].as_u64(), json[0]["id"].as_str()), (Some(2020), Some("x-2020")));
    }

    #[test]
    fn seizures_export_one_row_each_the_operations_then_the_cases() {
        use explorer_model::{Highlight, SeizureKind, Source, Unit};
        let said = "Officers seized 1.4 tonnes of cocaine and EUR 3.1 million in cash.";
        let seizure = |item: &str, kind, quantity, unit, value: Option<u64>, written: &str| Seizure {
            item: item.into(),
            kind,
            quantity,
            unit,
            value,
            currency: value.map(|_| "EUR".into()),
            qualifier: None,
            part_of: None,
            as_written: written.into(),
            source: Source { document: "a.txt".into(), quote: said.into(), ..Source::default() },
        };
        let case = Highlight {
            acting: vec!["ES".into()],
            involved: vec![],
            themes: vec![],
            figures: vec![],
            seizures: vec![seizure("cash", SeizureKind::Cash, None, None, Some(3_100_000), "EUR 3.1 million")],
            source: Source::default(),
        };
        let op = Operation {
            id: "x-2020".into(),
            name: "X".into(),
            year: Some(2020),
            seizures: vec![seizure("cocaine", SeizureKind::Drugs, Some(1.4), Some(Unit::Tonnes), None, "1.4 tonnes")],
            highlights: vec![case],
            ..Operation::default()
        };
        let table = seizures_table(&[&op]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(&table.rows[0][3..10], ["", "cocaine", "drugs", "1.4", "tonnes", "", ""]);
        assert_eq!(&table.rows[1][3..10], ["ES", "cash", "cash", "", "", "3100000", "EUR"]);
        let json: Value = serde_json::from_str(&table.to_json()).unwrap();
        assert_eq!((json[1]["value"].as_u64(), json[0]["quote"].as_str()), (Some(3_100_000), Some(said)));
        assert_eq!(json[0]["quantity"].as_f64(), Some(1.4));
    }

    #[test]
    fn json_escapes_what_json_must_and_keeps_the_columns_order() {
        let awkward = "a \"quote\", a back\\slash, a line\nbreak, a tab\t, a bell \u{7}, Türkiye, 🇹🇷";
        let table = Table {
            headers: names(&["zone", "arrests", "note"]),
            rows: vec![vec!["Z".into(), "5".into(), awkward.into()], vec!["A".into(), "n/a".into(), String::new()]],
            numbers: names(&["arrests"]),
        };
        let text = table.to_json();
        let json: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json[0]["note"], awkward);
        // A number column's cell that is not a number stays text.
        assert_eq!((json[0]["arrests"].as_u64(), json[1]["arrests"].as_str()), (Some(5), Some("n/a")));
        assert!(text.find("\"zone\"").unwrap() < text.find("\"arrests\"").unwrap());
        assert!(text.contains("\\u0007"), "{text}");
        let empty = Table { headers: names(&["x"]), rows: vec![], numbers: vec![] };
        assert_eq!(serde_json::from_str::<Value>(&empty.to_json()).unwrap(), Value::Array(vec![]));
    }
}
