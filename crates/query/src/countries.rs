//! Country-centred questions: the countries table and one country's profile.

use explorer_model::text::counted;
use explorer_model::{Coordination, Country, Dataset, Highlight, Operation};

use crate::sorting::{SortColumn, known_first, sort_by};

/// One row of the countries table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryRow<'a> {
    pub country: &'a Country,
    pub counts: CountryCounts,
}

/// A country's counts in the countries table. They do not depend on the filters, so they are
/// worked out once per dataset (`IndexedDataset::country_rows`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryCounts {
    /// Reported operations it took part in (listed as a participant).
    pub operations: usize,
    /// Country cases in which its authorities acted.
    pub cases: usize,
    /// Cases elsewhere that name it (its nationals, or as origin or destination): why a
    /// country that took part in nothing and acted in no case is listed at all.
    pub involved: usize,
    pub first_year: Option<i32>,
    pub last_year: Option<i32>,
}

impl CountryCounts {
    pub fn of(dataset: &Dataset, code: &str) -> CountryCounts {
        let operations = operations_of_country(dataset, code);
        let years = operations.iter().filter_map(|op| op.year);
        CountryCounts {
            operations: operations.len(),
            cases: cases_acted(dataset, code).len(),
            involved: cases_involving(dataset, code).len(),
            first_year: years.clone().min(),
            last_year: years.max(),
        }
    }
}

/// Columns the countries table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Region,
    Operations,
    Cases,
    Involved,
    FirstYear,
    LastYear,
}

impl SortColumn for SortKey {
    const ALL: &'static [SortKey] = &[
        SortKey::Name,
        SortKey::Region,
        SortKey::Operations,
        SortKey::Cases,
        SortKey::Involved,
        SortKey::FirstYear,
        SortKey::LastYear,
    ];

    /// Its name in the URL's query (`sort=cases`).
    fn key(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Region => "region",
            SortKey::Operations => "operations",
            SortKey::Cases => "cases",
            SortKey::Involved => "involved",
            SortKey::FirstYear => "first",
            SortKey::LastYear => "last",
        }
    }
}

/// Sorts rows by a column; ties fall back to the name, so the order is always the same.
/// Rows without a value (no year, no region) go last in either direction.
pub fn sort_rows(rows: &mut [CountryRow<'_>], key: SortKey, descending: bool) {
    sort_by(rows, |a, b| {
        let by_key = match key {
            SortKey::Name => known_first(Some(&a.country.name), Some(&b.country.name), descending),
            SortKey::Region => known_first(a.country.region.as_ref(), b.country.region.as_ref(), descending),
            SortKey::Operations => known_first(Some(a.counts.operations), Some(b.counts.operations), descending),
            SortKey::Cases => known_first(Some(a.counts.cases), Some(b.counts.cases), descending),
            SortKey::Involved => known_first(Some(a.counts.involved), Some(b.counts.involved), descending),
            SortKey::FirstYear => known_first(a.counts.first_year, b.counts.first_year, descending),
            SortKey::LastYear => known_first(a.counts.last_year, b.counts.last_year, descending),
        };
        by_key.then_with(|| a.country.name.cmp(&b.country.name))
    });
}

/// The reported operations a country took part in, in the dataset's (chronological) order.
pub fn operations_of_country<'a>(dataset: &'a Dataset, code: &str) -> Vec<&'a Operation> {
    dataset.operations.iter().filter(|op| op.countries.iter().any(|c| c == code)).collect()
}

/// What a country's page says of its part in the operations: how many list it among their
/// participants, out of the reported operations whose releases list participants at all, so
/// that one without a list is not counted as one it stayed out of.
pub fn participation_summary(dataset: &Dataset, code: &str) -> String {
    let reported = dataset.operations.iter().filter(|op| !op.mentioned_only);
    let (listing, unlisted): (Vec<&Operation>, Vec<&Operation>) = reported.partition(|op| !op.countries.is_empty());
    let took_part = operations_of_country(dataset, code).len();
    let mut line = format!(
        "Listed as taking part in {took_part} of the {} whose releases list their participants",
        counted(listing.len(), "reported operation", "reported operations")
    );
    if !unlisted.is_empty() {
        let more = counted(unlisted.len(), "more reported operation lists", "more reported operations list");
        line.push_str(&format!("; {more} none"));
    }
    line.push('.');
    line
}

/// Cases in which the country's authorities acted.
pub fn cases_acted<'a>(dataset: &'a Dataset, code: &str) -> Vec<(&'a Operation, &'a Highlight)> {
    cases_where(dataset, |h| h.acting.iter().any(|c| c == code))
}

/// Cases elsewhere that involved the country (its nationals, or as origin or destination).
pub fn cases_involving<'a>(dataset: &'a Dataset, code: &str) -> Vec<(&'a Operation, &'a Highlight)> {
    cases_where(dataset, |h| h.involved.iter().any(|c| c == code))
}

fn cases_where(dataset: &Dataset, keep: impl Fn(&Highlight) -> bool) -> Vec<(&Operation, &Highlight)> {
    dataset.operations.iter().flat_map(|op| op.highlights.iter().filter(|h| keep(h)).map(move |h| (op, h))).collect()
}

