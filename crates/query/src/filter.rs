//! The reader's filters: how they are written in the URL's query (`#/operations?q=cote&
//! region=africa`), which operations or country cases they keep, and how many each facet
//! value would keep (the live counts beside each value).
//!
//! Within one facet the chosen values are alternatives (Africa or Americas); across facets
//! they all apply (Africa and forced labour).

use std::collections::{HashMap, HashSet};

use explorer_model::text::{fold, search_form, slug};
use explorer_model::{Country, Dataset, Highlight, Operation};

use crate::cases::CaseRow;
use crate::facets::{Facet, Filterable, keeps_text};
use crate::index::IndexedDataset;
use crate::sorting::sort_by;

/// Everything the reader chose. Values are the slugs `facet_values` gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free text over names, country cases and quotes, insensitive to case and accents.
    pub text: String,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    /// Chosen values per facet, in the order chosen.
    pub chosen: Vec<(Facet, String)>,
    /// Which tab of a view is open (`tab=matrix`); not a filter, but part of the address.
    pub tab: Option<String>,
    /// The column a table is sorted by (`sort=-cases`, see `sorting::parse_sort`); not a
    /// filter either.
    pub sort: Option<String>,
}

/// What a query string held: the filters, and what could not be read (shown, then dropped).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub filters: Filters,
    pub unread: Vec<String>,
}

