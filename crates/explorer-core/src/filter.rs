//! The reader's filters: how they are written in the URL's query (`#/operations?q=cote&
//! region=africa`), which operations they keep, and how many operations each facet value
//! would keep (the live counts beside each value).
//!
//! Within one facet the chosen values are alternatives (Africa or Americas); across facets
//! they all apply (Africa and forced labour).

use std::collections::HashMap;

use crate::model::{Country, Dataset, Operation, Theme, json_name};
use crate::text::{fold, slug};

/// A filter dimension with a list of values to choose from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Operation,
    Series,
    Region,
    Subregion,
    Theme,
    Partner,
}

impl Facet {
    pub const ALL: [Facet; 6] =
        [Facet::Operation, Facet::Series, Facet::Region, Facet::Subregion, Facet::Theme, Facet::Partner];

    /// Its name in the URL's query.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Operation => "operation",
            Facet::Series => "series",
            Facet::Region => "region",
            Facet::Subregion => "subregion",
            Facet::Theme => "theme",
            Facet::Partner => "partner",
        }
    }

    fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|facet| facet.key() == key)
    }

    /// Its place in `Facet::ALL`.
    fn position(self) -> usize {
        self as usize
    }
}

/// What the filters read of one operation: its year, its searchable texts folded, each
/// facet's values and the countries it involves. Worked out once per dataset
/// (`Dataset::filterable`): folding every text of every operation at each keystroke is what
/// made filtering slow as the corpus grew.
pub struct Filterable {
    year: Option<i32>,
    /// Names, case texts, quotes and country names, folded and joined by `TEXT_SEPARATOR`:
    /// one search per operation instead of one per text.
    folded_texts: String,
    /// Slug and label of each value, per facet in `Facet::ALL` order.
    values: [Vec<(String, String)>; 6],
    /// Codes of the participants and of the countries acting in its cases.
    countries: Vec<String>,
}

impl Filterable {
    fn of(dataset: &Dataset, op: &Operation) -> Filterable {
        Filterable {
            year: op.year,
            folded_texts: searchable_texts(dataset, op).map(fold).collect::<Vec<_>>().join(TEXT_SEPARATOR),
            values: Facet::ALL.map(|facet| labelled_values(dataset, op, facet)),
            countries: countries_of(dataset, op).map(|c| c.code.clone()).collect(),
        }
    }

    fn has_value(&self, facet: Facet, value: &str) -> bool {
        self.values[facet.position()].iter().any(|(v, _)| v == value)
    }
}

/// Between an operation's searchable texts: NUL, which no press release contains, so that a
/// match never runs from one text into the next.
const TEXT_SEPARATOR: &str = "\0";

/// Whether the folded texts of an operation contain the folded search text.
fn keeps_text(needle: &str, op: &Filterable) -> bool {
    if needle.contains(TEXT_SEPARATOR) {
        // Only a NUL written into the address could span two texts: search them one by one.
        return op.folded_texts.split(TEXT_SEPARATOR).any(|text| text.contains(needle));
    }
    op.folded_texts.contains(needle)
}

/// Each operation of the dataset with what the filters read of it, worked out on first use.
fn filterable(dataset: &Dataset) -> impl Iterator<Item = (&Operation, &Filterable)> {
    let all =
        dataset.filterable.get_or_init(|| dataset.operations.iter().map(|op| Filterable::of(dataset, op)).collect());
    dataset.operations.iter().zip(all)
}

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
                "from" => match year() {
                    Some(y) => parsed.filters.year_from = Some(y),
                    None => parsed.unread.push(format!("from={value}")),
                },
                "to" => match year() {
                    Some(y) => parsed.filters.year_to = Some(y),
                    None => parsed.unread.push(format!("to={value}")),
                },
                _ => match Facet::from_key(&key) {
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
        pairs.join("&")
    }

    /// No filter chosen (the open tab does not count).
    pub fn is_empty(&self) -> bool {
        Filters { tab: None, ..self.clone() } == Filters::default()
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

    /// The search text as the texts are folded: worked out once per pass over the operations.
    fn needle(&self) -> String {
        fold(self.text.trim())
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

    /// Which filter leaves no operation on its own, to say what emptied a result.
    pub fn emptying(&self, dataset: &Dataset) -> Vec<String> {
        self.emptying_by(|filters| {
            let needle = filters.needle();
            filterable(dataset).any(|(_, op)| filters.keeps_filterable(&needle, op))
        })
    }

    /// Which filter leaves no country on its own, for the countries views.
    pub fn emptying_countries(&self, dataset: &Dataset) -> Vec<String> {
        self.emptying_by(|filters| dataset.countries.iter().any(|c| keeps_country(dataset, filters, c)))
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

/// Whether a country passes the filters, for the countries views: its name matches the
/// text, its region and subregion the chosen ones, and, when operations are filtered too
/// (by operation, series, year, theme or partner), it took part or acted in one they keep.
pub fn keeps_country(dataset: &Dataset, filters: &Filters, country: &Country) -> bool {
    let needle = fold(filters.text.trim());
    let named =
        needle.is_empty() || fold(&country.name).contains(&needle) || country.code.eq_ignore_ascii_case(&needle);
    let in_place = [Facet::Region, Facet::Subregion].into_iter().all(|facet| {
        let place = if facet == Facet::Region { &country.region } else { &country.subregion };
        let mut chosen = filters.values(facet).peekable();
        chosen.peek().is_none() || place.as_deref().is_some_and(|p| chosen.any(|v| v == slug(p)))
    });
    let operation_filters = Filters {
        text: String::new(),
        chosen: filters
            .chosen
            .iter()
            .filter(|(f, _)| !matches!(f, Facet::Region | Facet::Subregion))
            .cloned()
            .collect(),
        ..filters.clone()
    };
    let takes_part = operation_filters.is_empty()
        || filterable(dataset)
            .any(|(_, op)| operation_filters.keeps_filterable("", op) && op.countries.contains(&country.code));
    named && in_place && takes_part
}

/// The countries the filters keep, in code order.
pub fn matching_countries<'a>(dataset: &'a Dataset, filters: &Filters) -> Vec<&'a Country> {
    dataset.countries.iter().filter(|c| keeps_country(dataset, filters, c)).collect()
}

/// Region or subregion values with the number of countries each would keep.
pub fn country_facet_values(dataset: &Dataset, filters: &Filters, facet: Facet) -> Vec<FacetValue> {
    let others =
        Filters { chosen: filters.chosen.iter().filter(|(f, _)| *f != facet).cloned().collect(), ..filters.clone() };
    let mut values: Vec<FacetValue> = Vec::new();
    for country in &dataset.countries {
        let place = if facet == Facet::Region { &country.region } else { &country.subregion };
        let Some(label) = place else { continue };
        let value = slug(label);
        let kept = usize::from(keeps_country(dataset, &others, country));
        match values.iter_mut().find(|v| v.value == value) {
            Some(entry) => entry.count += kept,
            None => values.push(FacetValue { value, label: label.clone(), count: kept }),
        }
    }
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
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
pub fn matching<'a>(dataset: &'a Dataset, filters: &Filters) -> Vec<&'a Operation> {
    let needle = filters.needle();
    filterable(dataset).filter(|(_, kept)| filters.keeps_filterable(&needle, kept)).map(|(op, _)| op).collect()
}

