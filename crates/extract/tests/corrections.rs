//! `corrections.toml`: the worked example of README's "Adding a press release", every error a
//! correction can have, a correction the extractor has made unnecessary, and the origin of
//! every fact in the dataset's JSON and the CSV export.

use std::path::Path;

use explorer_extract::annotate::country_index::CountryIndex;
use explorer_extract::corrections::Corrections;
use explorer_extract::{Source, extract_corrected, extract_folder, extract_sources, review_folder};
use explorer_model::{Document, Metric, Origin};
use explorer_query::export::operations_table;

const EXAMPLE: &str = "tests/fixtures/adding-a-release";
const RELEASE: &str = "harbour-light-2025.txt";

fn example_source() -> Source {
    let text = std::fs::read_to_string(Path::new(EXAMPLE).join(RELEASE)).unwrap();
    let document =
        Document { file: RELEASE.to_string(), published: Some("2025-05-06".to_string()), ..Document::default() };
    Source { file: RELEASE.to_string(), text, document }
}

/// The example release with `corrections`, or every problem as `file:line:column: reason`.
fn corrected(corrections: &str) -> Result<explorer_model::Dataset, Vec<String>> {
    let shown = |problems: Vec<explorer_extract::Problem>| problems.iter().map(ToString::to_string).collect();
    let corrections = Corrections::parse(corrections, CountryIndex::shared()).map_err(shown)?;
    extract_corrected(vec![example_source()], &corrections).map(|e| e.dataset).map_err(|p| shown(p.0))
}

#[test]
fn the_worked_example_corrects_what_the_extractor_read() {
    // Before: the first edition's 12 arrests are read as this one's, 64 and 410 are missed,
    // and no participant is read.
    let before = extract_sources(vec![example_source()]).unwrap();
    let op = &before.operations[0];
    assert_eq!(op.id, "harbour-light-2025");
    assert_eq!(op.figure(Metric::Arrests).map(|f| f.value), Some(12));
    assert_eq!(op.figure(Metric::MigrantsIdentified), None);
    assert!(op.countries.is_empty());

    let after = extract_folder(Path::new(EXAMPLE)).unwrap();
    let op = &after.operations[0];
    let arrests: Vec<u64> = op.figures_of(Metric::Arrests).map(|f| f.value).collect();
    assert_eq!(arrests, [64]);
    let arrests = op.figure(Metric::Arrests).unwrap();
    assert_eq!(arrests.source.origin, Origin::Corrected);
    assert_eq!(arrests.source.quote, "In all, 64 suspects were handed over to prosecutors");
    assert_eq!(arrests.as_written, "64");
    assert_eq!(
        arrests.source.note.as_deref(),
        Some("this publisher counts arrests as suspects handed over to prosecutors")
    );
    let migrants = op.figure(Metric::MigrantsIdentified).unwrap();
    assert_eq!(
        (migrants.value, migrants.source.origin, migrants.source.note.as_deref()),
        (410, Origin::Corrected, None)
    );
    assert_eq!(op.countries, ["GR", "IT", "MT", "PT", "ES"]);
    let countries = op.correction("countries").unwrap();
    assert_eq!(countries.value, "GR, IT, MT, PT, ES");
    assert_eq!(
        countries.source.quote,
        "Police and border officers from Greece, Italy, Malta, Portugal and Spain pooled their intelligence"
    );
    // The list set by hand shows the correction's passage; the dates still show the sentence
    // they were read from, "ran from 7 to 11 April", and say so.
    assert_eq!(op.field_sources.countries, std::slice::from_ref(&countries.source));
    let start = op.field_sources.start.as_ref().unwrap();
    assert_eq!(
        (start.quote.as_str(), start.origin),
        (
            "Operation Harbour Light ran from 7 to 11 April, with officers checking passengers, vehicles and freight \
             at 23 ports.",
            Origin::Read
        )
    );
    // The Malta case was read by the extractor and stays so.
    assert_eq!(op.highlights[0].acting, ["MT"]);
    assert_eq!(op.highlights[0].source.origin, Origin::Read);
    // Left: the dropped fact's sentence and the amount no reader takes for the operation.
    let unread: Vec<&str> = after.unread_numbers.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(unread, ["12", "1.2 million"]);
    assert!(after.warnings.is_empty(), "{:?}", after.warnings);
}

#[test]
fn the_readme_shows_the_example_as_it_is() {
    let readme = std::fs::read_to_string("../../README.md").unwrap();
    let example = std::fs::read_to_string(Path::new(EXAMPLE).join("corrections.toml")).unwrap();
    // The README quotes the entries, without the file's opening comment, inside a list item
    // (indented by three spaces).
    let entries = &example[example.find("[[drop]]").unwrap()..];
    let indented: Vec<String> =
        entries.lines().map(|line| if line.is_empty() { String::new() } else { format!("   {line}") }).collect();
    assert!(readme.contains(&indented.join("\n")), "README's corrections.toml differs from {EXAMPLE}/corrections.toml");
    assert!(readme.contains("cargo xtask review"));
}

