//! One operation, many releases: which reports are of the same operation, and what is kept
//! where they disagree. An operation is its series, its edition and its year; two editions
//! never merge, the same edition from two publishers does, and a pair that nothing tells
//! apart or together stays apart with a warning. Where sources state a fact differently,
//! every value is kept with its document. The releases are the development corpus's and
//! short texts written here.

use std::path::Path;

use explorer_extract::{Source, extract_sources};
use explorer_model::{Conflict, Dataset, Document, Metric, Operation, StatedValue};
use explorer_query::export::operations_table;

/// A release of the development corpus, with no manifest entry: what its text says is all.
fn corpus_release(file: &str) -> Source {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    written(file, &text)
}

fn written(file: &str, text: &str) -> Source {
    Source {
        file: file.to_string(),
        text: text.to_string(),
        document: Document { file: file.to_string(), ..Document::default() },
    }
}

fn extracted(sources: Vec<Source>) -> Dataset {
    extract_sources(sources).unwrap_or_else(|problems| panic!("{problems}"))
}

fn reported(dataset: &Dataset) -> Vec<&Operation> {
    dataset.operations.iter().filter(|op| !op.mentioned_only).collect()
}

#[test]
fn two_editions_a_year_apart_never_merge_and_a_mention_finds_its_edition() {
    // "Cormorant 2" (9 to 13 October 2022) and "Cormorant-3" (11 to 15 September 2023), whose
    // release recalls "Operation Cormorant 2 (2022)".
    let dataset =
        extracted(vec![corpus_release("29-cormorant-2-wire.txt"), corpus_release("43-cormorant-3-europol.txt")]);
    let ids: Vec<&str> = reported(&dataset).iter().map(|op| op.id.as_str()).collect();
    assert_eq!(ids, ["cormorant-ii-2022", "cormorant-iii-2023"]);
    let second = dataset.operation("cormorant-ii-2022").unwrap();
    assert_eq!(second.documents, ["29-cormorant-2-wire.txt"]);
    assert_eq!(second.mentioned_in, ["43-cormorant-3-europol.txt"]);
    assert_eq!(dataset.operations.len(), 2, "the mention is of the operation that has its own release");
}

#[test]
fn the_same_edition_from_two_publishers_is_one_operation() {
    // INTERPOL's release and a news article rewriting it: "Silent Meridian 2024", 11 to 15 March.
    let dataset = extracted(vec![
        corpus_release("42-silent-meridian-2024-interpol.txt"),
        corpus_release("23-silent-meridian-news.txt"),
    ]);
    let operations = reported(&dataset);
    assert_eq!(operations.len(), 1);
    let op = operations[0];
    assert_eq!(op.id, "silent-meridian-2024");
    assert_eq!(op.documents, ["42-silent-meridian-2024-interpol.txt", "23-silent-meridian-news.txt"]);
    // "led to 126 arrests" in one, "arrested 120 people" in the other: both kept.
    let values: Vec<(u64, &str)> =
        op.figures_of(Metric::Arrests).map(|f| (f.value, f.source.document.as_str())).collect();
    assert_eq!(values, [(126, "42-silent-meridian-2024-interpol.txt"), (120, "23-silent-meridian-news.txt")]);
    assert_eq!(op.range(Metric::Arrests), Some((120, 126)));
    // "the rescue of 318 victims" and "freed 318 victims": the sources agree.
    assert_eq!(op.figures_of(Metric::VictimsRescued).count(), 2);
    assert_eq!(op.conflict("victims_rescued"), None);
}

#[test]
fn an_edition_written_as_a_numeral_or_a_number_is_one_edition() {
    let interpol = written("a.txt", "Operation Kestrel II (4 - 8 March 2024) led to 40 arrests.");
    let europol =
        written("b.txt", "THE HAGUE – Operation Kestrel 2, which ran from 4 to 8 March 2024, led to 40 arrests.");
    let dataset = extracted(vec![interpol, europol]);
    let operations = reported(&dataset);
    assert_eq!(operations.len(), 1);
    assert_eq!((operations[0].id.as_str(), operations[0].documents.len()), ("kestrel-ii-2024", 2));
}

