//! Filters over the seed dataset: hand-checked results, and properties that hold for any
//! combination, of operations and of country cases alike (the rows kept are those a plain
//! reference of what the filters mean keeps; a count equals the rows it leads to). The cases' hand-checked results are in `cases.rs`.

use std::path::Path;
use std::sync::LazyLock;

use explorer_extract::extract_folder;
use explorer_model::text::{fold, slug};
use explorer_model::{Highlight, Operation, json_name};
use explorer_query::IndexedDataset;
use explorer_query::cases::case_rows;
use explorer_query::countries::operations_of_country;
use explorer_query::facets::Facet;
use explorer_query::filter::{
    FacetValue, Filters, case_facet_values, country_facet_values, facet_values, matching, matching_cases,
    matching_countries, operation_facets,
};
use proptest::prelude::*;

static SEEDS: LazyLock<IndexedDataset> = LazyLock::new(|| {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    IndexedDataset::new(extract_folder(&seeds).unwrap_or_else(|p| panic!("{p}")))
});

fn ids(filters: &Filters) -> Vec<&'static str> {
    matching(&SEEDS, filters).into_iter().map(|op| op.id.as_str()).collect()
}

fn query(text: &str) -> Filters {
    let parsed = Filters::parse(text);
    assert!(parsed.unread.is_empty(), "{:?}", parsed.unread);
    parsed.filters
}

#[test]
fn search_ignores_case_and_accents() {
    // Côte d'Ivoire takes part in Weka II ("Cote d'Ivoire") and Liberterra II ("Côte D'ivoire").
    assert_eq!(ids(&query("q=cote")), ["weka-ii-2022", "liberterra-ii-2024"]);
    // "organ trafficking" is the Syrian case of Liberterra II.
    assert_eq!(ids(&query("q=ORGAN+TRAFFICKING")), ["liberterra-ii-2024"]);
}

#[test]
fn a_search_never_runs_from_one_text_into_the_next() {
    // Turquesa II's searchable texts begin with its name and then its series ("Turquesa II",
    // "Turquesa"); a search for the end of one and the start of the next finds nothing.
    assert!(ids(&query("q=turquesa+ii")).contains(&"turquesa-ii-2020"));
    assert!(ids(&query("q=ii%00turquesa")).is_empty());
    assert!(ids(&query("q=iiturquesa")).is_empty());
}

#[test]
fn facets_combine_alternatives_within_and_constraints_across() {
    // Operations with a participant or acting country in Africa: all four with lists.
    assert_eq!(
        ids(&query("region=africa")),
        ["turquesa-ii-2020", "liberterra-2021", "weka-ii-2022", "liberterra-ii-2024"]
    );
    // Forced begging appears only in Iraq's case in Liberterra II; organ trafficking likewise.
    assert_eq!(ids(&query("theme=forced_begging&theme=organ_trafficking")), ["liberterra-ii-2024"]);
    assert_eq!(ids(&query("region=africa&series=turquesa")), ["turquesa-ii-2020"]);
    // A year range keeps operations with a known year inside it.
    assert_eq!(ids(&query("from=2021&to=2022")), ["liberterra-2021", "weka-i-2021", "weka-ii-2022"]);
}

#[test]
fn counts_are_live() {
    let filters = query("series=weka");
    let series = facet_values(&SEEDS, &filters, Facet::Series);
    let count = |value: &str| series.iter().find(|v| v.value == value).map(|v| v.count);
    // The series facet ignores its own choice: Turquesa 2, Liberterra 2, Weka 2.
    assert_eq!((count("turquesa"), count("liberterra"), count("weka")), (Some(2), Some(2), Some(2)));
    let themes = facet_values(&SEEDS, &filters, Facet::Theme);
    let forced_labour = themes.iter().find(|v| v.value == "forced_labour").unwrap();
    // Among Weka I and II, only Weka II has forced-labour cases (Lesotho, Togo).
    assert_eq!(forced_labour.count, 1);
}

#[test]
fn an_empty_result_names_the_filter_that_emptied_it() {
    let filters = query("q=atlantis&region=africa");
    assert!(ids(&filters).is_empty());
    assert_eq!(filters.emptying(&SEEDS), ["“atlantis”"]);
    let countries = query("q=spain&region=oceania");
    assert!(matching_countries(&SEEDS, &countries).is_empty());
    // Each alone keeps some country: it is the combination that empties the view.
    assert!(countries.emptying_countries(&SEEDS).is_empty());
    assert_eq!(query("q=narnia").emptying_countries(&SEEDS), ["“narnia”"]);
}

