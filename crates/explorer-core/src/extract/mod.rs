//! From a folder of press releases (`*.txt` plus `manifest.json`) to a [`Dataset`].
//!
//! Reading the folder ([`extract_folder`]) is kept apart from reading texts
//! ([`extract_sources`]) so tests can feed texts without touching the disk.

pub mod countries;
pub mod manifest;
pub mod operation;
pub mod participants;
pub mod problem;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use countries::CountryIndex;
use manifest::{MANIFEST_FILE, parse_manifest, published_day, published_year_month};
use operation::{Mention, Published, main_operation, mentions, timing};
use participants::listed_participants;
pub use problem::{Problem, Problems};

use crate::model::{Dataset, Document, Operation};

/// One press release: its file name, its text and its manifest entry.
#[derive(Debug, Clone)]
pub struct Source {
    pub file: String,
    pub text: String,
    pub document: Document,
}

/// Reads every `*.txt` in `dir` with its manifest entry and extracts the dataset, or returns
/// every problem found (unreadable files, manifest errors, unresolvable participants).
pub fn extract_folder(dir: &Path) -> Result<Dataset, Problems> {
    let (sources, mut problems) = read_folder(dir);
    match extract_sources(sources) {
        Ok(dataset) if problems.is_empty() => Ok(dataset),
        Ok(_) => Err(Problems(problems)),
        Err(Problems(more)) => {
            problems.extend(more);
            Err(Problems(problems))
        }
    }
}

/// The paths a build depends on: the folder, its manifest and its texts.
pub fn input_paths(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths = vec![dir.to_path_buf(), dir.join(MANIFEST_FILE)];
    paths.extend(text_files(dir).unwrap_or_default().into_iter().map(|name| dir.join(name)));
    paths
}

fn text_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<String> = fs::read_dir(dir)?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    Ok(names)
}

fn read_folder(dir: &Path) -> (Vec<Source>, Vec<Problem>) {
    let mut problems = Vec::new();
    let shown = dir.display().to_string();
    let names = match text_files(dir) {
        Ok(names) => names,
        Err(error) => {
            return (Vec::new(), vec![Problem::in_file(&shown, format!("cannot list the folder: {error}"))]);
        }
    };
    let manifest_path = dir.join(MANIFEST_FILE);
    let mut entries = match fs::read_to_string(&manifest_path) {
        Ok(text) => parse_manifest(&text).unwrap_or_else(|problem| {
            problems.push(problem);
            Vec::new()
        }),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(error) => {
            problems.push(Problem::in_file(MANIFEST_FILE, format!("cannot read it: {error}")));
            Vec::new()
        }
    };
    let mut seen = BTreeSet::new();
    for entry in &entries {
        if !names.contains(&entry.file) {
            problems
                .push(Problem::in_file(MANIFEST_FILE, format!("names `{}`, which is not in the folder", entry.file)));
        }
        if !seen.insert(entry.file.clone()) {
            problems.push(Problem::in_file(MANIFEST_FILE, format!("names `{}` twice", entry.file)));
        }
    }

    let mut sources = Vec::new();
    for name in names {
        let document = match entries.iter().position(|entry| entry.file == name) {
            Some(i) => entries.swap_remove(i),
            None => Document { file: name.clone(), ..Document::default() },
        };
        match fs::read(dir.join(&name)) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => sources.push(Source { file: name, text, document }),
                Err(error) => {
                    let valid = error.utf8_error().valid_up_to();
                    let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
                    problems.push(Problem::at(&name, &prefix, valid, "the text is not valid UTF-8 here"));
                }
            },
            Err(error) => problems.push(Problem::in_file(&name, format!("cannot read it: {error}"))),
        }
    }
    (sources, problems)
}

/// Extracts the dataset from texts already read.
pub fn extract_sources(sources: Vec<Source>) -> Result<Dataset, Problems> {
    let index = CountryIndex::new();
    let mut dataset = Dataset::default();
    let mut problems = Vec::new();
    for source in sources {
        match read_operation(&source, &index) {
            Ok(Some(operation)) => add_operation(&mut dataset, operation),
            Ok(None) => {
                dataset.warnings.push(format!("{}: names no operation; it is listed as a source only", source.file))
            }
            Err(mut found) => problems.append(&mut found),
        }
        dataset.documents.push(source.document);
    }
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    let codes: BTreeSet<&String> = dataset.operations.iter().flat_map(|op| &op.countries).collect();
    dataset.countries = codes.into_iter().filter_map(|code| index.describe(code)).collect();
    dataset.operations.sort_by(|a, b| {
        let key = |op: &Operation| (op.year.is_none(), op.year, op.start, op.name.clone());
        key(a).cmp(&key(b))
    });
    dataset.documents.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(dataset)
}

