//! The dataset the extractor writes and the app reads: plain data, serialisable both ways.
//!
//! A value that the source text does not state is `None` (JSON `null`), never a guess.

use serde::{Deserialize, Serialize};

use crate::date::Date;

/// Everything extracted from one folder of press releases.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Sorted by start date (undated ones by year), then by name.
    pub operations: Vec<Operation>,
    /// Every country that any operation names, sorted by code.
    pub countries: Vec<Country>,
    /// One per source file, in file-name order.
    pub documents: Vec<Document>,
    /// Problems that did not stop the build, each naming its file.
    pub warnings: Vec<String>,
}

/// One police operation, as reported by the documents that describe it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Operation {
    /// Stable slug of name and year, e.g. `turquesa-ii-2020`: used in permalinks.
    pub id: String,
    /// As the publisher names it, e.g. "Turquesa II".
    pub name: String,
    /// The name without its edition numeral, e.g. "Turquesa".
    pub series: String,
    /// The edition numeral as a number ("II" is 2); `None` when the name has none.
    pub edition: Option<u32>,
    pub year: Option<i32>,
    /// True when `year` was not written in the text but worked out from the publication date.
    pub year_inferred: bool,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// ISO 3166-1 alpha-2 codes of the participants the text lists, in the text's order.
    pub countries: Vec<String>,
    /// File names of the documents that report this operation.
    pub documents: Vec<String>,
}

/// A country or territory named anywhere in the dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// English short name.
    pub name: String,
}

/// One source file and the metadata its text lacks (from the seed manifest).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// File name inside the seeds folder.
    pub file: String,
    /// The name the file had when the users handed it over.
    pub original_file: Option<String>,
    /// "press_release", "statement", ...
    pub kind: Option<String>,
    /// ISO date, or only year and month ("2020-10") when that is all that is known.
    pub published: Option<String>,
    pub publisher: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
}

impl Dataset {
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }
}
