//! The seed manifest: the only hand-written input, for document metadata the texts lack.

use explorer_model::Document;
use serde::Deserialize;

use super::problem::Problem;

pub const MANIFEST_FILE: &str = "manifest.json";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    documents: Vec<Document>,
}

/// The manifest's entries; a syntax or schema error points at its line and column.
pub fn parse_manifest(text: &str) -> Result<Vec<Document>, Problem> {
    let manifest: Manifest = serde_json::from_str(text).map_err(|error| Problem {
        file: MANIFEST_FILE.to_string(),
        line: error.line(),
        column: error.column(),
        reason: error.to_string(),
    })?;
    Ok(manifest.documents)
}

/// Year and month of a manifest publication date ("2020-12-11" or "2020-10").
pub fn published_year_month(document: &Document) -> Option<(i32, u8)> {
    let published = document.published.as_deref()?;
    let mut parts = published.split('-');
    let year = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    (1..=12).contains(&month).then_some((year, month))
}

/// The publication date's day, when the manifest gives one.
pub fn published_day(document: &Document) -> Option<u8> {
    document.published.as_deref()?.split('-').nth(2)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_and_partial_dates() {
        let docs = parse_manifest(
            r#"{"documents": [{"file": "a.txt", "published": "2020-10"},
                              {"file": "b.txt", "published": "2021-07-26", "place": "Lyon"}]}"#,
        )
        .unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(published_year_month(&docs[0]), Some((2020, 10)));
        assert_eq!(published_day(&docs[0]), None);
        assert_eq!(published_day(&docs[1]), Some(26));
        assert_eq!(docs[1].place.as_deref(), Some("Lyon"));
    }

    #[test]
    fn points_at_errors() {
        let error = parse_manifest("{\"documents\": [\n  {\"file\": 3}\n]}").unwrap_err();
        assert_eq!((error.file.as_str(), error.line), ("manifest.json", 2));
        let unknown = parse_manifest(r#"{"documents": [{"file": "a", "colour": "red"}]}"#);
        assert!(unknown.unwrap_err().reason.contains("unknown field `colour`"));
    }
}
