//! What the world map shades: the operations per country under the reader's filters, in a few
//! classes a legend can tell apart. The map's geometry is drawn at build time
//! (`explorer_extract::world_map`) and reaches the app as statics.

use std::collections::BTreeMap;

use explorer_model::{Dataset, Operation};

use crate::facets::Facet;
use crate::filter::{FacetValue, Filters, country_facet_values, facet_values, in_chosen_places, matching};
use crate::index::IndexedDataset;
use crate::sorting::sort_by;

/// The facets that choose the countries the map shows, rather than the operations it counts.
const MAP_PLACES: [Facet; 2] = [Facet::Region, Facet::Subregion];

/// What the map shows under the reader's filters: the operations counted (kept by every
/// filter but the regions) and, for each country in the chosen regions, how many of them it
/// took part in. Regions and subregions select countries here, as on the countries view: with
/// Africa chosen, Brazil is not shaded for the operations it joined with African countries. A
/// country chosen keeps the operations it took part in, as on the operations view: the map then
/// shades the countries that took part with it.
pub fn map_counts<'a>(dataset: &'a IndexedDataset, filters: &Filters) -> (Vec<&'a Operation>, BTreeMap<String, usize>) {
    let kept = matching(dataset, &filters.without_facets(&MAP_PLACES));
    let mut counts = operations_per_country(dataset, &kept);
    let places = filters.without_facets(&[Facet::Country]);
    counts.retain(|code, _| dataset.country(code).is_some_and(|country| in_chosen_places(&places, country)));
    (kept, counts)
}

/// The map's facets: regions and subregions count the countries they would show, the others
/// the operations they would count (regions set aside, as the map's counts set them aside).
pub fn map_facets(dataset: &IndexedDataset, filters: &Filters) -> Vec<(Facet, Vec<FacetValue>)> {
    let operations = filters.without_facets(&MAP_PLACES);
    let countries = Filters { text: String::new(), ..filters.without_facets(&[Facet::Country]) };
    Facet::ALL
        .into_iter()
        .map(|facet| match facet {
            Facet::Region | Facet::Subregion => (facet, country_facet_values(dataset, &countries, facet)),
            _ => (facet, facet_values(dataset, &operations, facet)),
        })
        .collect()
}

/// How many of `kept` (the operations the filters keep) each country took part in, listed as
/// a participant, by code; countries of the dataset that took part in none have 0.
pub fn operations_per_country(dataset: &Dataset, kept: &[&Operation]) -> BTreeMap<String, usize> {
    let mut counts: BTreeMap<String, usize> = dataset.countries.iter().map(|c| (c.code.clone(), 0)).collect();
    for op in kept {
        let mut codes: Vec<&String> = op.countries.iter().collect();
        sort_by(&mut codes, |a, b| a.cmp(b));
        codes.dedup();
        for code in codes {
            *counts.entry(code.clone()).or_default() += 1;
        }
    }
    counts
}

/// The shading classes for counts from 1 to `largest`, each an inclusive range: one class per
/// count while there are at most `MAX_CLASSES` counts, else `MAX_CLASSES` ranges of (nearly)
/// equal width. A count of 0 is in no class: the map draws it as "none".
pub fn classes(largest: usize) -> Vec<(usize, usize)> {
    if largest <= MAX_CLASSES {
        return (1..=largest).map(|n| (n, n)).collect();
    }
    let mut classes = Vec::with_capacity(MAX_CLASSES);
    let mut low = 1;
    for i in 1..=MAX_CLASSES {
        // The upper bounds split 1..=largest into MAX_CLASSES parts, the remainder spread.
        let high = largest * i / MAX_CLASSES;
        classes.push((low, high));
        low = high + 1;
    }
    classes
}

/// Which class (0-based) a count falls in; `None` for 0 or a count beyond the last class.
pub fn class_of(count: usize, classes: &[(usize, usize)]) -> Option<usize> {
    classes.iter().position(|&(low, high)| (low..=high).contains(&count))
}

/// Classes a legend can tell apart, and a sequential palette can colour distinctly.
pub const MAX_CLASSES: usize = 5;