#[test]
fn a_review_counts_the_facts_read_and_the_numbers_left() {
    let extraction = review_folder(Path::new(EXAMPLE)).unwrap();
    let review = &extraction.reviews[0];
    assert_eq!(review.operation.as_deref(), Some("harbour-light-2025"));
    assert_eq!(review.named_in.as_deref(), Some("Ports across the Mediterranean targeted in Operation Harbour Light"));
    assert_eq!(review.year_found, Some("the publication date"));
    // Two added figures, the countries set, the Malta case and its migrants found, the quote,
    // the crime area ("pooled their intelligence against the networks that smuggle migrants"),
    // and the start, the end and the duration counted from them ("ran from 7 to 11 April").
    assert_eq!(review.facts, 10);
    let left: Vec<&str> = review.left.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        left,
        [
            "The first edition of the operation, in 2023, ended with 12 arrests.",
            "Investigators also traced payments worth EUR 1.2 million to accounts linked to the networks."
        ]
    );
    let items: Vec<&str> = review.left[0].items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(items, ["2023", "12"]);
    assert_eq!(review.left_numbers().count(), 2);
}

#[test]
fn every_error_is_reported_at_its_line_and_column_all_at_once() {
    let problems = corrected(
        r#"
[[add]]
document = "harbour-light-2025.txt"
metric = "arests"
value = 64
quote = "64 suspects"

[[set]]
document = "harbour-light-2025.txt"
field = "colour"
value = "blue"
quote = "Harbour Light"

[[set]]
document = "harbour-light-2025.txt"
field = "countries"
value = ["Spain", "Atlantis"]
quote = "Spain"

[[set]]
document = "harbour-light-2025.txt"
field = "start"
value = "the seventh"
quote = "7 to 11 April"
"#,
    )
    .unwrap_err();
    assert_eq!(
        problems,
        [
            "corrections.toml:4:10: unknown metric `arests`; known: arrests, arrests_trafficking_smuggling, \
             arrests_traffickers, arrests_smugglers, arrests_other_crimes, victims_rescued, victims_identified, \
             migrants_identified, migrants_rescued, migrant_nationalities, database_checks, inspections, \
             flights_monitored, notices_red, notices_blue, notices_yellow, notices_purple, notices_orange, \
             notices_green, notices_black, notices_silver, investigations_opened, groups_dismantled, amount",
            "corrections.toml:10:9: unknown field `colour`; known: name, edition, year, start, end, \
             stated_country_count, countries",
            "corrections.toml:17:9: `Atlantis` resolves to no country",
            "corrections.toml:23:9: `the seventh` is not a date such as \"2025-04-02\" or \"2025-04\"",
        ]
    );
}

#[test]
fn a_correction_must_stand_in_its_document() {
    let problems = corrected(
        r#"[[add]]
document = "harbour-light-2025.txt"
metric = "migrants_identified"
value = 401
quote = "410 people were found"

[[add]]
document = "harbour-light-2025.txt"
metric = "victims_rescued"
value = 64
quote = "64 victims were rescued"

[[drop]]
document = "harbour-light-2025.txt"
metric = "arrests"
value = 13

[[add]]
document = "nowhere.txt"
metric = "arrests"
value = 1
quote = "one arrest"

[[set]]
document = "harbour-light-2025.txt"
field = "stated_country_count"
value = 6
quote = "Greece, Italy, Malta, Portugal and Spain"
"#,
    )
    .unwrap_err();
    assert_eq!(
        problems,
        [
            "corrections.toml:26:9: the stated_country_count 6 does not stand in the quote",
            "corrections.toml:15:10: no arrests of 13 is read from harbour-light-2025.txt; if the extractor no longer \
             reads it, remove this drop",
            "corrections.toml:4:9: 401 does not stand in the quote",
            "corrections.toml:11:9: the quote is not in harbour-light-2025.txt",
            "corrections.toml:19:12: no document `nowhere.txt` in the folder",
        ]
    );
}

#[test]
fn a_toml_error_points_at_its_place() {
    let problems =
        corrected("[[add]]\ndocument = \"harbour-light-2025.txt\"\nquote = \"64 suspects\nvalue = 64\n").unwrap_err();
    assert_eq!(problems, ["corrections.toml:3:21: invalid basic string, expected `\"`"]);
    let missing = corrected("[[drop]]\ndocument = \"harbour-light-2025.txt\"\nvalue = 12\n").unwrap_err();
    assert!(missing[0].starts_with("corrections.toml:1:1: missing field `metric`"), "{}", missing[0]);
}

