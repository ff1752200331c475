//! Questions the app asks of the dataset, answered without any web dependency so that they
//! are tested natively.

use crate::date::MONTH_NAMES;
use crate::model::{Country, Dataset, Operation};

/// A country with the number of operations it took part in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participation<'a> {
    pub country: &'a Country,
    pub operations: usize,
}

/// Every country of the dataset with its operation count, most operations first, then by name.
pub fn participation(dataset: &Dataset) -> Vec<Participation<'_>> {
    let mut rows: Vec<Participation> = dataset
        .countries
        .iter()
        .map(|country| Participation { country, operations: operations_of_country(dataset, &country.code).len() })
        .collect();
    rows.sort_by(|a, b| b.operations.cmp(&a.operations).then_with(|| a.country.name.cmp(&b.country.name)));
    rows
}

/// The operations a country took part in, in the dataset's (chronological) order.
pub fn operations_of_country<'a>(dataset: &'a Dataset, code: &str) -> Vec<&'a Operation> {
    dataset.operations.iter().filter(|op| op.countries.iter().any(|c| c == code)).collect()
}

/// When an operation ran, in words: "27 November – 3 December 2020", "5–9 July 2021", or
/// the year alone, or "dates not stated".
pub fn when(operation: &Operation) -> String {
    let month = |m: u8| MONTH_NAMES[usize::from(m - 1)];
    match (operation.start, operation.end, operation.year) {
        (Some(start), Some(end), _) if start.year != end.year => {
            format!("{} – {}", start.long_form(), end.long_form())
        }
        (Some(start), Some(end), _) if start.month != end.month => {
            format!("{} {} – {} {} {}", start.day, month(start.month), end.day, month(end.month), end.year)
        }
        (Some(start), Some(end), _) => format!("{}–{} {} {}", start.day, end.day, month(end.month), end.year),
        (_, _, Some(year)) => year.to_string(),
        _ => "dates not stated".to_string(),
    }
}

/// How a source document is cited: "INTERPOL, Lyon, published 2020-12-11 (turquesa-ii-2020.txt)".
pub fn citation(dataset: &Dataset, file: &str) -> String {
    let Some(doc) = dataset.documents.iter().find(|d| d.file == file) else {
        return file.to_string();
    };
    let mut parts: Vec<String> = [&doc.publisher, &doc.place].into_iter().flatten().cloned().collect();
    parts.extend(doc.published.as_ref().map(|date| format!("published {date}")));
    if parts.is_empty() { format!("({file})") } else { format!("{} ({file})", parts.join(", ")) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn operation(id: &str, countries: &[&str]) -> Operation {
        Operation {
            id: id.to_string(),
            name: id.to_string(),
            series: id.to_string(),
            countries: countries.iter().map(|c| c.to_string()).collect(),
            ..Operation::default()
        }
    }

    fn country(code: &str, name: &str) -> Country {
        Country { code: code.to_string(), name: name.to_string(), region: None, subregion: None }
    }

    #[test]
    fn counts_operations_per_country_most_first() {
        let dataset = Dataset {
            operations: vec![operation("a", &["ES", "PT"]), operation("b", &["ES"]), operation("c", &["CL"])],
            countries: vec![country("CL", "Chile"), country("ES", "Spain"), country("PT", "Portugal")],
            ..Dataset::default()
        };
        let rows: Vec<(&str, usize)> =
            participation(&dataset).iter().map(|r| (r.country.code.as_str(), r.operations)).collect();
        assert_eq!(rows, [("ES", 2), ("CL", 1), ("PT", 1)]);
        let ids: Vec<&str> = operations_of_country(&dataset, "ES").iter().map(|op| op.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert!(operations_of_country(&dataset, "FR").is_empty());
    }

    #[test]
    fn cites_what_the_manifest_knows() {
        let full = Document {
            file: "a.txt".to_string(),
            publisher: Some("INTERPOL".to_string()),
            place: Some("Lyon".to_string()),
            published: Some("2020-12-11".to_string()),
            ..Document::default()
        };
        let bare = Document { file: "b.txt".to_string(), ..Document::default() };
        let dataset = Dataset { documents: vec![full, bare], ..Dataset::default() };
        assert_eq!(citation(&dataset, "a.txt"), "INTERPOL, Lyon, published 2020-12-11 (a.txt)");
        assert_eq!(citation(&dataset, "b.txt"), "(b.txt)");
        assert_eq!(citation(&dataset, "missing.txt"), "missing.txt");
    }

    #[test]
    fn words_the_dates() {
        let mut op = operation("x", &[]);
        assert_eq!(when(&op), "dates not stated");
        op.year = Some(2019);
        assert_eq!(when(&op), "2019");
        op.start = "2020-11-27".parse().ok();
        op.end = "2020-12-03".parse().ok();
        assert_eq!(when(&op), "27 November – 3 December 2020");
        op.start = "2020-12-01".parse().ok();
        assert_eq!(when(&op), "1–3 December 2020");
        op.start = "2019-12-30".parse().ok();
        assert_eq!(when(&op), "30 December 2019 – 3 December 2020");
    }
}
