//! The comparison chart's seizure measures over the development corpus, whose operations state
//! their own seizures (the seeds' releases state only countries' ones). Each value is checked by
//! hand against the release it comes from, named beside it in `crates/extract/tests/fixtures/corpus`.

use std::path::Path;

use explorer_extract::extract_folder;
use explorer_model::Dataset;
use explorer_query::compare::{Measure, compare};

fn extracted(folder: &str) -> Dataset {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    extract_folder(&folder).unwrap_or_else(|p| panic!("{p}"))
}

/// The seizure measures offered, by key.
fn seized_keys(dataset: &Dataset) -> Vec<String> {
    Measure::choices(dataset).iter().map(Measure::key).filter(|key| key.starts_with("seized:")).collect()
}

/// The operations that state a value of the measure named `key`, each with its value in words,
/// and how many state none.
fn stated(dataset: &Dataset, key: &str) -> (Vec<(String, String)>, usize) {
    let (measure, unread) = Measure::in_query(dataset, &format!("figure={key}"));
    assert_eq!((measure.key(), unread), (key.to_string(), None));
    let rows = compare(dataset, &measure);
    let not_stated =
        rows.iter().filter(|row| row.value.is_none()).inspect(|row| assert_eq!(row.text(), "not stated")).count();
    (rows.iter().filter(|row| row.value.is_some()).map(|row| (row.id.clone(), row.text())).collect(), not_stated)
}

fn pairs(rows: &[(&str, &str)]) -> Vec<(String, String)> {
    rows.iter().map(|(id, text)| (id.to_string(), text.to_string())).collect()
}

#[test]
fn the_seeds_offer_no_seizure_to_compare() {
    // Every seizure the seed releases state is one country's case, never an operation's own.
    let seeds = extracted("../../seeds");
    assert_eq!(seized_keys(&seeds), Vec::<String>::new());
    assert_eq!(Measure::choices(&seeds).len(), 4);
}

#[test]
fn the_corpus_compares_each_kind_of_seizure_in_each_unit_its_operations_state() {
    let corpus = extracted("../extract/tests/fixtures/corpus");
    // Kilograms and tonnes stay apart; `other` (explosives, waste, phones) is no choice.
    assert_eq!(
        seized_keys(&corpus),
        [
            "seized:drugs:kg",
            "seized:drugs:tonnes",
            "seized:drugs:count",
            "seized:firearms:count",
            "seized:ammunition:count",
            "seized:wildlife:kg",
            "seized:wildlife:tonnes",
            "seized:wildlife:count",
            "seized:timber:cubic_metres",
            "seized:timber:count",
            "seized:medicines:tonnes",
            "seized:medicines:litres",
            "seized:medicines:count",
            "seized:cultural_goods:count",
            "seized:cash:EUR",
            "seized:cash:GBP",
            "seized:cash:USD",
            "seized:assets:count",
            "seized:assets:EUR",
            "seized:assets:USD",
            "seized:documents:count",
            "seized:vehicles:count",
        ]
    );
    let reported = corpus.operations.iter().filter(|op| !op.mentioned_only).count();

    let (kilograms, not_stated) = stated(&corpus, "seized:drugs:kg");
    assert_eq!(
        kilograms,
        pairs(&[
            // 89: "• 864 kilograms of cocaine" (its 3.1 tonnes of cannabis are in tonnes).
            ("tidelock-ii-2023", "864 kilograms of cocaine"),
            // 80: "– 318 kilos of cocaine,".
            ("hellenic-police-coordinated-raid-june-2024", "318 kilos of cocaine"),
            // 77: "• 780 kg of cannabis resin;" (its 2.7 tonnes of cocaine are in tonnes).
            (
                "europol-joint-action-days-against-drug-and-firearms-trafficking-october-2024",
                "780 kg of cannabis resin"
            ),
            // 108: "- 6,240 kilos of hashish"; the Moroccan 8 tonnes were seized outside it.
            ("alcaravan-2025", "6,240 kilos of hashish"),
            // 84: "Cocaine seized: 9.8 kg", "Heroin seized: 4.1 kg".
            (
                "nclcc-week-of-action-against-county-lines-drug-dealing-march-2025",
                "13.9 in all: 9.8 kg of Cocaine, 4.1 kg of Heroin",
            ),
        ])
    );
    assert_eq!(not_stated, reported - 5);

    let (tonnes, _) = stated(&corpus, "seized:drugs:tonnes");
    let tonnes_of = |id: &str| tonnes.iter().find(|(op, _)| op == id).map(|(_, text)| text.as_str());
    // 110: "• 96.2 tonnes of cocaine and 37 tonnes of marijuana seized;".
    assert_eq!(tonnes_of("aguaviva-ii-2024"), Some("133.2 in all: 96.2 tonnes of cocaine, 37 tonnes of marijuana"));
    // 98: "seized 9.2 tonnes of crystal methamphetamine and 63 million methamphetamine tablets",
    // "Officers also seized 1.6 tonnes of ketamine" (the tablets are counted, not weighed).
    assert_eq!(
        tonnes_of("jade-current-2025"),
        Some("10.8 in all: 9.2 tonnes of crystal methamphetamine, 1.6 tonnes of ketamine")
    );
    assert_eq!(tonnes.len(), 5);

    let (firearms, _) = stated(&corpus, "seized:firearms:count");
    let firearms_of = |id: &str| firearms.iter().find(|(op, _)| op == id).map(|(_, text)| text.as_str());
    // 86: "1,932 firearms, among them 418 pistols and 77 assault rifles": the parts are in it.
    assert_eq!(firearms_of("obsidian-gate-2024"), Some("1,932 firearms"));
    // 77: "146 firearms, including 29 assault rifles and 40 pistols".
    assert_eq!(
        firearms_of("europol-joint-action-days-against-drug-and-firearms-trafficking-october-2024"),
        Some("146 firearms")
    );
    // 84: "Weapons seized: 297, including 26 firearms": the weapons are no kind to compare, so
    // the firearms among them count on their own.
    assert_eq!(firearms_of("nclcc-week-of-action-against-county-lines-drug-dealing-march-2025"), Some("26 firearms"));

    // 107: "6,350 live reptiles and fish, including 1,120 sea turtles;" and "19,000 pieces of
    // hard coral." (its 2.4 tonnes and 530 kg are weighed).
    let (wildlife, _) = stated(&corpus, "seized:wildlife:count");
    assert!(wildlife.contains(&(
        "koral-iv-2024".to_string(),
        "25,350 in all: 6,350 live reptiles and fish, 19,000 pieces of hard coral".to_string()
    )));

    // 78: "Within 24 hours, the border guards: ... - found 43 fraudulent documents;".
    let (documents, _) = stated(&corpus, "seized:documents:count");
    assert_eq!(
        documents,
        pairs(&[("frontex-joint-action-day-against-migrant-smuggling-february-2025", "43 fraudulent documents")])
    );

    // 01 (Amber Route) reports arrests and rescues and seizes nothing.
    let amber = compare(&corpus, &Measure::from_key(&corpus, "seized:drugs:kg").unwrap())
        .into_iter()
        .find(|row| row.label == "Operation Amber Route")
        .unwrap();
    assert_eq!((amber.value, amber.text()), (None, "not stated".to_string()));
}