impl Filters {
    /// Reads `q=cote&region=africa&from=2020`; an unknown key or a year that is not one is
    /// reported in `unread` rather than guessed at.
    pub fn parse(query: &str) -> Parsed {
        let mut parsed = Parsed::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, value) = (percent_decode(key), percent_decode(value));
            let year = || value.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
            match key.as_str() {
                "q" => parsed.filters.text = value,
                "tab" if !value.is_empty() => parsed.filters.tab = Some(value),
                "sort" if !value.is_empty() => parsed.filters.sort = Some(value),
                "from" => match year() {
                    Some(y) => parsed.filters.year_from = Some(y),
                    None => parsed.unread.push(format!("from={value}")),
                },
                "to" => match year() {
                    Some(y) => parsed.filters.year_to = Some(y),
                    None => parsed.unread.push(format!("to={value}")),
                },
                _ => match Facet::from_key(&key) {
                    // ISO codes are upper case; `country=es` is Spain too, as `#/countries/es` is.
                    Some(Facet::Country) if !value.is_empty() => {
                        parsed.filters = parsed.filters.with(Facet::Country, &value.to_ascii_uppercase())
                    }
                    Some(facet) if !value.is_empty() => parsed.filters = parsed.filters.with(facet, &value),
                    _ => parsed.unread.push(format!("{key}={value}")),
                },
            }
        }
        parsed
    }

    /// The query that `parse` reads back to these filters; empty when nothing is chosen.
    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push(format!("q={}", percent_encode(&self.text)));
        }
        pairs.extend(self.year_from.map(|y| format!("from={y}")));
        pairs.extend(self.year_to.map(|y| format!("to={y}")));
        pairs.extend(self.chosen.iter().map(|(facet, value)| format!("{}={}", facet.key(), percent_encode(value))));
        pairs.extend(self.tab.iter().map(|tab| format!("tab={}", percent_encode(tab))));
        pairs.extend(self.sort.iter().map(|sort| format!("sort={}", percent_encode(sort))));
        pairs.join("&")
    }

    /// A download's file name for a view's rows: the view's name, then what the filters
    /// choose ("countries-region-oceania"), so that a filtered download is not taken for the
    /// whole list. The open tab does not count; the name is cut to a length file systems take.
    pub fn file_name(&self, view: &str) -> String {
        const LONGEST: usize = 80;
        let chosen = Filters { tab: None, sort: None, ..self.clone() }.to_query();
        let mut name = slug(&format!("{view} {}", percent_decode(&chosen)));
        if name.len() > LONGEST {
            name.truncate(LONGEST);
            name.truncate(name.trim_end_matches('-').len());
        }
        name
    }

    /// The filters without their countries, regions and subregions: what selects operations
    /// where those select countries (the countries views, the map).
    pub fn without_places(&self) -> Filters {
        self.without_facets(&[Facet::Country, Facet::Region, Facet::Subregion])
    }

    /// The filters without any value of these facets.
    pub fn without_facets(&self, facets: &[Facet]) -> Filters {
        let chosen = self.chosen.iter().filter(|(f, _)| !facets.contains(f)).cloned();
        Filters { chosen: chosen.collect(), ..self.clone() }
    }

    /// No filter chosen (the open tab and the sort do not count).
    pub fn is_empty(&self) -> bool {
        Filters { tab: None, sort: None, ..self.clone() } == Filters::default()
    }

    /// How many filters are chosen: the search, each end of the year range and each facet
    /// value count one each (the open tab does not).
    pub fn chosen_count(&self) -> usize {
        usize::from(!self.text.is_empty())
            + usize::from(self.year_from.is_some())
            + usize::from(self.year_to.is_some())
            + self.chosen.len()
    }

    /// What the control that shows and hides the filter panel says: "Filters (2 chosen)", so
    /// that a reader who keeps the panel closed still sees that the rows are filtered.
    pub fn panel_label(&self) -> String {
        format!("Filters ({} chosen)", self.chosen_count())
    }

    pub fn has(&self, facet: Facet, value: &str) -> bool {
        self.chosen.iter().any(|(f, v)| *f == facet && v == value)
    }

    /// These filters with `value` added to `facet` (no change if already chosen).
    pub fn with(&self, facet: Facet, value: &str) -> Filters {
        let mut next = self.clone();
        if !self.has(facet, value) {
            next.chosen.push((facet, value.to_string()));
        }
        next
    }

    /// These filters without `value` in `facet`.
    pub fn without(&self, facet: Facet, value: &str) -> Filters {
        let mut next = self.clone();
        next.chosen.retain(|(f, v)| !(*f == facet && v == value));
        next
    }

    /// `value` chosen if it was not, removed if it was: what a click on a facet value does.
    pub fn toggled(&self, facet: Facet, value: &str) -> Filters {
        if self.has(facet, value) { self.without(facet, value) } else { self.with(facet, value) }
    }

    fn values(&self, facet: Facet) -> impl Iterator<Item = &str> {
        self.chosen.iter().filter(move |(f, _)| *f == facet).map(|(_, v)| v.as_str())
    }

    /// Whether `op` passes every filter.
    pub fn keeps(&self, dataset: &Dataset, op: &Operation) -> bool {
        self.keeps_filterable(&self.needle(), &Filterable::of(dataset, op))
    }

    /// Whether `case`, one of `op`'s, passes every filter.
    pub fn keeps_case(&self, dataset: &Dataset, op: &Operation, case: &Highlight) -> bool {
        self.keeps_filterable(&self.needle(), &Filterable::of_case(dataset, op, case))
    }

    /// The search text as the texts are folded: worked out once per pass over the operations.
    fn needle(&self) -> String {
        search_form(self.text.trim())
    }

    /// Whether an operation passes every filter; `needle` is `self.needle()`. The cheap tests
    /// come first, so the text is only searched in operations the facets keep.
    fn keeps_filterable(&self, needle: &str, op: &Filterable) -> bool {
        self.keeps_years(op)
            && Facet::ALL.into_iter().all(|facet| self.keeps_facet(op, facet))
            && keeps_text(needle, op)
    }

    fn keeps_years(&self, op: &Filterable) -> bool {
        match (self.year_from, self.year_to, op.year) {
            (None, None, _) => true,
            (_, _, None) => false,
            (from, to, Some(year)) => from.is_none_or(|f| year >= f) && to.is_none_or(|t| year <= t),
        }
    }

    fn keeps_facet(&self, op: &Filterable, facet: Facet) -> bool {
        let mut chosen = self.values(facet).peekable();
        chosen.peek().is_none() || chosen.any(|value| op.has_value(facet, value))
    }

    /// Whether any of `rows` passes every filter.
    fn keeps_any<'a>(&self, mut rows: impl Iterator<Item = &'a Filterable>) -> bool {
        let needle = self.needle();
        rows.any(|row| self.keeps_filterable(&needle, row))
    }

    /// Which filter leaves no operation on its own, to say what emptied a result.
    pub fn emptying(&self, dataset: &IndexedDataset) -> Vec<String> {
        self.emptying_by(|filters| filters.keeps_any(dataset.filterable_operations().map(|(_, op)| op)))
    }

    /// Which filter leaves no country case on its own, for the cases view.
    pub fn emptying_cases(&self, dataset: &IndexedDataset) -> Vec<String> {
        self.emptying_by(|filters| filters.keeps_any(dataset.filterable_cases().map(|(_, case)| case)))
    }

    /// Which filter leaves no country on its own, for the countries views.
    pub fn emptying_countries(&self, dataset: &IndexedDataset) -> Vec<String> {
        self.emptying_by(|filters| {
            let filter = CountryFilter::new(dataset, filters);
            dataset.countries.iter().any(|c| filter.keeps(c))
        })
    }

    /// Each filter taken alone, named when `keeps_any` says it keeps nothing.
    fn emptying_by(&self, keeps_any: impl Fn(&Filters) -> bool) -> Vec<String> {
        let alone = |filters: Filters| keeps_any(&filters);
        let mut culprits = Vec::new();
        if !self.text.is_empty() && !alone(Filters { text: self.text.clone(), ..Filters::default() }) {
            culprits.push(format!("“{}”", self.text));
        }
        let years = Filters { year_from: self.year_from, year_to: self.year_to, ..Filters::default() };
        if (self.year_from.is_some() || self.year_to.is_some()) && !alone(years) {
            culprits.push("the year range".to_string());
        }
        for facet in Facet::ALL {
            let only =
                Filters { chosen: self.values(facet).map(|v| (facet, v.to_string())).collect(), ..Filters::default() };
            if !only.chosen.is_empty() && !alone(only) {
                culprits.push(facet.key().to_string());
            }
        }
        culprits
    }
}