/// The operation a source reports, `None` when it names none.
fn read_operation(source: &Source, index: &CountryIndex) -> Result<Option<Operation>, Vec<Problem>> {
    let text = &source.text;
    let found = mentions(text);
    let Some(name) = main_operation(&found) else {
        return Ok(None);
    };
    let own: Vec<&Mention> = found.iter().filter(|m| m.name() == name).collect();
    let published = published_year_month(&source.document).map(|(year, month)| Published {
        year,
        month,
        day: published_day(&source.document),
    });
    let timing = timing(text, &own, published);

    let mut countries: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    for participant in listed_participants(text, index) {
        match participant.code {
            Some(code) if !countries.contains(&code) => countries.push(code),
            Some(_) => {}
            None => problems.push(Problem::at(
                &source.file,
                text,
                participant.span.start,
                format!("participant `{}` resolves to no country", participant.name),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let first = own[0];
    Ok(Some(Operation {
        id: operation_id(&name, timing.year),
        name,
        series: first.series.clone(),
        edition: first.edition,
        year: timing.year,
        year_inferred: timing.year_inferred,
        start: timing.start,
        end: timing.end,
        countries,
        documents: vec![source.file.clone()],
    }))
}

/// Adds an operation, or merges it into the one with the same id that another document reported.
fn add_operation(dataset: &mut Dataset, operation: Operation) {
    let Some(existing) = dataset.operations.iter_mut().find(|op| op.id == operation.id) else {
        dataset.operations.push(operation);
        return;
    };
    if (existing.start, existing.end) != (operation.start, operation.end) && operation.start.is_some() {
        if existing.start.is_some() {
            dataset.warnings.push(format!(
                "{}: dates of {} differ from those in {}; the first are kept",
                operation.documents[0], operation.name, existing.documents[0]
            ));
        } else {
            (existing.start, existing.end) = (operation.start, operation.end);
        }
    }
    for code in operation.countries {
        if !existing.countries.contains(&code) {
            existing.countries.push(code);
        }
    }
    existing.documents.extend(operation.documents);
}

/// "Turquesa II" in 2020 → `turquesa-ii-2020`: lower-case ASCII words joined by hyphens.
pub fn operation_id(name: &str, year: Option<i32>) -> String {
    let folded = crate::text::fold(name);
    let mut words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect();
    words.extend(year.map(|y| y.to_string()));
    words.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(file: &str, text: &str, published: Option<&str>) -> Source {
        Source {
            file: file.to_string(),
            text: text.to_string(),
            document: Document {
                file: file.to_string(),
                published: published.map(str::to_string),
                ..Document::default()
            },
        }
    }

    #[test]
    fn makes_ids_from_name_and_year() {
        assert_eq!(operation_id("Turquesa II", Some(2020)), "turquesa-ii-2020");
        assert_eq!(operation_id("Liberterra", None), "liberterra");
    }

    #[test]
    fn reports_every_unknown_participant_with_its_place() {
        let text = "Operation Nimbus (1 - 3 May) ran.\nParticipating countries: Spain, Atlantis, Lemuria.";
        let problems = extract_sources(vec![source("n.txt", text, Some("2023-06-01"))]).unwrap_err();
        let shown: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "n.txt:2:33: participant `Atlantis` resolves to no country",
                "n.txt:2:43: participant `Lemuria` resolves to no country",
            ]
        );
    }

    #[test]
    fn a_text_without_an_operation_is_a_warning() {
        let dataset = extract_sources(vec![source("minutes.txt", "The committee met.", None)]).unwrap();
        assert!(dataset.operations.is_empty());
        assert_eq!(dataset.warnings, ["minutes.txt: names no operation; it is listed as a source only"]);
        assert_eq!(dataset.documents.len(), 1);
    }

    #[test]
    fn merges_two_reports_of_one_operation() {
        let a = source(
            "a.txt",
            "Operation Nimbus (1 - 3 May) ran.\nParticipating countries: Spain and Chile.",
            Some("2023-06-01"),
        );
        let b = source(
            "b.txt",
            "Operation Nimbus (1 - 3 May) again.\nParticipating countries: Chile, Peru.",
            Some("2023-06-02"),
        );
        let dataset = extract_sources(vec![a, b]).unwrap();
        assert_eq!(dataset.operations.len(), 1);
        let op = &dataset.operations[0];
        assert_eq!(op.id, "nimbus-2023");
        assert_eq!(op.countries, ["ES", "CL", "PE"]);
        assert_eq!(op.documents, ["a.txt", "b.txt"]);
        let names: Vec<&str> = dataset.countries.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Chile", "Spain", "Peru"]);
    }
}