#[test]
fn a_year_range_that_keeps_nothing_is_named() {
    // The seeds' operations run from 2020 to 2024.
    assert_eq!(query("from=2030").emptying(&SEEDS), ["the year range"]);
    assert_eq!(query("to=1999").emptying(&SEEDS), ["the year range"]);
    // A range that keeps some operations is not what emptied the view.
    assert_eq!(query("q=atlantis&from=2021&to=2022").emptying(&SEEDS), ["“atlantis”"]);
}

#[test]
fn one_operation_or_case_is_kept_or_not() {
    let operation = |id: &str| SEEDS.operations.iter().find(|op| op.id == id).unwrap();
    let (turquesa, weka) = (operation("turquesa-ii-2020"), operation("weka-ii-2022"));
    let african_turquesa = query("region=africa&series=turquesa");
    assert!(african_turquesa.keeps(&SEEDS, turquesa));
    assert!(!african_turquesa.keeps(&SEEDS, weka));
    // Côte d'Ivoire acted in Weka II's second case only.
    let cote = query("q=cote");
    assert!(cote.keeps_case(&SEEDS, weka, &weka.highlights[1]));
    assert!(!cote.keeps_case(&SEEDS, weka, &weka.highlights[0]));
}

#[test]
fn countries_filter_by_name_place_and_the_operations_they_joined() {
    let codes = |query: &str| -> Vec<String> {
        matching_countries(&SEEDS, &Filters::parse(query).filters).iter().map(|c| c.code.clone()).collect()
    };
    // The issue's own example: "cote" in Africa.
    assert_eq!(codes("q=cote&region=africa"), ["CI"]);
    // Countries in Western Europe that took part in or acted in a Turquesa operation: Turquesa II
    // lists no Western European country; none acted there either.
    assert!(codes("series=turquesa&subregion=western-europe").is_empty());
    // Oceania: Australia and New Zealand, both in Liberterra II's list.
    assert_eq!(codes("region=oceania"), ["AU", "NZ"]);
    // Countries chosen by code are those countries, whatever the case of the code.
    assert_eq!(codes("country=es&country=NZ"), ["ES", "NZ"]);
    assert!(codes("country=NZ&region=africa").is_empty());
    let regions = country_facet_values(&SEEDS, &Filters::parse("q=guinea").filters, Facet::Region);
    // Guinea, Guinea-Bissau (Africa); Papua New Guinea does not appear in the corpus.
    assert_eq!(regions.iter().find(|v| v.value == "africa").map(|v| v.count), Some(2));
    // A region's count sets the region chosen aside: choosing Africa leaves Oceania's two
    // countries to add, and every other region's count as it was.
    let africa = country_facet_values(&SEEDS, &query("region=africa"), Facet::Region);
    assert_eq!(africa.iter().find(|v| v.value == "oceania").map(|v| v.count), Some(2));
    assert_eq!(africa, country_facet_values(&SEEDS, &Filters::default(), Facet::Region));
}

#[test]
fn countries_answer_to_the_names_readers_use() {
    let codes = |text: &str| -> Vec<String> {
        let filters = Filters { text: text.to_string(), ..Filters::default() };
        matching_countries(&SEEDS, &filters).iter().map(|c| c.code.clone()).collect()
    };
    // The United Kingdom takes part in Liberterra II; its names and code. "uk" also begins
    // Ukraine's name, which a reader typing "Ukraine" is on the way to.
    assert_eq!(codes("UK"), ["GB", "UA"]);
    assert_eq!(codes("Britain"), ["GB"]);
    assert_eq!(codes("gbr"), ["GB"]);
    assert_eq!(codes("USA"), ["US"]);
    // Liberterra lists "Turkey", Liberterra II "Türkiye": one country, found by either name.
    assert_eq!(codes("Turkey"), ["TR"]);
    assert_eq!(codes("türkiye"), ["TR"]);
    assert_eq!(codes("Ivory Coast"), ["CI"]);
    assert_eq!(codes("espana"), ["ES"]);
    // Two letters find a country by its code or a name that is just those letters, not every
    // name holding them.
    assert_eq!(codes("us"), ["US"]);
}