/// Coordination units and headquarters the country hosted.
pub fn coordination_hosted<'a>(dataset: &'a Dataset, code: &str) -> Vec<(&'a Operation, &'a Coordination)> {
    dataset
        .operations
        .iter()
        .flat_map(|op| op.coordination.iter().filter(|c| c.country.as_deref() == Some(code)).map(move |c| (op, c)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::{CoordinationKind, Source};

    fn country(code: &str, name: &str, region: Option<&str>) -> Country {
        Country {
            code: code.to_string(),
            name: name.to_string(),
            region: region.map(str::to_string),
            subregion: None,
            aliases: Vec::new(),
        }
    }

    fn case(acting: &[&str], involved: &[&str]) -> Highlight {
        Highlight {
            acting: acting.iter().map(|c| c.to_string()).collect(),
            involved: involved.iter().map(|c| c.to_string()).collect(),
            themes: Vec::new(),
            figures: Vec::new(),
            seizures: Vec::new(),
            source: Source::default(),
        }
    }

    fn dataset() -> Dataset {
        let a = Operation {
            id: "a".into(),
            year: Some(2020),
            countries: vec!["ES".into(), "PT".into()],
            highlights: vec![case(&["ES"], &["MA"])],
            coordination: vec![Coordination {
                kind: CoordinationKind::Unit,
                country: Some("PT".into()),
                source: Source::default(),
            }],
            ..Operation::default()
        };
        let b = Operation {
            id: "b".into(),
            year: Some(2022),
            countries: vec!["ES".into()],
            highlights: vec![case(&["MA"], &["ES"]), case(&["ES"], &[])],
            ..Operation::default()
        };
        Dataset {
            operations: vec![a, b],
            countries: vec![
                country("ES", "Spain", Some("Europe")),
                country("MA", "Morocco", Some("Africa")),
                country("PT", "Portugal", Some("Europe")),
            ],
            ..Dataset::default()
        }
    }

    #[test]
    fn the_participation_summary_counts_only_operations_that_list_participants() {
        let mut dataset = dataset();
        assert_eq!(
            participation_summary(&dataset, "PT"),
            "Listed as taking part in 1 of the 2 reported operations whose releases list their participants."
        );
        // A reported operation without a list, and one only named in passing (not counted).
        dataset.operations.push(Operation { id: "c".into(), ..Operation::default() });
        dataset.operations.push(Operation { id: "d".into(), mentioned_only: true, ..Operation::default() });
        assert_eq!(
            participation_summary(&dataset, "MA"),
            "Listed as taking part in 0 of the 2 reported operations whose releases list their participants; \
             1 more reported operation lists none."
        );
    }

    /// The countries table's rows, as the index gives them.
    fn country_rows(dataset: &Dataset) -> Vec<CountryRow<'_>> {
        dataset
            .countries
            .iter()
            .map(|country| CountryRow { country, counts: CountryCounts::of(dataset, &country.code) })
            .collect()
    }

    fn order(rows: &[CountryRow]) -> Vec<String> {
        rows.iter().map(|r| r.country.code.clone()).collect()
    }

    #[test]
    fn rows_count_operations_cases_and_years() {
        let dataset = dataset();
        let rows = country_rows(&dataset);
        let spain = &rows[0];
        assert_eq!(
            (spain.counts.operations, spain.counts.cases, spain.counts.first_year, spain.counts.last_year),
            (2, 2, Some(2020), Some(2022))
        );
        let morocco = &rows[1];
        assert_eq!((morocco.counts.operations, morocco.counts.cases, morocco.counts.first_year), (0, 1, None));
        // Each is named in one case the other acted in.
        assert_eq!((spain.counts.involved, morocco.counts.involved), (1, 1));
    }

    #[test]
    fn sorts_by_any_column_with_missing_years_last() {
        let dataset = dataset();
        let mut rows = country_rows(&dataset);
        sort_rows(&mut rows, SortKey::Operations, true);
        assert_eq!(order(&rows), ["ES", "PT", "MA"]);
        sort_rows(&mut rows, SortKey::Name, false);
        assert_eq!(order(&rows), ["MA", "PT", "ES"]);
        sort_rows(&mut rows, SortKey::FirstYear, false);
        assert_eq!(order(&rows), ["PT", "ES", "MA"]);
        sort_rows(&mut rows, SortKey::FirstYear, true);
        assert_eq!(order(&rows), ["PT", "ES", "MA"]);
        sort_rows(&mut rows, SortKey::Region, false);
        assert_eq!(order(&rows), ["MA", "PT", "ES"]);
    }

    #[test]
    fn a_profile_separates_cases_acted_from_cases_involving() {
        let dataset = dataset();
        assert_eq!(cases_acted(&dataset, "ES").len(), 2);
        let involving: Vec<&str> = cases_involving(&dataset, "ES").iter().map(|(op, _)| op.id.as_str()).collect();
        assert_eq!(involving, ["b"]);
        assert_eq!(coordination_hosted(&dataset, "PT").len(), 1);
        assert!(coordination_hosted(&dataset, "ES").is_empty());
    }
}