/// The filters as the countries views apply them to one country after another. A country
/// passes when its name matches the text, it is one of the countries chosen, its region and
/// subregion the chosen ones, and, when operations are filtered too (by operation, series,
/// year, theme or partner), it took part in one they keep. What does not depend on the
/// country (the folded text, the operations kept) is worked out once, not once per country.
pub struct CountryFilter<'a> {
    filters: &'a Filters,
    needle: String,
    /// The operations the filters keep, when they filter operations at all.
    kept_operations: Option<Vec<&'a Filterable>>,
}

impl<'a> CountryFilter<'a> {
    pub fn new(dataset: &'a IndexedDataset, filters: &'a Filters) -> CountryFilter<'a> {
        let operation_filters = Filters { text: String::new(), ..filters.without_places() };
        let kept_operations = (!operation_filters.is_empty()).then(|| {
            dataset
                .filterable_operations()
                .map(|(_, op)| op)
                .filter(|op| operation_filters.keeps_filterable("", op))
                .collect()
        });
        CountryFilter { filters, needle: fold(filters.text.trim()), kept_operations }
    }

    pub fn keeps(&self, country: &Country) -> bool {
        let takes_part = || match &self.kept_operations {
            None => true,
            Some(kept) => kept.iter().any(|op| op.has_value(Facet::Country, &country.code)),
        };
        answers_to(country, &self.needle) && in_chosen_places(self.filters, country) && takes_part()
    }
}

/// Whether a country is among the chosen countries and in the chosen regions and subregions
/// (any, when none is chosen). On the countries views and the map, these filters select
/// countries, not operations.
pub fn in_chosen_places(filters: &Filters, country: &Country) -> bool {
    [Facet::Country, Facet::Region, Facet::Subregion].into_iter().all(|facet| {
        let place = match facet {
            Facet::Country => Some(country.code.clone()),
            Facet::Region => country.region.as_deref().map(slug),
            _ => country.subregion.as_deref().map(slug),
        };
        let mut chosen = filters.values(facet).peekable();
        chosen.peek().is_none() || place.is_some_and(|p| chosen.any(|v| v == p))
    })
}

/// The countries the filters keep, in code order.
pub fn matching_countries<'a>(dataset: &'a IndexedDataset, filters: &Filters) -> Vec<&'a Country> {
    let filter = CountryFilter::new(dataset, filters);
    dataset.countries.iter().filter(|c| filter.keeps(c)).collect()
}

