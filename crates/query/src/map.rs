//! What the world map shades: the operations per country under the reader's filters, in a few
//! classes a legend can tell apart. The map's geometry is drawn at build time
//! (`explorer_extract::world_map`) and reaches the app as statics.

use std::collections::BTreeMap;

use explorer_model::text::fold;
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

/// A position on the world map, in its units: x east, y south (as SVG has them).
pub type Point = (f64, f64);

/// A box on the world map, in its units; y runs south, so `north` is the smaller y.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    pub west: f64,
    pub north: f64,
    pub east: f64,
    pub south: f64,
}

impl Extent {
    pub fn width(&self) -> f64 {
        self.east - self.west
    }

    pub fn height(&self) -> f64 {
        self.south - self.north
    }

    /// The smallest box holding both.
    pub fn union(&self, other: &Extent) -> Extent {
        Extent {
            west: self.west.min(other.west),
            north: self.north.min(other.north),
            east: self.east.max(other.east),
            south: self.south.max(other.south),
        }
    }
}

/// A way an arrow key moves across the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    East,
    West,
    North,
    South,
}

impl Heading {
    /// The heading of an arrow key, by its `KeyboardEvent.key`.
    pub fn of_key(key: &str) -> Option<Heading> {
        match key {
            "ArrowRight" => Some(Heading::East),
            "ArrowLeft" => Some(Heading::West),
            "ArrowUp" => Some(Heading::North),
            "ArrowDown" => Some(Heading::South),
            _ => None,
        }
    }
}

/// The largest angle off the heading at which a place still counts as lying that way: 45°,
/// so that the four headings share the compass between them.
const CONE: f64 = std::f64::consts::FRAC_PI_4;

/// Which of `places` (each a centre and an extent) an arrow key pressed at `from` goes to: of
/// those whose centre lies within 45° of the heading, the one whose extent comes nearest,
/// measured as the distance along the heading plus that across it to its nearest point; of
/// two as near, the one whose centre is. By extents, a large neighbour wins over a small
/// country beyond it whose centre is nearer (Down from the United States goes to Mexico, not
/// Belize), and the neighbour straight ahead over one further ahead (Up from Spain goes to
/// France, not Britain). `None` where nothing lies that way (Right at the map's eastern edge).
/// A place centred at `from` itself is no move.
pub fn next_towards(from: Point, heading: Heading, places: &[(Point, Extent)]) -> Option<usize> {
    // Distance along the heading and across it, from `from` to a point.
    let steps = |(x, y): Point| {
        let (dx, dy) = (x - from.0, y - from.1);
        match heading {
            Heading::East => (dx, dy.abs()),
            Heading::West => (-dx, dy.abs()),
            Heading::North => (-dy, dx.abs()),
            Heading::South => (dy, dx.abs()),
        }
    };
    let score = |(centre, extent): &(Point, Extent)| {
        let (along, across) = steps(*centre);
        if along <= 0.0 || across.atan2(along) > CONE {
            return None;
        }
        let nearest = (from.0.clamp(extent.west, extent.east), from.1.clamp(extent.north, extent.south));
        let (gap_along, gap_across) = steps(nearest);
        Some((gap_along.max(0.0) + gap_across, along + across))
    };
    places
        .iter()
        .enumerate()
        .filter_map(|(i, place)| Some((i, score(place)?)))
        .min_by(|(_, a), (_, b)| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)))
        .map(|(i, _)| i)
}

/// The first of `names` (in the order given) whose start is `typed`, both folded: "cote"
/// finds "Côte d'Ivoire". `None` for nothing typed or no such name.
pub fn first_named(typed: &str, names: &[&str]) -> Option<usize> {
    let typed = fold(typed);
    if typed.is_empty() {
        return None;
    }
    names.iter().position(|name| fold(name).starts_with(&typed))
}

/// The part of the map that shows `chosen` (the extents of the countries a region choice
/// keeps): the box round them with a margin of a twentieth of the map's width, widened where
/// it is taller than wide (the map takes the page's width, and a tall region such as Africa
/// would otherwise stand taller than a phone's screen), moved inside the map where it reaches
/// past an edge. The whole map where nothing is chosen or the choice is as wide as the map.
pub fn zoomed_view(chosen: impl IntoIterator<Item = Extent>, whole: Extent) -> Extent {
    let Some(around) = chosen.into_iter().reduce(|a, b| a.union(&b)) else { return whole };
    let margin = whole.width() / 20.0;
    let height = (around.height() + 2.0 * margin).min(whole.height());
    let width = (around.width() + 2.0 * margin).max(height);
    if width >= whole.width() {
        return whole;
    }
    let centre = ((around.west + around.east) / 2.0, (around.north + around.south) / 2.0);
    let west = (centre.0 - width / 2.0).clamp(whole.west, whole.east - width);
    let north = (centre.1 - height / 2.0).clamp(whole.north, whole.south - height);
    Extent { west, north, east: west + width, south: north + height }
}
