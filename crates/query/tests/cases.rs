//! The cases view's questions over the seed releases: its rows, filters, counts, order and
//! export, each value checked by hand against the texts in `seeds/`.

use std::path::Path;
use std::sync::LazyLock;

use explorer_extract::extract_folder;
use explorer_query::IndexedDataset;
use explorer_query::cases::{CaseRow, CaseSort, case_rows, sort_cases};
use explorer_query::export::cases_table;
use explorer_query::facets::Facet;
use explorer_query::filter::{Filters, case_facet_values, case_facets, matching, matching_cases};

static SEEDS: LazyLock<IndexedDataset> = LazyLock::new(|| {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    IndexedDataset::new(extract_folder(&seeds).unwrap_or_else(|p| panic!("{p}")))
});

fn filters(query: &str) -> Filters {
    let parsed = Filters::parse(query);
    assert!(parsed.unread.is_empty(), "{:?}", parsed.unread);
    parsed.filters
}

/// The kept cases, each as its operation's id and its place among that operation's cases.
fn keys(query: &str) -> Vec<String> {
    matching_cases(&SEEDS, &filters(query)).iter().map(CaseRow::key).collect()
}

fn count(query: &str, facet: Facet, value: &str) -> Option<usize> {
    case_facet_values(&SEEDS, &filters(query), facet).into_iter().find(|v| v.value == value).map(|v| v.count)
}

#[test]
fn every_country_case_is_one_row() {
    // Turquesa II tells 3 cases (Panama, Mexico, Brazil), Liberterra 17, Weka II 12 and
    // Liberterra II 17; Turquesa (the 2020 statement's) and Weka I (named in passing) none.
    let per_operation = |id: &str| case_rows(&SEEDS).filter(|row| row.operation.id == id).count();
    assert_eq!(case_rows(&SEEDS).count(), 49);
    assert_eq!(
        ["turquesa-ii-2020", "liberterra-2021", "weka-ii-2022", "liberterra-ii-2024"].map(per_operation),
        [3, 17, 12, 17]
    );
    assert_eq!(keys(""), case_rows(&SEEDS).map(|row| row.key()).collect::<Vec<_>>());
}

#[test]
fn a_theme_keeps_its_cases_from_every_operation() {
    // Forced labour: in Weka II, Lesotho's "labour-related offences" and Togo's victims "forced to
    // work off hefty travel costs"; in Liberterra II, Argentina's victims "forced to work on fruit
    // and vegetable farms" and Costa Rica's sect leader "arrested on suspicion of forced labour".
    let kept = matching_cases(&SEEDS, &filters("theme=forced_labour"));
    let acting: Vec<(&str, &str)> =
        kept.iter().map(|row| (row.operation.id.as_str(), row.case.acting[0].as_str())).collect();
    assert_eq!(
        acting,
        [("weka-ii-2022", "LS"), ("weka-ii-2022", "TG"), ("liberterra-ii-2024", "AR"), ("liberterra-ii-2024", "CR")]
    );
    // The counts say how many cases each value would keep: the theme's own count ignores its
    // choice; the operations' counts are of forced-labour cases.
    assert_eq!(count("theme=forced_labour", Facet::Theme, "forced_labour"), Some(4));
    assert_eq!(count("theme=forced_labour", Facet::Operation, "weka-ii-2022"), Some(2));
    assert_eq!(count("theme=forced_labour", Facet::Operation, "liberterra-ii-2024"), Some(2));
    assert_eq!(count("theme=forced_labour", Facet::Operation, "liberterra-2021"), Some(0));
    // Organ trafficking is Syria's doctors alone; domestic servitude the UAE's campaign in
    // recruitment centres for domestic workers (Liberterra) and Ethiopia's seven victims
    // (Liberterra II).
    assert_eq!(keys("theme=organ_trafficking"), ["liberterra-ii-2024/9"]);
    assert_eq!(keys("theme=domestic_servitude"), ["liberterra-2021/14", "liberterra-ii-2024/11"]);
}

#[test]
fn the_cases_view_lists_its_facets_theme_first() {
    let facets = case_facets(&SEEDS, &filters("theme=forced_labour"));
    assert_eq!(facets.iter().map(|(facet, _)| *facet).collect::<Vec<_>>(), Facet::OF_CASES);
    let (_, themes) = &facets[0];
    let forced_labour = themes.iter().find(|v| v.value == "forced_labour").map(|v| (v.label.as_str(), v.count));
    assert_eq!(forced_labour, Some(("forced labour", 4)));
}

#[test]
fn a_country_keeps_the_cases_it_acted_or_was_involved_in() {
    // Spain acted once (the group "based in Spain", Liberterra) and is involved three times:
    // Colombia's two Red Notice subjects "wanted internationally by Spain", and in Weka II the
    // women trafficked "to Spain" from Morocco and from Côte d'Ivoire.
    let spain = ["liberterra-2021/2", "liberterra-2021/7", "weka-ii-2022/0", "weka-ii-2022/1"];
    assert_eq!(keys("country=ES"), spain);
    assert_eq!(keys("country=es"), spain);
    assert_eq!(count("", Facet::Country, "ES"), Some(4));
    // With Weka II alone: the two cases there.
    assert_eq!(count("operation=weka-ii-2022", Facet::Country, "ES"), Some(2));
}

#[test]
fn a_place_chooses_the_cases_countries_not_the_operations_participants() {
    // Australia and New Zealand took part in Liberterra II, but no case names a country in
    // Oceania: the operations view keeps Liberterra II, the cases view nothing, and says why.
    let oceania = filters("region=oceania");
    assert_eq!(matching(&SEEDS, &oceania).len(), 1);
    assert!(matching_cases(&SEEDS, &oceania).is_empty());
    assert_eq!(oceania.emptying_cases(&SEEDS), ["region"]);
    // Western Asia: Kuwait, where Togo's victims were flown (Weka II), is only involved.
    assert!(keys("subregion=western-asia").contains(&"weka-ii-2022/7".to_string()));
}

