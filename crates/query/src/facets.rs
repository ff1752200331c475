//! The facets a reader filters by, and what each operation or country case offers them: its
//! year, its values per facet and its searchable texts folded (`Filterable`). The filters
//! (`filter`) read these; the index (`index`) works them out once per dataset.

use explorer_model::text::{search_form, slug};
use explorer_model::{Country, CrimeArea, Dataset, Highlight, Operation, Theme, Vocabulary, json_name};

use crate::sorting::sort_by;

/// A filter dimension with a list of values to choose from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Operation,
    Series,
    /// A country by its ISO code: of an operation, a listed participant (as the country's
    /// own page counts them); of a case, a country acting or involved in it.
    Country,
    Region,
    Subregion,
    Theme,
    /// A crime area the operation targeted; a case has its operation's.
    CrimeArea,
    Partner,
}

impl Facet {
    pub const ALL: [Facet; 8] = [
        Facet::Operation,
        Facet::Series,
        Facet::Country,
        Facet::Region,
        Facet::Subregion,
        Facet::Theme,
        Facet::CrimeArea,
        Facet::Partner,
    ];

    /// The facets the views of operations list: the participating country among them, the
    /// way from a country to the operations it took part in (its 100-odd values show the
    /// first few until the reader asks for all).
    pub const OF_OPERATIONS: [Facet; 8] = Facet::ALL;

    /// The facets the cases view lists, the theme first: its question is "every case of one
    /// theme", and on a phone the facets stand one above the other. An operation's partners
    /// say little of its cases and are left out of the list; `partner` in its address still
    /// keeps the cases of the operations with that partner.
    pub const OF_CASES: [Facet; 7] = [
        Facet::Theme,
        Facet::CrimeArea,
        Facet::Country,
        Facet::Region,
        Facet::Subregion,
        Facet::Operation,
        Facet::Series,
    ];

    /// Its name in the URL's query.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Operation => "operation",
            Facet::Series => "series",
            Facet::Country => "country",
            Facet::Region => "region",
            Facet::Subregion => "subregion",
            Facet::Theme => "theme",
            Facet::CrimeArea => "crime_area",
            Facet::Partner => "partner",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|facet| facet.key() == key)
    }

    /// Its place in `Facet::ALL`.
    pub(crate) fn position(self) -> usize {
        self as usize
    }
}

/// What the filters read of one operation or one country case: its year, its searchable
/// texts folded and each facet's values. Worked out once per dataset (`index::IndexedDataset`):
/// folding every text of every operation at each keystroke is what made filtering slow as the
/// corpus grew.
pub struct Filterable {
    pub(crate) year: Option<i32>,
    /// Its texts folded and joined by `TEXT_SEPARATOR`: one search per row instead of one
    /// per text.
    folded_texts: String,
    /// Value (slug or code) and label of each value, per facet in `Facet::ALL` order.
    pub(crate) values: [Vec<(String, String)>; Facet::ALL.len()],
}

impl Filterable {
    pub(crate) fn of(dataset: &Dataset, op: &Operation) -> Filterable {
        Filterable {
            year: op.year,
            folded_texts: folded(searchable_texts(dataset, op)),
            values: Facet::ALL.map(|facet| labelled_values(dataset, op, facet)),
        }
    }

    /// A case is found by its operation (year, name, series, partners) and by its own text,
    /// themes and countries: the places chosen are those of the countries acting or involved
    /// in it, not of the operation's other participants.
    pub(crate) fn of_case(dataset: &Dataset, op: &Operation, case: &Highlight) -> Filterable {
        let countries = || case.acting.iter().chain(&case.involved).filter_map(|code| dataset.country(code));
        let texts = [op.name.as_str(), case.source.quote.as_str()]
            .into_iter()
            .chain(countries().map(|c| c.name.as_str()))
            .chain(case.themes.iter().map(|theme| theme.label()));
        Filterable {
            year: op.year,
            folded_texts: folded(texts),
            values: Facet::ALL.map(|facet| match facet {
                Facet::Country | Facet::Region | Facet::Subregion => place_values(countries(), facet),
                Facet::Theme => theme_values(&case.themes),
                Facet::Operation | Facet::Series | Facet::CrimeArea | Facet::Partner => {
                    labelled_values(dataset, op, facet)
                }
            }),
        }
    }

    pub(crate) fn has_value(&self, facet: Facet, value: &str) -> bool {
        self.values[facet.position()].iter().any(|(v, _)| v == value)
    }
}