/// Region or subregion values with the number of countries each would keep.
pub fn country_facet_values(dataset: &IndexedDataset, filters: &Filters, facet: Facet) -> Vec<FacetValue> {
    let others =
        Filters { chosen: filters.chosen.iter().filter(|(f, _)| *f != facet).cloned().collect(), ..filters.clone() };
    if !matches!(facet, Facet::Region | Facet::Subregion) {
        return operation_values_by_country(dataset, &others, facet);
    }
    let mut values: Vec<FacetValue> = Vec::new();
    let filter = CountryFilter::new(dataset, &others);
    for country in &dataset.countries {
        let place = if facet == Facet::Region { &country.region } else { &country.subregion };
        let Some(label) = place else { continue };
        let value = slug(label);
        let kept = usize::from(filter.keeps(country));
        match values.iter_mut().find(|v| v.value == value) {
            Some(entry) => entry.count += kept,
            None => values.push(FacetValue { value, label: label.clone(), count: kept }),
        }
    }
    sort_by(&mut values, |a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    values
}

/// The values of an operation facet (operation, series, theme, partner) with the number of
/// countries each would keep: those the other filters keep that are listed in an operation
/// with the value. One pass over the operations, not one per country.
fn operation_values_by_country(dataset: &IndexedDataset, others: &Filters, facet: Facet) -> Vec<FacetValue> {
    let needle = fold(others.text.trim());
    let shown: HashSet<&str> = dataset
        .countries
        .iter()
        .filter(|c| answers_to(c, &needle) && in_chosen_places(others, c))
        .map(|c| c.code.as_str())
        .collect();
    let operation_filters = Filters { text: String::new(), ..others.without_places() };
    let mut values: Vec<(FacetValue, HashSet<&str>)> = Vec::new();
    // Where each value is in `values`, as in `facet_values`.
    let mut positions: HashMap<&str, usize> = HashMap::new();
    for (op, filterable) in dataset.filterable_operations() {
        let kept = operation_filters.keeps_filterable("", filterable);
        for (value, label) in &filterable.values[facet.position()] {
            let position = *positions.entry(value).or_insert_with(|| {
                values.push((FacetValue { value: value.clone(), label: label.clone(), count: 0 }, HashSet::new()));
                values.len() - 1
            });
            if kept {
                values[position].1.extend(op.countries.iter().map(String::as_str).filter(|c| shown.contains(c)));
            }
        }
    }
    let mut values: Vec<FacetValue> =
        values.into_iter().map(|(value, countries)| FacetValue { count: countries.len(), ..value }).collect();
    sort_by(&mut values, |a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    values
}

/// What a filtered view announces: "2 of 6 operations", or, when nothing is left, which
/// filters emptied it (`emptying` is only asked then).
pub fn result_status(
    shown: usize,
    total: usize,
    rows: &str,
    row: &str,
    emptying: impl FnOnce() -> Vec<String>,
) -> String {
    if shown > 0 {
        return format!("{shown} of {total} {rows}");
    }
    match emptying().as_slice() {
        [] => format!("No {row} matches these filters together; each alone matches some."),
        culprits => format!("No {row} matches. Filters that match nothing on their own: {}.", culprits.join(", ")),
    }
}

/// The operations the filters keep, in the dataset's order.
pub fn matching<'a>(dataset: &'a IndexedDataset, filters: &Filters) -> Vec<&'a Operation> {
    let needle = filters.needle();
    dataset
        .filterable_operations()
        .filter(|(_, kept)| filters.keeps_filterable(&needle, kept))
        .map(|(op, _)| op)
        .collect()
}

/// The country cases the filters keep, in the dataset's order (operations in time order,
/// each one's cases as its releases tell them).
pub fn matching_cases<'a>(dataset: &'a IndexedDataset, filters: &Filters) -> Vec<CaseRow<'a>> {
    let needle = filters.needle();
    dataset.filterable_cases().filter(|(_, kept)| filters.keeps_filterable(&needle, kept)).map(|(row, _)| row).collect()
}