#[test]
fn editions_told_apart_only_by_their_years_stay_apart() {
    let earlier = written("a.txt", "Operation Nimbus (4 - 8 March 2022) led to 40 arrests.");
    let later = written("b.txt", "Operation Nimbus (6 - 10 March 2023) led to 52 arrests.");
    let ids: Vec<String> = reported(&extracted(vec![earlier, later])).iter().map(|op| op.id.clone()).collect();
    assert_eq!(ids, ["nimbus-2022", "nimbus-2023"]);
}

#[test]
fn a_pair_of_which_one_gives_no_year_stays_apart_with_a_warning() {
    let dated = written("a.txt", "Operation Nimbus (4 - 8 March 2022) led to 40 arrests.");
    let undated = written("b.txt", "Operation Nimbus led to 52 arrests.");
    let dataset = extracted(vec![dated, undated]);
    assert_eq!(reported(&dataset).len(), 2);
    assert_eq!(
        dataset.warnings,
        ["b.txt and a.txt both report Operation Nimbus, one with a year and one without; they are kept apart"]
    );
}

#[test]
fn a_pair_with_nothing_to_compare_stays_apart_with_a_warning() {
    // No edition, no year, no dates: the two may be two editions, or one.
    let first = written("a.txt", "Operation Nimbus led to 40 arrests.");
    let second = written("b.txt", "Operation Nimbus led to 52 arrests.");
    let dataset = extracted(vec![first, second]);
    let ids: Vec<&str> = reported(&dataset).iter().map(|op| op.id.as_str()).collect();
    assert_eq!(ids, ["nimbus", "nimbus-b"]);
    assert_eq!(
        dataset.warnings,
        ["b.txt and a.txt both report Operation Nimbus with no year or dates that tell whether it is one \
             operation; they are kept apart"]
    );
}

fn stated(value: &str, document: &str) -> StatedValue {
    StatedValue { value: value.to_string(), document: document.to_string() }
}

#[test]
fn three_sources_that_disagree_are_all_kept_and_exported() {
    let interpol = written("a.txt", "LYON, France – Operation Kestrel II (4 - 8 March 2024) led to 126 arrests.");
    let news =
        written("b.txt", "Police arrested 120 people in Operation Kestrel II, which ran from 4 to 8 March 2024.");
    let europol = written("c.txt", "THE HAGUE – Operation Kestrel 2 (4 - 9 March 2024) led to more than 120 arrests.");
    let dataset = extracted(vec![interpol, news, europol]);
    let op = dataset.operation("kestrel-ii-2024").expect("one operation");
    assert_eq!(
        op.conflict("arrests"),
        Some(&Conflict {
            fact: "arrests".to_string(),
            values: vec![stated("126", "a.txt"), stated("120", "b.txt"), stated("more than 120", "c.txt")],
        })
    );
    // The end date differs too; the start does not.
    assert_eq!(op.conflict("end").map(|c| c.values.len()), Some(3));
    assert_eq!(op.conflict("start"), None);
    assert!(
        dataset.warnings.iter().any(|w| w
            == "Operation Kestrel II: sources differ on arrests: 126 in a.txt, 120 in b.txt, more than 120 in c.txt"),
        "{:?}",
        dataset.warnings
    );
    let table = operations_table(&[op]);
    let column = table.headers.iter().position(|h| h == "arrests_sources").unwrap();
    assert_eq!(table.rows[0][column], "126 in a.txt; 120 in b.txt; more than 120 in c.txt");
}