/// Between an operation's searchable texts: NUL, which no press release contains, so that a
/// match never runs from one text into the next.
const TEXT_SEPARATOR: &str = "\0";

/// Texts in their search form (see `text::search_form`) and joined, as
/// `Filterable::folded_texts` holds them.
fn folded<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    texts.map(search_form).collect::<Vec<_>>().join(TEXT_SEPARATOR)
}

/// Whether the folded texts of an operation or case contain the folded search text.
pub(crate) fn keeps_text(needle: &str, op: &Filterable) -> bool {
    if needle.contains(TEXT_SEPARATOR) {
        // Only a NUL written into the address could span two texts: search them one by one.
        return op.folded_texts.split(TEXT_SEPARATOR).any(|text| text.contains(needle));
    }
    op.folded_texts.contains(needle)
}

/// An operation's values of a facet, each as (value, label).
fn labelled_values(dataset: &Dataset, op: &Operation, facet: Facet) -> Vec<(String, String)> {
    match facet {
        Facet::Operation => vec![(op.id.clone(), op.title())],
        Facet::Series => slugged([op.series.as_str()].into_iter()),
        Facet::Country => place_values(op.countries.iter().filter_map(|code| dataset.country(code)), facet),
        Facet::Region | Facet::Subregion => place_values(countries_of(dataset, op), facet),
        Facet::Theme => theme_values(op.highlights.iter().flat_map(|h| &h.themes)),
        Facet::CrimeArea => vocabulary_values(op.crime_areas.iter().map(|a| a.area), CrimeArea::label),
        Facet::Partner => slugged(op.partners.iter().map(|p| p.name.as_str())),
    }
}

/// The countries' codes, regions or subregions, once each.
fn place_values<'a>(countries: impl Iterator<Item = &'a Country>, facet: Facet) -> Vec<(String, String)> {
    match facet {
        Facet::Country => distinct(countries.map(|c| (c.code.clone(), c.name.clone()))),
        Facet::Region => slugged(countries.filter_map(|c| c.region.as_deref())),
        _ => slugged(countries.filter_map(|c| c.subregion.as_deref())),
    }
}

/// Themes in the vocabulary's order, once each, by their JSON names.
fn theme_values<'a>(themes: impl IntoIterator<Item = &'a Theme>) -> Vec<(String, String)> {
    vocabulary_values(themes.into_iter().copied(), Theme::label)
}

/// Words of a vocabulary in its order, once each, by their JSON names with their labels.
fn vocabulary_values<T: Vocabulary + Ord>(
    words: impl Iterator<Item = T>,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    let mut words: Vec<T> = words.collect();
    sort_by(&mut words, T::cmp);
    words.dedup();
    words.into_iter().map(|word| (json_name(word).to_string(), label(word).to_string())).collect()
}

/// Labels by their slugs, once each.
fn slugged<'a>(labels: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    distinct(labels.map(|label| (slug(label), label.to_string())))
}

/// Values in the order first met, without repeats or empty values.
fn distinct(pairs: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    let mut values: Vec<(String, String)> = Vec::new();
    for (value, label) in pairs {
        if !value.is_empty() && !values.iter().any(|(v, _)| *v == value) {
            values.push((value, label));
        }
    }
    values
}

/// Participants and countries acting in its cases.
fn countries_of<'a>(dataset: &'a Dataset, op: &'a Operation) -> impl Iterator<Item = &'a Country> {
    let cases = op.highlights.iter().flat_map(|h| &h.acting);
    op.countries.iter().chain(cases).filter_map(|code| dataset.country(code))
}

/// Names, case texts and themes, quotes, partners, funders, projects, and country names with
/// their other names: what the search box looks through.
fn searchable_texts<'a>(dataset: &'a Dataset, op: &'a Operation) -> impl Iterator<Item = &'a str> {
    let organisations = op.partners.iter().chain(&op.funders).chain(&op.projects).map(|o| o.name.as_str());
    let countries = countries_of(dataset, op)
        .flat_map(|c| std::iter::once(c.name.as_str()).chain(c.aliases.iter().map(String::as_str)));
    [op.name.as_str(), op.series.as_str()]
        .into_iter()
        .chain(op.highlights.iter().map(|h| h.source.quote.as_str()))
        .chain(op.highlights.iter().flat_map(|h| &h.themes).map(|theme| theme.label()))
        .chain(op.quotes.iter().map(|q| q.text.as_str()))
        .chain(organisations)
        .chain(countries)
}