/// One value of a facet with its label and how many rows (operations, countries or cases, as
/// the view lists) choosing it would keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub value: String,
    pub label: String,
    pub count: usize,
}

/// Every facet with its values and live counts, for the views of operations.
pub fn operation_facets(dataset: &IndexedDataset, filters: &Filters) -> Vec<(Facet, Vec<FacetValue>)> {
    Facet::OF_OPERATIONS.into_iter().map(|facet| (facet, facet_values(dataset, filters, facet))).collect()
}

/// The cases view's facets with their values and live counts in cases.
pub fn case_facets(dataset: &IndexedDataset, filters: &Filters) -> Vec<(Facet, Vec<FacetValue>)> {
    Facet::OF_CASES.into_iter().map(|facet| (facet, case_facet_values(dataset, filters, facet))).collect()
}

/// Every value of a facet found in the dataset, with its live count: the operations that
/// pass all the other filters and have this value (the facet's own choices set aside, so a
/// reader sees what adding an alternative would bring).
pub fn facet_values(dataset: &IndexedDataset, filters: &Filters, facet: Facet) -> Vec<FacetValue> {
    count_values(dataset.filterable_operations().map(|(_, op)| op), filters, facet)
}

/// The same as [`facet_values`], counting country cases.
pub fn case_facet_values(dataset: &IndexedDataset, filters: &Filters, facet: Facet) -> Vec<FacetValue> {
    count_values(dataset.filterable_cases().map(|(_, case)| case), filters, facet)
}