#[test]
fn an_added_figure_where_another_is_read_must_drop_it_first() {
    let problems = corrected(
        r#"[[add]]
document = "harbour-light-2025.txt"
metric = "arrests"
value = 64
quote = "64 suspects were handed over to prosecutors"
"#,
    )
    .unwrap_err();
    assert_eq!(problems, ["corrections.toml:4:9: harbour-light-2025.txt already gives arrests 12; drop it first"]);
}

#[test]
fn a_correction_the_extractor_makes_unnecessary_is_a_warning() {
    let dataset = corrected(
        r#"[[add]]
document = "harbour-light-2025.txt"
metric = "arrests"
value = 12
quote = "ended with 12 arrests"

[[set]]
document = "harbour-light-2025.txt"
field = "start"
value = "2025-04-07"
quote = "from 7 to 11 April"
"#,
    )
    .unwrap();
    assert_eq!(
        dataset.warnings,
        [
            "corrections.toml:9:9: the extractor now reads start 2025-04-07 from harbour-light-2025.txt itself; \
             this correction can go",
            "corrections.toml:3:10: the extractor now reads arrests 12 from harbour-light-2025.txt itself; this \
             correction can go",
        ]
    );
    let op = &dataset.operations[0];
    assert_eq!(op.figure(Metric::Arrests).unwrap().source.origin, Origin::Read);
    assert!(op.corrected.is_empty());
}

#[test]
fn a_name_set_where_none_was_read_makes_the_operation() {
    let text = "Police in five ports worked together from 2 to 6 June 2025 and held 30 people.".to_string();
    let document = Document { file: "ports.txt".to_string(), ..Document::default() };
    let source = Source { file: "ports.txt".to_string(), text, document };
    assert!(extract_sources(vec![source.clone()]).unwrap().operations.is_empty());
    let corrections = Corrections::parse(
        r#"[[set]]
document = "ports.txt"
field = "name"
value = "Five Ports"
quote = "Police in five ports worked together"
"#,
        CountryIndex::shared(),
    );
    // "Five Ports" is not written in the quote: a name must be.
    let problems = extract_corrected(vec![source.clone()], &corrections.unwrap()).unwrap_err();
    assert_eq!(
        problems.to_string(),
        "corrections.toml:3:9: the name Five Ports does not stand in the quote\n1 problem(s) found"
    );
    let corrections = Corrections::parse(
        r#"[[set]]
document = "ports.txt"
field = "name"
value = "five ports"
quote = "Police in five ports worked together"

[[set]]
document = "ports.txt"
field = "year"
value = 2025
quote = "from 2 to 6 June 2025"

[[add]]
document = "ports.txt"
metric = "arrests"
value = 30
quote = "held 30 people"
"#,
        CountryIndex::shared(),
    )
    .unwrap();
    let dataset = extract_corrected(vec![source], &corrections).unwrap().dataset;
    let op = &dataset.operations[0];
    assert_eq!((op.id.as_str(), op.name.as_str(), op.year), ("five-ports-2025", "five ports", Some(2025)));
    assert_eq!(op.figure(Metric::Arrests).map(|f| f.value), Some(30));
    let fields: Vec<&str> = op.corrected.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["name", "year"]);
}

#[test]
fn every_fact_carries_its_origin_in_json_and_csv() {
    let dataset = extract_folder(Path::new(EXAMPLE)).unwrap();
    let json: serde_json::Value = serde_json::to_value(&dataset).unwrap();
    let op = &json["operations"][0];
    assert_eq!(op["figures"][0]["origin"], "corrected");
    assert_eq!(op["figures"][0]["note"], "this publisher counts arrests as suspects handed over to prosecutors");
    assert_eq!(op["highlights"][0]["origin"], "read");
    assert!(op["highlights"][0].get("note").is_none());
    assert_eq!(op["corrected"][0]["field"], "countries");
    assert_eq!(op["corrected"][0]["origin"], "corrected");
    assert_eq!(json["unread_numbers"][0]["text"], "12");

    let table = operations_table(&dataset.operations.iter().collect::<Vec<_>>());
    let cell = |header: &str| {
        let column = table.headers.iter().position(|h| h == header).unwrap_or_else(|| panic!("no column {header}"));
        table.rows[0][column].clone()
    };
    assert_eq!(cell("arrests"), "64");
    assert_eq!(cell("arrests_origin"), "corrected");
    assert_eq!(cell("migrants_identified_origin"), "corrected");
    assert_eq!(cell("victims_rescued_origin"), "");
    assert_eq!(cell("corrected"), "countries");
}