#[test]
fn operations_are_found_by_partner_and_by_a_participants_other_names() {
    // Europol is named as a partner in these four releases.
    assert_eq!(ids(&query("q=europol")), ["turquesa-ii-2020", "liberterra-2021", "weka-ii-2022", "liberterra-ii-2024"]);
    // Turkey took part in Liberterra and, as Türkiye, in Liberterra II.
    assert_eq!(ids(&query("q=turkey")), ["liberterra-2021", "liberterra-ii-2024"]);
}

#[test]
fn an_operations_countries_are_counted_and_narrowed_by_region() {
    let codes = |query: &str| -> Vec<String> {
        matching_countries(&SEEDS, &Filters::parse(query).filters).iter().map(|c| c.code.clone()).collect()
    };
    // Weka II lists 44 participants; of them Greece and Spain are in Europe.
    assert_eq!(codes("operation=weka-ii-2022").len(), 44);
    assert_eq!(codes("operation=weka-ii-2022&region=europe"), ["ES", "GR"]);
    // The facet counts countries: 44 for Weka II, 2 of them once Europe is chosen.
    let count = |query: &str, facet: Facet, value: &str| {
        let values = country_facet_values(&SEEDS, &Filters::parse(query).filters, facet);
        values.iter().find(|v| v.value == value).map(|v| (v.label.clone(), v.count))
    };
    assert_eq!(count("", Facet::Operation, "weka-ii-2022"), Some(("Operation Weka II".to_string(), 44)));
    assert_eq!(count("region=europe", Facet::Operation, "weka-ii-2022").map(|(_, n)| n), Some(2));
    // The Weka series: Weka II's 44 (Weka I, only named in passing, lists none).
    assert_eq!(count("", Facet::Series, "weka").map(|(_, n)| n), Some(44));
}

/// Random filters drawn from the dataset's own values, of operations and of cases, plus some
/// that match nothing.
fn any_filters() -> impl Strategy<Value = Filters> {
    let mut pairs: Vec<(Facet, String)> = Vec::new();
    for facet in Facet::ALL {
        let values = facet_values(&SEEDS, &Filters::default(), facet).into_iter().chain(case_facet_values(
            &SEEDS,
            &Filters::default(),
            facet,
        ));
        for value in values {
            if !pairs.contains(&(facet, value.value.clone())) {
                pairs.push((facet, value.value));
            }
        }
    }
    pairs.push((Facet::Region, "atlantis".to_string()));
    let words = prop::sample::select(vec!["", "", "cote", "Spain", "victims", "weka", "zzz", "TRAFFICKING"]);
    let years = prop::option::of(2018..2026i32);
    (prop::sample::subsequence(pairs.clone(), 0..4), words, years.clone(), years).prop_map(
        |(chosen, text, year_from, year_to)| Filters {
            text: text.to_string(),
            year_from,
            year_to,
            chosen,
            tab: None,
            sort: None,
        },
    )
}

/// The meaning of the filters, written plainly from the model, apart from the filter module
/// and its worked-out rows: a row is kept when it is in the year range, has one of the values
/// chosen in each facet, and one of its texts holds the search text (case and accents aside).
struct Reference<'a> {
    year: Option<i32>,
    /// Each facet's values, as (facet, value) pairs.
    values: Vec<(Facet, String)>,
    texts: Vec<&'a str>,
}