#[test]
fn search_reads_the_sentence_the_countries_and_the_operation_name() {
    // "cote" is Côte d'Ivoire, acting in one case; "TURKIYE" the Türkiye of one sentence.
    assert_eq!(keys("q=cote"), ["weka-ii-2022/1"]);
    assert_eq!(keys("q=TURKIYE"), ["liberterra-ii-2024/15"]);
    // Togo's victims were flown to "Kuweit", as the release spells it: the case is found by
    // the name of the country involved.
    assert_eq!(keys("q=kuwait"), ["weka-ii-2022/7"]);
    // The operation's name finds all of its cases.
    assert_eq!(keys("q=weka").len(), 12);
    assert_eq!(keys("from=2022&to=2022"), keys("operation=weka-ii-2022"));
    assert_eq!(filters("q=atlantis&theme=forced_labour").emptying_cases(&SEEDS), ["“atlantis”"]);
}

#[test]
fn cases_sort_by_country_or_by_time_either_way() {
    let mut rows = case_rows(&SEEDS).collect::<Vec<_>>();
    let first = |rows: &[CaseRow]| rows.iter().take(3).map(CaseRow::key).collect::<Vec<_>>();
    sort_cases(&SEEDS, &mut rows, CaseSort::Country, false);
    // Algeria twice (Liberterra's maritime group, then Liberterra II's money laundering), then
    // Argentina.
    assert_eq!(first(&rows), ["liberterra-2021/1", "liberterra-ii-2024/6", "liberterra-ii-2024/5"]);
    sort_cases(&SEEDS, &mut rows, CaseSort::Country, true);
    // Venezuela, then the United Kingdom in time order.
    assert_eq!(first(&rows), ["liberterra-2021/13", "liberterra-2021/15", "liberterra-ii-2024/14"]);
    sort_cases(&SEEDS, &mut rows, CaseSort::Operation, true);
    // Liberterra II's cases first, in their order.
    assert_eq!(first(&rows), ["liberterra-ii-2024/0", "liberterra-ii-2024/1", "liberterra-ii-2024/2"]);
}

#[test]
fn the_export_holds_each_kept_case_with_its_sentence_and_release() {
    let rows = matching_cases(&SEEDS, &filters("theme=forced_labour"));
    let table = cases_table(&SEEDS, &rows);
    let csv = table.to_csv();
    assert_eq!(
        csv.lines().next(),
        Some(
            "\u{feff}operation_id,operation_name,year,acting,acting_names,involved,involved_names,themes,figures,quote,\
             document,origin"
        )
    );
    assert_eq!(table.rows.len(), 4);
    assert_eq!(
        table.rows[0],
        [
            "weka-ii-2022",
            "Weka II",
            "2022",
            "LS",
            "Lesotho",
            "CN; PK",
            "China; Pakistan",
            "forced_labour; document_fraud",
            "",
            "Lesotho police raided supermarkets, where they arrested Chinese and Pakistani nationals for \
             labour-related offences and possession of fraudulent ID documents.",
            "weka-ii-2022.txt",
            "read"
        ]
    );
    // Argentina's figures as a reader says them: 59 victims and USD 200,000 in cash.
    assert_eq!(table.rows[2][8], "victims rescued: 59; amount: USD 200,000");
    assert_eq!(csv.lines().count(), 5);
    assert!(csv.contains(",\"Lesotho police raided supermarkets, where"), "{csv}");
}

#[test]
fn a_search_reads_each_cases_themes_in_either_spelling() {
    // Each theme's cases are found by its name, whether or not their sentence uses it: the
    // search finds at least the theme's cases. Togo's victims "forced to work off hefty travel
    // costs" (Weka II) never say "labour", yet are a forced-labour case.
    let theme = |value: &str| keys(&format!("theme={value}"));
    let search = |text: &str| keys(&format!("q={text}"));
    let forced_labour = search("forced+labour");
    assert!(theme("forced_labour").iter().all(|key| forced_labour.contains(key)), "{forced_labour:?}");
    assert_eq!(forced_labour, ["weka-ii-2022/4", "weka-ii-2022/7", "liberterra-ii-2024/5", "liberterra-ii-2024/8"]);
    // The American spelling finds what the British one does.
    assert_eq!(search("forced+labor"), forced_labour);
    assert_eq!(search("domestic+servitude"), theme("domestic_servitude"));
    // Scam centres: the Philippine warehouse "running romance scams" and Mali's Togolese victims,
    // whose sentence never says "scam" (Liberterra II, its first two cases).
    assert_eq!(search("scam"), ["liberterra-ii-2024/0", "liberterra-ii-2024/1"]);
    assert_eq!(search("scam"), theme("forced_criminality"));
}

/// The operations table notes beside Weka II's 300 arrests that "some 100 additional arrests
/// for other crimes" are left out; its download says so in the same words.
#[test]
fn the_operations_download_keeps_the_tables_note_beside_a_figure() {
    let weka = SEEDS.operations.iter().find(|op| op.id == "weka-ii-2022").unwrap();
    let table = explorer_query::export::operations_table(&[weka]);
    let cell = |header: &str| table.rows[0][table.headers.iter().position(|h| h == header).unwrap()].clone();
    assert_eq!(cell("arrests"), "300");
    assert_eq!(cell("arrests_note"), "some 100 arrests for other crimes not included");
    assert_eq!(cell("victims_rescued_note"), "");
}