#[test]
fn a_name_set_on_an_action_without_a_code_name_makes_it_its_code_name() {
    let text = "Border guards carried out joint checks at 12 crossings from 2 to 4 June 2025, coordinated by \
                Frontex. Its planners refer to it as Iron Gate."
        .to_string();
    let document = Document { file: "checks.txt".to_string(), ..Document::default() };
    let source = Source { file: "checks.txt".to_string(), text, document };
    let read = extract_sources(vec![source.clone()]).unwrap();
    assert_eq!(read.operations[0].name, "Frontex joint checks, June 2025");
    assert!(!read.operations[0].code_name);
    let corrections = Corrections::parse(
        r#"[[set]]
document = "checks.txt"
field = "name"
value = "Iron Gate"
quote = "Its planners refer to it as Iron Gate"
"#,
        CountryIndex::shared(),
    )
    .unwrap();
    let dataset = extract_corrected(vec![source], &corrections).unwrap().dataset;
    let op = &dataset.operations[0];
    assert_eq!((op.id.as_str(), op.title().as_str()), ("iron-gate-2025", "Operation Iron Gate"));
    // Who organised it is still what the release says.
    assert_eq!(op.organisers.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["Frontex"]);
}

/// A release with two seizures the extractor reads: 1.2 tonnes of pangolin scales and 48
/// pieces of ivory.
const SEIZED: &str = "Operation Tusk Line (2 - 6 June 2024) ran in eight countries.\n\n\
                      Rangers seized 1.2 tonnes of pangolin scales and 48 pieces of unworked ivory from a dealer.\n";

/// The release above with `corrections`, or every problem as `file:line:column: reason`.
fn seized_corrected(corrections: &str) -> Result<explorer_model::Dataset, Vec<String>> {
    let shown = |problems: Vec<explorer_extract::Problem>| problems.iter().map(ToString::to_string).collect();
    let corrections = Corrections::parse(corrections, CountryIndex::shared()).map_err(shown)?;
    let document = Document { file: "tusk.txt".into(), ..Document::default() };
    let source = Source { file: "tusk.txt".into(), text: SEIZED.into(), document };
    extract_corrected(vec![source], &corrections).map(|e| e.dataset).map_err(|p| shown(p.0))
}

#[test]
fn seizures_are_added_and_dropped_with_their_proof() {
    let before = seized_corrected("").unwrap();
    let read: Vec<&str> = before.operations[0].seizures.iter().map(|s| s.as_written.as_str()).collect();
    assert_eq!(read, ["1.2 tonnes", "48"]);

    let corrections = r#"
[[drop_seizure]]
document = "tusk.txt"
kind = "wildlife"
amount = "1.2 tonnes"
note = "a test of the drop"

[[add_seizure]]
document = "tusk.txt"
item = "pangolin scales"
kind = "wildlife"
amount = "1.2 tonnes"
quote = "Rangers seized 1.2 tonnes of pangolin scales"
note = "read again by hand"
"#;
    let after = seized_corrected(corrections).unwrap();
    let op = &after.operations[0];
    let added = op.seizures.iter().find(|s| s.source.origin == Origin::Corrected).unwrap();
    assert_eq!((added.quantity, added.unit.map(explorer_model::json_name)), (Some(1.2), Some("tonnes")));
    assert_eq!(added.source.quote, "Rangers seized 1.2 tonnes of pangolin scales");
    assert_eq!(added.source.note.as_deref(), Some("read again by hand"));
    assert_eq!(op.seizures.len(), 2);
}

#[test]
fn a_seizure_correction_that_cannot_be_proved_is_an_error_at_its_place() {
    let not_in_quote = "[[add_seizure]]\ndocument = \"tusk.txt\"\nitem = \"ivory\"\nkind = \"wildlife\"\n\
                        amount = \"50 kg\"\nquote = \"48 pieces of unworked ivory\"\n";
    assert_eq!(
        seized_corrected(not_in_quote).unwrap_err(),
        ["corrections.toml:5:10: `50 kg` is not an amount of the quote"]
    );
    let unknown_kind = "[[drop_seizure]]\ndocument = \"tusk.txt\"\nkind = \"ivory\"\namount = \"48\"\n";
    let problems = seized_corrected(unknown_kind).unwrap_err();
    assert!(
        problems[0].starts_with("corrections.toml:3:8: unknown seizure kind `ivory`; known: drugs,"),
        "{problems:?}"
    );
    let not_read = "[[drop_seizure]]\ndocument = \"tusk.txt\"\nkind = \"drugs\"\namount = \"48\"\n";
    assert_eq!(
        seized_corrected(not_read).unwrap_err(),
        [
            "corrections.toml:3:8: no seizure of drugs 48 is read from tusk.txt; if the extractor no longer reads it, remove this drop"
        ]
    );
}