/// Each value of a facet among `rows`, with how many of them pass the other filters.
fn count_values<'a>(rows: impl Iterator<Item = &'a Filterable>, filters: &Filters, facet: Facet) -> Vec<FacetValue> {
    let others =
        Filters { chosen: filters.chosen.iter().filter(|(f, _)| *f != facet).cloned().collect(), ..filters.clone() };
    let mut values: Vec<FacetValue> = Vec::new();
    // Where each value is in `values`: the operation facet has one value per operation.
    let mut positions: HashMap<&str, usize> = HashMap::new();
    let needle = others.needle();
    for row in rows {
        let kept = usize::from(others.keeps_filterable(&needle, row));
        for (value, label) in &row.values[facet.position()] {
            let position = *positions.entry(value).or_insert_with(|| {
                values.push(FacetValue { value: value.clone(), label: label.clone(), count: 0 });
                values.len() - 1
            });
            values[position].count += kept;
        }
    }
    sort_by(&mut values, |a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    values
}

/// Whether a country answers to a folded search text: its code, or a part of its name or of
/// one of its other names ("uk", "ivory coast", "turkey"). A text of one or two letters
/// must begin a word, so that "us" finds the United States, not every name with "us" in it.
fn answers_to(country: &Country, needle: &str) -> bool {
    let holds = |name: &str| match needle.len() {
        0..3 => name.split([' ', '-', '\'']).any(|word| word.starts_with(needle)),
        _ => name.contains(needle),
    };
    needle.is_empty()
        || country.code.eq_ignore_ascii_case(needle)
        || holds(&fold(&country.name))
        || country.aliases.iter().any(|alias| holds(alias))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match text.get(i + 1..i + 3).and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                Some(byte) => {
                    out.push(byte);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_queries() {
        let parsed = Filters::parse(
            "?q=c%C3%B4te+d%27ivoire&region=africa&region=americas&from=2020&colour=red&to=soon&tab=matrix",
        );
        let filters = &parsed.filters;
        assert_eq!(filters.text, "côte d'ivoire");
        assert_eq!(filters.year_from, Some(2020));
        assert_eq!(filters.chosen, [(Facet::Region, "africa".to_string()), (Facet::Region, "americas".to_string())]);
        assert_eq!(parsed.unread, ["colour=red", "to=soon"]);
        assert_eq!(filters.tab.as_deref(), Some("matrix"));
        assert_eq!(Filters::parse(&filters.to_query()).filters, *filters);
        // Letters, digits and `-_.~` are written as they are, the rest percent-encoded.
        assert_eq!(filters.to_query(), "q=c%C3%B4te%20d%27ivoire&from=2020&region=africa&region=americas&tab=matrix");
        assert_eq!(Filters::default().to_query(), "");
        // The search, the year's start and two regions; the tab is not a filter.
        assert_eq!(filters.panel_label(), "Filters (4 chosen)");
        assert_eq!(Filters::default().panel_label(), "Filters (0 chosen)");
    }

    #[test]
    fn an_empty_value_is_unread_not_chosen() {
        let parsed = Filters::parse("tab=&sort=&country=&region=&q=");
        assert_eq!(parsed.filters, Filters::default());
        assert_eq!(parsed.unread, ["tab=", "sort=", "country=", "region="]);
        let parsed = Filters::parse("sort=-cases&country=es");
        assert_eq!(parsed.filters.sort.as_deref(), Some("-cases"));
        assert_eq!(parsed.filters.chosen, [(Facet::Country, "ES".to_string())]);
        assert!(parsed.unread.is_empty());
    }

    #[test]
    fn the_tab_and_the_sort_are_not_filters() {
        for query in ["tab=matrix", "sort=-cases", "tab=matrix&sort=name"] {
            let filters = Filters::parse(query).filters;
            assert!(filters.is_empty(), "{query}");
            assert_eq!(filters.chosen_count(), 0, "{query}");
        }
        assert!(!Filters::parse("tab=matrix&to=2022").filters.is_empty());
        // The search, each end of the years and each facet value count one each.
        let all = Filters::parse("q=x&from=2020&to=2022&theme=a&theme=b&tab=matrix").filters;
        assert_eq!(all.chosen_count(), 5);
    }

    #[test]
    fn removing_a_value_keeps_the_other_filters() {
        let filters = Filters::parse("q=x&from=2020&theme=a&theme=b&region=africa").filters;
        assert_eq!(filters.without(Facet::Theme, "a"), Filters::parse("q=x&from=2020&theme=b&region=africa").filters);
        assert_eq!(filters.without(Facet::Region, "b"), filters);
    }

    #[test]
    fn a_filtered_download_is_named_by_its_filters() {
        assert_eq!(Filters::default().file_name("countries"), "countries");
        let oceania = Filters::parse("region=oceania&tab=matrix&sort=-cases").filters;
        assert_eq!(oceania.file_name("countries"), "countries-region-oceania");
        let searched = Filters::parse("q=c%C3%B4te+d%27ivoire&from=2021&theme=forced_labour").filters;
        assert_eq!(searched.file_name("operations"), "operations-q-cote-d-ivoire-from-2021-theme-forced-labour");
        let long = Filters { text: "x".repeat(200), ..Filters::default() };
        assert_eq!(long.file_name("operations").len(), 80);
    }

    #[test]
    fn announces_counts_and_what_emptied_a_result() {
        let never = || -> Vec<String> { unreachable!("only asked for an empty result") };
        assert_eq!(result_status(2, 6, "operations", "operation", never), "2 of 6 operations");
        assert_eq!(
            result_status(0, 6, "operations", "operation", || vec!["“x”".to_string(), "theme".to_string()]),
            "No operation matches. Filters that match nothing on their own: “x”, theme."
        );
        assert_eq!(
            result_status(0, 6, "operations", "operation", Vec::new),
            "No operation matches these filters together; each alone matches some."
        );
    }

    #[test]
    fn a_country_answers_to_its_code_and_the_words_of_its_names() {
        let uk = Country {
            code: "GB".into(),
            name: "United Kingdom".into(),
            region: None,
            subregion: None,
            aliases: vec!["britain".into()],
        };
        // The needle comes folded: lower case.
        for needle in ["", "gb", "un", "ki", "kingdom", "ted king", "brit"] {
            assert!(answers_to(&uk, needle), "{needle}");
        }
        // Two letters that begin no word, and a longer text in none of its names.
        for needle in ["ni", "om", "france"] {
            assert!(!answers_to(&uk, needle), "{needle}");
        }
    }

    #[test]
    fn toggling_adds_then_removes() {
        let filters = Filters::default().toggled(Facet::Theme, "forced_labour");
        assert!(filters.has(Facet::Theme, "forced_labour"));
        assert!(filters.toggled(Facet::Theme, "forced_labour").is_empty());
    }
}