impl<'a> Reference<'a> {
    /// An operation: its country is a listed participant, its places (regions) those of its
    /// participants and of the countries acting in its cases; its texts its name, series,
    /// cases and their themes, quotations, organisations and its countries' names.
    fn of_operation(op: &'a Operation) -> Reference<'a> {
        let countries: Vec<&String> = op.countries.iter().chain(op.highlights.iter().flat_map(|h| &h.acting)).collect();
        let themes = op.highlights.iter().flat_map(|h| &h.themes);
        let mut texts: Vec<&str> = vec![&op.name, &op.series];
        texts.extend(op.highlights.iter().map(|h| h.source.quote.as_str()));
        texts.extend(themes.clone().map(|theme| theme.label()));
        texts.extend(op.quotes.iter().map(|q| q.text.as_str()));
        texts.extend(op.partners.iter().chain(&op.funders).chain(&op.projects).map(|o| o.name.as_str()));
        for code in &countries {
            let country = SEEDS.country(code).expect("every code is a country of the dataset");
            texts.push(&country.name);
            texts.extend(country.aliases.iter().map(String::as_str));
        }
        let mut reference = Reference { year: op.year, values: Vec::new(), texts };
        reference.add_operation_values(op);
        reference.add_places(countries);
        reference.values.retain(|(facet, code)| *facet != Facet::Country || op.countries.contains(code));
        reference.values.extend(themes.map(|theme| (Facet::Theme, json_name(*theme).to_string())));
        reference
    }

    /// A case: its operation's name, series, partners and crime areas, and its own countries
    /// (acting and involved), themes and text; its texts are the operation's name, the case,
    /// its themes and the names of its countries.
    fn of_case(op: &'a Operation, case: &'a Highlight) -> Reference<'a> {
        let countries: Vec<&String> = case.acting.iter().chain(&case.involved).collect();
        let mut texts: Vec<&str> = vec![&op.name, &case.source.quote];
        texts.extend(countries.iter().filter_map(|code| SEEDS.country(code)).map(|c| c.name.as_str()));
        texts.extend(case.themes.iter().map(|theme| theme.label()));
        let mut reference = Reference { year: op.year, values: Vec::new(), texts };
        reference.add_operation_values(op);
        reference.add_places(countries);
        reference.values.extend(case.themes.iter().map(|theme| (Facet::Theme, json_name(*theme).to_string())));
        reference
    }

    fn add_operation_values(&mut self, op: &Operation) {
        self.values.push((Facet::Operation, op.id.clone()));
        self.values.push((Facet::Series, slug(&op.series)));
        self.values.extend(op.partners.iter().map(|p| (Facet::Partner, slug(&p.name))));
        self.values.extend(op.crime_areas.iter().map(|a| (Facet::CrimeArea, json_name(a.area).to_string())));
    }

    fn add_places(&mut self, codes: Vec<&String>) {
        for code in codes {
            let country = SEEDS.country(code).expect("every code is a country of the dataset");
            self.values.push((Facet::Country, country.code.clone()));
            self.values.extend(country.region.as_deref().map(|region| (Facet::Region, slug(region))));
            self.values.extend(country.subregion.as_deref().map(|subregion| (Facet::Subregion, slug(subregion))));
        }
    }

    fn keeps(&self, filters: &Filters) -> bool {
        let in_years = match (filters.year_from, filters.year_to) {
            (None, None) => true,
            (from, to) => self.year.is_some_and(|year| from.is_none_or(|f| year >= f) && to.is_none_or(|t| year <= t)),
        };
        let in_facets = Facet::ALL.into_iter().all(|facet| {
            let chosen: Vec<&(Facet, String)> = filters.chosen.iter().filter(|(f, _)| *f == facet).collect();
            chosen.is_empty() || chosen.iter().any(|pair| self.values.contains(pair))
        });
        let needle = fold(filters.text.trim());
        in_years && in_facets && self.texts.iter().any(|text| fold(text).contains(&needle))
    }
}

/// Whether every value's count, as `values` gives them, is the number of rows `rows` keeps once
/// the value is chosen beside the other facets' choices.
fn counts_equal_rows(
    filters: &Filters,
    values: fn(&IndexedDataset, &Filters, Facet) -> Vec<FacetValue>,
    rows: impl Fn(&Filters) -> usize,
) -> Result<(), TestCaseError> {
    for facet in Facet::ALL {
        let others = Filters {
            chosen: filters.chosen.iter().filter(|(f, _)| *f != facet).cloned().collect(),
            ..filters.clone()
        };
        for value in values(&SEEDS, filters, facet) {
            prop_assert_eq!(value.count, rows(&others.with(facet, &value.value)), "{:?}={}", facet, value.value);
        }
    }
    Ok(())
}