#[test]
fn action_days_without_a_code_name_are_named_by_organiser_theme_and_period() {
    let text = "THE HAGUE (Europol) – Police in Spain, Italy and Greece, supported by Europol, carried out \
                action days against labour exploitation in agriculture.\n\n\
                The action days ran from 8 to 12 April 2024 and led to 41 arrests.\n";
    let dataset = extracted(vec![written("europol-labour.txt", text)]);
    let operations = reported(&dataset);
    assert_eq!(operations.len(), 1);
    let op = operations[0];
    // The text names no organiser: the publisher stands for it, in the name only.
    assert_eq!(op.name, "Europol action days against labour exploitation, April 2024");
    assert!(!op.code_name && op.organisers.is_empty());
    assert_eq!(op.title(), op.name);
    assert_eq!(op.id, "europol-action-days-against-labour-exploitation-april-2024");
    assert_eq!((op.year, op.start.map(|d| d.to_string())), (Some(2024), Some("2024-04-08".to_string())));
    assert_eq!(op.countries, ["ES", "IT", "GR"]);
    assert_eq!(op.figure(Metric::Arrests).map(|f| f.value), Some(41));
    // The same text gives the same id: a permalink to it lasts from build to build.
    assert_eq!(reported(&extracted(vec![written("europol-labour.txt", text)]))[0].id, op.id);
    // Without an organiser or a publisher, it is known by what it was and when, and by its
    // release alone; without a period, its name says so.
    let anonymous = "Police carried out action days against labour exploitation from 8 to 12 April 2024.";
    let dataset = extracted(vec![written("a.txt", anonymous)]);
    let op = reported(&dataset)[0];
    assert_eq!((op.name.as_str(), op.organisers.len()), ("Action days against labour exploitation, April 2024", 0));
    let undated = "THE HAGUE (Europol) – Police carried out action days against labour exploitation.";
    let dataset = extracted(vec![written("b.txt", undated)]);
    assert_eq!(reported(&dataset)[0].name, "Europol action days against labour exploitation, date not stated");
}

#[test]
fn a_news_site_that_tells_of_an_action_is_not_who_ran_it() {
    let published_by = |kind: &str, text: &str| {
        let mut source = written("harbour-watch.txt", text);
        source.document.kind = Some(kind.to_string());
        source.document.publisher = Some("Harbour Watch Daily".to_string());
        let dataset = extracted(vec![source]);
        reported(&dataset).first().map(|op| op.name.clone())
    };
    let unsaid = "Customs officers of six states held joint action days against fake spare parts from 3 to 9 May \
                  2025.\n\nThey opened 1,200 parcels.\n";
    // The site's own release may stand for who ran it; its article about others may not.
    assert_eq!(
        published_by("press_release", unsaid).as_deref(),
        Some("Harbour Watch Daily joint action days against fake spare parts, May 2025")
    );
    assert_eq!(
        published_by("news_article", unsaid).as_deref(),
        Some("Joint action days against fake spare parts, May 2025")
    );
    // The article names who coordinated: the action is theirs.
    let said = "Customs officers of six states held joint action days against fake spare parts from 3 to 9 May \
                2025, coordinated by the Northern Customs Office.\n";
    assert_eq!(
        published_by("news_article", said).as_deref(),
        Some("Northern Customs Office joint action days against fake spare parts, May 2025")
    );
}

#[test]
fn arrests_added_to_others_are_a_case_figure_never_the_operation_total() {
    let text = "Operation Saltwind ran from 3 to 9 May 2025 in Portugal, Spain and Morocco.\n\n\
                Officers checked 900 vehicles. Another 12 suspects were arrested on national warrants.\n\n\
                For example, police in Portugal arrested two fugitives wanted by Spain for smuggling migrants.\n";
    let dataset = extracted(vec![written("saltwind.txt", text)]);
    let op = reported(&dataset)[0];
    let arrests: Vec<u64> = op.figures.iter().filter(|f| f.metric == Metric::Arrests).map(|f| f.value).collect();
    // The release states no total: the 12 added to others it does not count are none.
    assert!(arrests.is_empty(), "{arrests:?}");
    let case = op.highlights.iter().find(|h| h.acting == ["PT"]).expect("Portugal's case");
    let case_arrests: Vec<u64> = case.figures.iter().map(|f| f.value).collect();
    assert_eq!(case_arrests, [2], "the case keeps its arrests of the wanted");
}
