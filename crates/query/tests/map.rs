//! What the map shades, over the seed dataset: counts checked by hand against the releases.

use std::path::Path;
use std::sync::LazyLock;

use explorer_extract::extract_folder;
use explorer_query::IndexedDataset;
use explorer_query::facets::Facet;
use explorer_query::filter::{Filters, matching};
use explorer_query::map::{class_of, classes, map_counts, map_facets, operations_per_country};

static SEEDS: LazyLock<IndexedDataset> = LazyLock::new(|| {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    IndexedDataset::new(extract_folder(&seeds).unwrap_or_else(|p| panic!("{p}")))
});

#[test]
fn counts_the_operations_each_country_took_part_in_under_the_filters() {
    let per_country = |query: &str| operations_per_country(&SEEDS, &matching(&SEEDS, &Filters::parse(query).filters));
    let all = per_country("");
    // Spain is listed in Turquesa II, Liberterra, Weka II and Liberterra II.
    assert_eq!(all["ES"], 4);
    // Afghanistan is only named in a case, never listed as a participant.
    assert_eq!(all["AF"], 0);
    assert_eq!(all.len(), SEEDS.countries.len());
    let weka = per_country("series=weka");
    assert_eq!(weka["ES"], 1);
    // Weka II lists 44 countries; Weka I, named in passing, lists none.
    assert_eq!(weka.values().filter(|n| **n > 0).count(), 44);
}

#[test]
fn a_class_per_count_while_few_then_five_even_ranges() {
    assert_eq!(classes(0), []);
    assert_eq!(classes(4), [(1, 1), (2, 2), (3, 3), (4, 4)]);
    assert_eq!(classes(5), [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]);
    assert_eq!(classes(12), [(1, 2), (3, 4), (5, 7), (8, 9), (10, 12)]);
    assert_eq!(classes(500), [(1, 100), (101, 200), (201, 300), (301, 400), (401, 500)]);
    let twelve = classes(12);
    assert_eq!(class_of(0, &twelve), None);
    assert_eq!(class_of(5, &twelve), Some(2));
    assert_eq!(class_of(12, &twelve), Some(4));
    assert_eq!(class_of(13, &twelve), None);
}

/// With a region chosen, the map shows that region's countries, counting every operation they
/// joined; countries elsewhere are not shaded however many of those operations they joined.
#[test]
fn a_region_selects_the_countries_shown_not_the_operations_counted() {
    let africa = Filters::parse("region=africa").filters;
    let (kept, counts) = map_counts(&SEEDS, &africa);
    assert_eq!(kept.len(), SEEDS.operations.len());
    // Brazil and Viet Nam joined Turquesa II with African countries; they are not shown.
    assert!(!counts.contains_key("BR") && !counts.contains_key("VN"));
    // Côte d'Ivoire is listed in Weka II and Liberterra II; Senegal also in Turquesa II.
    assert_eq!((counts["CI"], counts["SN"]), (2, 3));
    assert!(counts.keys().all(|code| SEEDS.country(code).unwrap().region.as_deref() == Some("Africa")));
    // The region's count is of countries (those of Africa the dataset names), not operations.
    let facets = map_facets(&SEEDS, &Filters::default());
    let regions = &facets.iter().find(|(facet, _)| *facet == Facet::Region).unwrap().1;
    let african = SEEDS.countries.iter().filter(|c| c.region.as_deref() == Some("Africa")).count();
    assert_eq!(regions.iter().find(|v| v.value == "africa").map(|v| v.count), Some(african));
}

/// A country chosen keeps the operations it took part in, as on the operations view: the map
/// counts those and shades every country that took part in them with it.
#[test]
fn a_country_keeps_the_operations_it_took_part_in() {
    // The United States is listed in Turquesa II and Liberterra.
    let (kept, counts) = map_counts(&SEEDS, &Filters::parse("country=US").filters);
    let ids: Vec<&str> = kept.iter().map(|op| op.id.as_str()).collect();
    assert_eq!(ids, ["turquesa-ii-2020", "liberterra-2021"]);
    assert_eq!(counts["US"], 2);
    // Spain is listed in both too. Turquesa II's 32 and Liberterra's 47 participants, 22 of
    // them in both, are shaded: 57 countries.
    assert_eq!(counts["ES"], 2);
    assert_eq!(counts.values().filter(|n| **n > 0).count(), 57);
    assert_eq!(counts.values().filter(|n| **n == 2).count(), 22);
    // The facet counts the operations each country would keep.
    let facets = map_facets(&SEEDS, &Filters::default());
    let countries = &facets.iter().find(|(facet, _)| *facet == Facet::Country).unwrap().1;
    assert_eq!(countries.iter().find(|v| v.value == "US").map(|v| v.count), Some(2));
}
