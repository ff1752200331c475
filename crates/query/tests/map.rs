//! What the map shades, over the seed dataset: counts checked by hand against the releases.

use std::path::Path;
use std::sync::LazyLock;

use explorer_extract::extract_folder;
use explorer_extract::world_map::{WorldMap, world_map};
use explorer_query::IndexedDataset;
use explorer_query::facets::Facet;
use explorer_query::filter::{Filters, matching};
use explorer_query::map::{
    Extent, Heading, Point, class_of, classes, first_named, map_counts, map_facets, next_towards,
    operations_per_country, zoomed_view,
};

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

/// The world map as the build draws it, from the world-atlas package `npm ci` installs.
static WORLD: LazyLock<WorldMap> = LazyLock::new(|| {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/world-atlas/countries-110m.json");
    let topojson = std::fs::read_to_string(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
    world_map(&topojson).unwrap()
});

/// A place of the map as small as a point.
fn point(at: Point) -> (Point, Extent) {
    (at, Extent { west: at.0, north: at.1, east: at.0, south: at.1 })
}

#[test]
fn an_arrow_goes_to_the_nearest_place_that_way_straight_ahead_first() {
    let from = (0.0, 0.0);
    // 0: 10 east; 1: 8 east and 6 south (37° off east, 10 away); 2: 20 east; 3: 5 north;
    // 4: 3 east, 4 north (53° off east: north-east, not east); 5: where we are.
    let places = [(10.0, 0.0), (8.0, 6.0), (20.0, 0.0), (0.0, -5.0), (3.0, -4.0), (0.0, 0.0)].map(point);
    // East: 0 and 1 are both 10 away; 0 lies straight ahead (10 along), 1 counts 8 along and
    // 6 across, 14.
    assert_eq!(next_towards(from, Heading::East, &places), Some(0));
    // Without 0, the one at an angle beats the one twice as far straight ahead (14 against 20).
    assert_eq!(next_towards(from, Heading::East, &places[1..]), Some(0));
    // North: 3 (5 along) beats 4 (4 along, 3 across).
    assert_eq!(next_towards(from, Heading::North, &places), Some(3));
    // 1 is 53° off south, too far off to count: nothing lies south, nor west; a place at
    // the start is no move.
    assert_eq!(next_towards(from, Heading::South, &places), None);
    assert_eq!(next_towards(from, Heading::West, &places), None);
    assert_eq!(next_towards(from, Heading::West, &[point(from)]), None);
    // A wide place centred 30 east whose west edge is 2 away beats a point 10 east; two
    // places reaching as near, the one centred nearer wins.
    let wide = ((30.0, 0.0), Extent { west: 2.0, north: -5.0, east: 58.0, south: 5.0 });
    assert_eq!(next_towards(from, Heading::East, &[point((10.0, 0.0)), wide]), Some(1));
    let wide_beyond = ((40.0, 0.0), Extent { west: 2.0, north: -5.0, east: 78.0, south: 5.0 });
    assert_eq!(next_towards(from, Heading::East, &[wide_beyond, wide]), Some(1));
}

/// The arrows on the map as it is drawn, from each country's mainland's centre.
#[test]
fn on_the_world_map_the_arrows_go_to_the_neighbour_that_way() {
    let coded: Vec<(&str, (Point, Extent))> = WORLD
        .shapes
        .iter()
        .filter_map(|shape| {
            let (west, north, east, south) = shape.extent;
            Some((shape.code.as_deref()?, (shape.centre, Extent { west, north, east, south })))
        })
        .collect();
    let places: Vec<(Point, Extent)> = coded.iter().map(|(_, place)| *place).collect();
    let step = |from: &str, heading: Heading| {
        let (_, (at, _)) = coded.iter().find(|(code, _)| *code == from).unwrap();
        next_towards(*at, heading, &places).map(|i| coded[i].0)
    };
    assert_eq!(step("MA", Heading::East), Some("DZ"), "Morocco, then Algeria");
    assert_eq!(step("ES", Heading::North), Some("FR"), "Spain, then France");
    assert_eq!(step("FR", Heading::South), Some("ES"), "France, then Spain");
    assert_eq!(step("ES", Heading::West), Some("PT"), "Spain, then Portugal");
    assert_eq!(step("US", Heading::South), Some("MX"), "the United States, then Mexico");
    assert_eq!(step("US", Heading::North), Some("CA"), "the United States, then Canada");
    assert_eq!(step("BR", Heading::West), Some("BO"), "Brazil, then Bolivia");
}

#[test]
fn typing_a_names_first_letters_finds_it_accents_and_case_aside() {
    let names = ["Côte d'Ivoire", "Mongolia", "Morocco", "Mozambique"];
    assert_eq!(first_named("mor", &names), Some(2));
    assert_eq!(first_named("MO", &names), Some(1));
    assert_eq!(first_named("cote", &names), Some(0));
    assert_eq!(first_named("moz", &names), Some(3));
    assert_eq!(first_named("x", &names), None);
    assert_eq!(first_named("", &names), None);
}

#[test]
fn a_region_chosen_is_shown_with_a_margin_no_taller_than_wide_and_within_the_map() {
    let whole = Extent { west: 0.0, north: 0.0, east: 1000.0, south: 500.0 };
    // A 100 × 100 choice: 200 × 200 with the margin of 50 each side, round its centre.
    let square = Extent { west: 400.0, north: 200.0, east: 500.0, south: 300.0 };
    assert_eq!(zoomed_view([square], whole), Extent { west: 350.0, north: 150.0, east: 550.0, south: 350.0 });
    // A 20 × 200 choice: 120 × 300 with the margin, widened to 300 × 300.
    let tall = Extent { west: 400.0, north: 100.0, east: 420.0, south: 300.0 };
    assert_eq!(zoomed_view([tall], whole), Extent { west: 260.0, north: 50.0, east: 560.0, south: 350.0 });
    // Two boxes are taken together (300 × 40, 400 × 140 with the margin); at the map's
    // top-left corner the view is moved inside it.
    let corner = Extent { west: 0.0, north: 0.0, east: 100.0, south: 10.0 };
    let beside = Extent { west: 100.0, north: 0.0, east: 300.0, south: 40.0 };
    assert_eq!(zoomed_view([corner, beside], whole), Extent { west: 0.0, north: 0.0, east: 400.0, south: 140.0 });
    // Nothing chosen, or a choice as wide as the map: the whole map.
    assert_eq!(zoomed_view([], whole), whole);
    assert_eq!(zoomed_view([Extent { west: 10.0, north: 0.0, east: 990.0, south: 20.0 }], whole), whole);
}

/// WCAG 2's contrast ratio of two `#rrggbb` or `#rgb` colours: (lighter + 0.05) / (darker +
/// 0.05) of their relative luminances.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let digits: String = match hex.len() {
            4 => hex[1..].chars().flat_map(|digit| [digit, digit]).collect(),
            _ => hex[1..].to_string(),
        };
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&digits[2 * i..2 * i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The light and dark colours of a `light-dark(#light, #dark)` declaration in style.css, found
/// by what comes before it (`.map-none { fill: `).
fn light_and_dark(css: &str, before: &str) -> (String, String) {
    let start = css.find(before).unwrap_or_else(|| panic!("style.css has no {before}")) + before.len();
    let rest = css[start..].strip_prefix("light-dark(").unwrap_or_else(|| panic!("{before} is not light-dark()"));
    let (pair, _) = rest.split_once(')').unwrap();
    let (light, dark) = pair.split_once(',').unwrap();
    (light.trim().to_string(), dark.trim().to_string())
}

#[test]
fn contrast_follows_wcags_formula() {
    // Black on white is 21:1; WCAG's own example of mid grey #767676 on white is 4.54:1.
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#ffffff", "#767676") - 4.54).abs() < 0.005);
    assert_eq!(contrast("#2a9d8f", "#2a9d8f"), 1.0);
    assert_eq!(contrast("#fff", "#000"), contrast("#ffffff", "#000000"));
}

/// The map's colours in style.css, in both schemes: the two greys of "no data" tell apart
/// (1.5:1 or more), every count's colour stands out from the page as graphics must (3:1, WCAG
/// 1.4.11), and each count's colour further from the page than the one before, so that "more"
/// reads as stronger in either scheme.
#[test]
fn the_map_colours_tell_apart_and_stand_out_from_the_page_in_both_schemes() {
    let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/style.css")).unwrap();
    let background = light_and_dark(&css, "--background: ");
    let absent = light_and_dark(&css, ".map-absent { fill: ");
    let none = light_and_dark(&css, ".map-none { fill: ");
    let counts: Vec<(String, String)> =
        (0..5).map(|i| light_and_dark(&css, &format!(".map-class-{i} {{ fill: "))).collect();
    for (scheme, dark) in [("light", false), ("dark", true)] {
        let pick = |pair: &(String, String)| if dark { pair.1.clone() } else { pair.0.clone() };
        let page = pick(&background);
        let greys = contrast(&pick(&absent), &pick(&none));
        assert!(greys >= 1.5, "{scheme}: the greys are {greys:.2}:1 apart");
        let against_page: Vec<f64> = counts.iter().map(|colour| contrast(&pick(colour), &page)).collect();
        let said = format!("{scheme}: {against_page:.2?} against the page");
        assert!(against_page.iter().all(|ratio| *ratio >= 3.0), "{said}");
        assert!(against_page.windows(2).all(|pair| pair[1] > pair[0]), "{said}");
        assert!(contrast(&pick(&none), &page) < against_page[0], "{said}");
    }
}