/// One value of a facet with its label and how many operations choosing it would keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub value: String,
    pub label: String,
    pub count: usize,
}

/// Every facet with its values and live counts, for the views of operations.
pub fn operation_facets(dataset: &Dataset, filters: &Filters) -> Vec<(Facet, Vec<FacetValue>)> {
    Facet::ALL.into_iter().map(|facet| (facet, facet_values(dataset, filters, facet))).collect()
}

/// Every value of a facet found in the dataset, with its live count: the operations that
/// pass all the other filters and have this value (the facet's own choices set aside, so a
/// reader sees what adding an alternative would bring).
pub fn facet_values(dataset: &Dataset, filters: &Filters, facet: Facet) -> Vec<FacetValue> {
    let others =
        Filters { chosen: filters.chosen.iter().filter(|(f, _)| *f != facet).cloned().collect(), ..filters.clone() };
    let mut values: Vec<FacetValue> = Vec::new();
    // Where each value is in `values`: the operation facet has one value per operation.
    let mut positions: HashMap<&str, usize> = HashMap::new();
    let needle = others.needle();
    for (_, op) in filterable(dataset) {
        let kept = usize::from(others.keeps_filterable(&needle, op));
        for (value, label) in &op.values[facet.position()] {
            let position = *positions.entry(value).or_insert_with(|| {
                values.push(FacetValue { value: value.clone(), label: label.clone(), count: 0 });
                values.len() - 1
            });
            values[position].count += kept;
        }
    }
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    values
}

fn labelled_values(dataset: &Dataset, op: &Operation, facet: Facet) -> Vec<(String, String)> {
    let mut values: Vec<(String, String)> = Vec::new();
    let mut add = |label: &str| {
        let value = slug(label);
        if !value.is_empty() && !values.iter().any(|(v, _)| *v == value) {
            values.push((value, label.to_string()));
        }
    };
    match facet {
        Facet::Operation => values.push((op.id.clone(), op.title())),
        Facet::Series => add(&op.series),
        Facet::Region | Facet::Subregion => {
            for country in countries_of(dataset, op) {
                let name = if facet == Facet::Region { &country.region } else { &country.subregion };
                if let Some(name) = name {
                    add(name);
                }
            }
        }
        Facet::Theme => {
            let mut themes: Vec<Theme> = op.highlights.iter().flat_map(|h| h.themes.iter().copied()).collect();
            themes.sort();
            themes.dedup();
            for theme in themes {
                values.push((json_name(theme), theme.label().to_string()));
            }
        }
        Facet::Partner => op.partners.iter().for_each(|p| add(&p.name)),
    }
    values
}

/// Participants and countries acting in its cases.
fn countries_of<'a>(dataset: &'a Dataset, op: &'a Operation) -> impl Iterator<Item = &'a Country> {
    let cases = op.highlights.iter().flat_map(|h| &h.acting);
    op.countries.iter().chain(cases).filter_map(|code| dataset.country(code))
}

/// Names, case texts, quotes and country names: what the search box looks through.
fn searchable_texts<'a>(dataset: &'a Dataset, op: &'a Operation) -> impl Iterator<Item = &'a str> {
    [op.name.as_str(), op.series.as_str()]
        .into_iter()
        .chain(op.highlights.iter().map(|h| h.source.quote.as_str()))
        .chain(op.quotes.iter().map(|q| q.text.as_str()))
        .chain(countries_of(dataset, op).map(|c| c.name.as_str()))
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
        assert_eq!(Filters::default().to_query(), "");
        // The search, the year's start and two regions; the tab is not a filter.
        assert_eq!(filters.panel_label(), "Filters (4 chosen)");
        assert_eq!(Filters::default().panel_label(), "Filters (0 chosen)");
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
    fn toggling_adds_then_removes() {
        let filters = Filters::default().toggled(Facet::Theme, "forced_labour");
        assert!(filters.has(Facet::Theme, "forced_labour"));
        assert!(filters.toggled(Facet::Theme, "forced_labour").is_empty());
    }
}