proptest! {
    // 100 cases each: every case recomputes every facet over the whole corpus without the
    // memoised search texts the app will need (about 4 s in a debug build).
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    #[test]
    fn the_operations_kept_are_those_the_filters_mean(filters in any_filters()) {
        let kept: Vec<&str> = matching(&SEEDS, &filters).iter().map(|op| op.id.as_str()).collect();
        let meant: Vec<&str> = SEEDS
            .operations
            .iter()
            .filter(|op| Reference::of_operation(op).keeps(&filters))
            .map(|op| op.id.as_str())
            .collect();
        prop_assert_eq!(kept, meant);
    }

    #[test]
    fn the_cases_kept_are_those_the_filters_mean(filters in any_filters()) {
        let kept: Vec<String> = matching_cases(&SEEDS, &filters).iter().map(|row| row.key()).collect();
        let meant: Vec<String> = case_rows(&SEEDS)
            .filter(|row| Reference::of_case(row.operation, row.case).keeps(&filters))
            .map(|row| row.key())
            .collect();
        prop_assert_eq!(kept, meant);
    }

    #[test]
    fn each_count_equals_the_rows_its_value_leads_to(filters in any_filters()) {
        counts_equal_rows(&filters, facet_values, |chosen| matching(&SEEDS, chosen).len())?;
    }

    #[test]
    fn each_case_count_equals_the_cases_its_value_leads_to(filters in any_filters()) {
        counts_equal_rows(&filters, case_facet_values, |chosen| matching_cases(&SEEDS, chosen).len())?;
    }

    #[test]
    fn queries_round_trip(filters in any_filters()) {
        prop_assert_eq!(Filters::parse(&filters.to_query()).filters, filters);
    }
}

/// Turquesa II, Weka II and Liberterra II say they targeted human trafficking and migrant
/// smuggling; Liberterra (2021) tells of a group "dedicated to smuggling migrants" and suspects
/// "accused of running a human trafficking ring"; the statement says Turquesa (2019) acted "to
/// tackle organized crime groups involved in migrant smuggling".
#[test]
fn the_crime_area_facet_keeps_the_operations_that_targeted_it() {
    let smuggling = ["turquesa-2019", "turquesa-ii-2020", "liberterra-2021", "weka-ii-2022", "liberterra-ii-2024"];
    assert_eq!(ids(&query("crime_area=migrant_smuggling")), smuggling);
    let trafficking = ["turquesa-ii-2020", "liberterra-2021", "weka-ii-2022", "liberterra-ii-2024"];
    assert_eq!(ids(&query("crime_area=human_trafficking")), trafficking);
    assert!(ids(&query("crime_area=wildlife_crime")).is_empty());
    let values = facet_values(&SEEDS, &Filters::default(), Facet::CrimeArea);
    let shown: Vec<(&str, &str, usize)> =
        values.iter().map(|v| (v.value.as_str(), v.label.as_str(), v.count)).collect();
    assert_eq!(shown, [("migrant_smuggling", "migrant smuggling", 5), ("human_trafficking", "human trafficking", 4)]);
    // A case has its operation's areas: Weka II's cases are kept with it.
    let cases = matching_cases(&SEEDS, &query("crime_area=migrant_smuggling&operation=weka-ii-2022"));
    assert!(!cases.is_empty());
}

#[test]
fn a_country_keeps_the_operations_it_took_part_in() {
    // The United States is a listed participant of Turquesa II and Liberterra; Liberterra II
    // names it among its funders ("The United States Bureau of International Narcotics and Law
    // Enforcement Affairs"), so a search for its name finds three.
    assert_eq!(ids(&query("country=US")), ["turquesa-ii-2020", "liberterra-2021"]);
    assert_eq!(ids(&query("q=united+states")).len(), 3);
    // Every country's facet value leads to the operations its page lists, and the panel lists it.
    for country in &SEEDS.countries {
        let listed: Vec<&str> =
            operations_of_country(&SEEDS, &country.code).into_iter().map(|op| op.id.as_str()).collect();
        assert_eq!(ids(&query(&format!("country={}", country.code))), listed, "{}", country.code);
    }
    let panel = operation_facets(&SEEDS, &Filters::default());
    let brazil = panel
        .iter()
        .find(|(facet, _)| *facet == Facet::Country)
        .and_then(|(_, values)| values.iter().find(|value| value.value == "BR"));
    // Brazil took part in Turquesa II, Liberterra, Weka II and Liberterra II.
    assert_eq!(brazil.map(|value| (value.label.as_str(), value.count)), Some(("Brazil", 4)));
}
