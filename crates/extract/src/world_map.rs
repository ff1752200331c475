//! The world map's geometry, drawn at build time: each country of Natural Earth's 1:110m map as
//! an SVG path in the Equal Earth projection, and a dot for each country or territory without a
//! shape of its own at that scale: too small (Malta, Singapore), or drawn as part of another
//! (French Guiana in France). The build step writes the result into the app as statics; what
//! the map shades is the query layer's (`explorer_query::map`).
//!
//! From TopoJSON (the `world-atlas` package's) to [`WorldMap`]: decoding, the antimeridian,
//! projection and SVG paths.

use std::collections::{HashMap, HashSet};

use keshvar::CountryIterator;
use serde::Deserialize;

use crate::annotate::country_index::CountryIndex;

/// The map in SVG user units: x runs east from 0 at 180° W on the equator, y south from 0 at
/// the northernmost point drawn; `view_box` is the width and height.
#[derive(Debug, Clone, PartialEq)]
pub struct WorldMap {
    pub view_box: (f64, f64),
    pub shapes: Vec<Shape>,
    pub dots: Vec<Dot>,
}

/// A country as drawn. `code` is its ISO 3166-1 alpha-2 code; places ISO does not list
/// (Kosovo, Northern Cyprus, Somaliland) have none.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub code: Option<String>,
    pub name: String,
    /// The SVG path's `d`, every ring closed by `z`.
    pub path: String,
    /// The centre of its largest ring (the mainland): where the map's arrow keys measure
    /// from and to.
    pub centre: Point,
    /// West, north, east and south edges of its body: the largest ring and every ring at
    /// least a sixth as large (Alaska, 19% of the rest of the United States; Sumatra), not
    /// small islands or distant territories (French Guiana, 16% of France in Europe), which
    /// would stretch a zoom to a region across the world.
    pub extent: (f64, f64, f64, f64),
}

/// A country or territory that the map has no shape for, at its centre.
#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    pub code: String,
    pub name: String,
    pub x: f64,
    pub y: f64,
}

/// The view box's width; its height follows from the projection's proportions.
const WIDTH: f64 = 1000.0;
/// Antarctica, as the file numbers it and as ISO codes it: left out, since it would take a
/// tenth of the map's height and holds no participant.
const ANTARCTICA_NUMBER: &str = "010";
const ANTARCTICA_CODE: &str = "AQ";

/// A position: longitude and latitude in degrees, or x and y once projected.
pub type Point = (f64, f64);

/// A ring smaller than this part of a country's largest is left out of its extent.
const BODY_SHARE: f64 = 1.0 / 6.0;

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    /// Each arc's positions, quantized, each after the first as a step from the one before.
    arcs: Vec<Vec<[i64; 2]>>,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: GeometryCollection,
}

#[derive(Deserialize)]
struct GeometryCollection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    /// The ISO 3166-1 numeric code ("724"), absent where ISO has none.
    id: Option<String>,
    properties: Properties,
    #[serde(flatten)]
    polygons: Polygons,
}

#[derive(Deserialize)]
struct Properties {
    name: String,
}

/// Rings as lists of arc indices, the first of each polygon its exterior.
#[derive(Deserialize)]
#[serde(tag = "type", content = "arcs")]
enum Polygons {
    Polygon(Vec<Vec<i64>>),
    MultiPolygon(Vec<Vec<Vec<i64>>>),
}

impl Polygons {
    fn rings(&self) -> Vec<&[i64]> {
        match self {
            Polygons::Polygon(rings) => rings.iter().map(Vec::as_slice).collect(),
            Polygons::MultiPolygon(polygons) => polygons.iter().flatten().map(Vec::as_slice).collect(),
        }
    }
}

/// Draws the countries of a TopoJSON world (world-atlas's `countries-110m.json`), with a
/// dot for every country and territory ISO lists that the file has no shape for.
pub fn world_map(topojson: &str) -> Result<WorldMap, String> {
    let topology: Topology = serde_json::from_str(topojson).map_err(|error| format!("not TopoJSON: {error}"))?;
    let arcs = decode_arcs(&topology);
    let code_of_number: HashMap<&str, String> =
        CountryIterator::new().map(|country| (country.number(), country.alpha2().to_string())).collect();
    let names = CountryIndex::shared();
    let name_of = |code: &str| names.describe(code).map(|country| country.name).unwrap_or_default();

    let mut countries = Vec::new();
    for geometry in &topology.objects.countries.geometries {
        if geometry.id.as_deref() == Some(ANTARCTICA_NUMBER) {
            continue;
        }
        let code = geometry.id.as_deref().and_then(|number| code_of_number.get(number)).cloned();
        // The crate's names, as the dataset writes them; the file abridges ("Bosnia and Herz.").
        let name = code.as_deref().map_or_else(|| geometry.properties.name.clone(), name_of);
        let mut rings = Vec::new();
        for indices in geometry.polygons.rings() {
            let pieces = ring_of_arcs(&arcs, indices)
                .and_then(|ring| split_at_antimeridian(&ring))
                .map_err(|error| format!("{}: {error}", geometry.properties.name))?;
            rings.extend(pieces.into_iter().map(|piece| piece.into_iter().map(equal_earth).collect::<Vec<_>>()));
        }
        countries.push((code, name, rings));
    }

    let drawn: HashSet<&str> = countries.iter().filter_map(|(code, _, _)| code.as_deref()).collect();
    let mut without_shape: Vec<(String, Point)> = CountryIterator::new()
        .map(|country| (country.alpha2().to_string(), country))
        .filter(|(code, _)| code != ANTARCTICA_CODE && !drawn.contains(code.as_str()))
        .map(|(code, country)| (code, equal_earth((country.geo().longitude(), country.geo().latitude()))))
        .collect();
    // By code, whatever order the crate lists them in.
    without_shape.sort_by(|a, b| a.0.cmp(&b.0));

    let frame = Frame::around(
        countries.iter().flat_map(|(_, _, rings)| rings.iter().flatten()).chain(without_shape.iter().map(|(_, at)| at)),
    );
    let shapes = countries
        .into_iter()
        .map(|(code, name, rings)| {
            let placed: Vec<Vec<Point>> =
                rings.iter().map(|ring| ring.iter().map(|&point| frame.place(point)).collect()).collect();
            let (centre, extent) = body(&placed);
            Shape { code, name, path: svg_path(rings.iter().map(|ring| frame.steps(ring))), centre, extent }
        })
        .collect();
    let dots = without_shape
        .into_iter()
        .map(|(code, at)| {
            let (x, y) = frame.place(at);
            let name = name_of(&code);
            Dot { code, name, x: x.round(), y: y.round() }
        })
        .collect();
    Ok(WorldMap { view_box: (WIDTH, frame.height.round()), shapes, dots })
}

/// A country's centre and extent (see [`Shape`]) from its rings in view box units, in whole
/// units as the paths are.
fn body(rings: &[Vec<Point>]) -> (Point, (f64, f64, f64, f64)) {
    let measured: Vec<(f64, Point)> = rings.iter().map(|ring| area_and_centroid(ring)).collect();
    let largest = measured.iter().map(|(area, _)| *area).fold(0.0, f64::max);
    let centre = measured.iter().find(|(area, _)| *area == largest).map_or((0.0, 0.0), |(_, centre)| *centre);
    let extent = rings
        .iter()
        .zip(&measured)
        .filter(|(_, (area, _))| *area >= largest * BODY_SHARE)
        .flat_map(|(ring, _)| ring)
        .fold(
            (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY),
            |(west, north, east, south), &(x, y)| (west.min(x), north.min(y), east.max(x), south.max(y)),
        );
    let round = |value: f64| value.round();
    ((round(centre.0), round(centre.1)), (round(extent.0), round(extent.1), round(extent.2), round(extent.3)))
}

/// A ring's area, whichever way round it runs, and its centroid (the shoelace formula); a
/// ring without area has its first position as centre.
fn area_and_centroid(ring: &[Point]) -> (f64, Point) {
    let (mut twice_area, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for (i, &(x0, y0)) in ring.iter().enumerate() {
        let (x1, y1) = ring[(i + 1) % ring.len()];
        let cross = x0 * y1 - x1 * y0;
        twice_area += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if twice_area == 0.0 {
        return (0.0, ring.first().copied().unwrap_or((0.0, 0.0)));
    }
    ((twice_area / 2.0).abs(), (cx / (3.0 * twice_area), cy / (3.0 * twice_area)))
}

/// Every arc's positions in degrees.
fn decode_arcs(topology: &Topology) -> Vec<Vec<Point>> {
    let [scale_x, scale_y] = topology.transform.scale;
    let [translate_x, translate_y] = topology.transform.translate;
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0, 0);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (x as f64 * scale_x + translate_x, y as f64 * scale_y + translate_y)
                })
                .collect()
        })
        .collect()
}

/// A ring's positions from its arcs, without the closing one (a path's `z` draws that
/// edge). Each arc starts where the one before ended; index `!i` (-1 - i) is arc `i` reversed.
fn ring_of_arcs(arcs: &[Vec<Point>], indices: &[i64]) -> Result<Vec<Point>, String> {
    let mut ring: Vec<Point> = Vec::new();
    for &index in indices {
        let (arc_index, reversed) = if index < 0 { (!index, true) } else { (index, false) };
        let arc = usize::try_from(arc_index)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or_else(|| format!("arc {index} is not in the file"))?;
        let mut positions = arc.clone();
        if reversed {
            positions.reverse();
        }
        let shared_start = usize::from(!ring.is_empty());
        ring.extend(positions.into_iter().skip(shared_start));
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    Ok(ring)
}

/// A ring cut into pieces that each lie within 180° W..180° E. world-atlas joins the rings
/// that cross the antimeridian (Russia's Chukotka, Fiji) into one; drawn flat as they are,
/// their edges from one side to the other would cross the whole map.
fn split_at_antimeridian(ring: &[Point]) -> Result<Vec<Vec<Point>>, String> {
    // Longitudes made continuous: a step of more than 180° is the short way round, across
    // the antimeridian, so the ring runs on past ±180° instead.
    let mut unwrapped: Vec<Point> = Vec::with_capacity(ring.len());
    for &(lon, lat) in ring {
        let lon = match unwrapped.last() {
            Some(&(previous, _)) => lon + 360.0 * ((previous - lon) / 360.0).round(),
            None => lon,
        };
        unwrapped.push((lon, lat));
    }
    if let (Some(first), Some(last)) = (unwrapped.first(), unwrapped.last())
        && (last.0 - first.0).abs() > 180.0
    {
        return Err("a ring goes round a pole, which a flat map cannot fill".to_string());
    }
    let west = unwrapped.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let east = unwrapped.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    // Copy k of the world spans 360k - 180 .. 360k + 180 degrees; a ring is cut along the
    // edges of every copy it reaches, and each piece moved back into copy 0.
    let first_copy = ((west + 180.0) / 360.0).floor() as i32;
    let last_copy = ((east - 180.0) / 360.0).ceil() as i32;
    Ok((first_copy..=last_copy)
        .map(|copy| {
            let offset = 360.0 * f64::from(copy);
            let west_part = clip(&unwrapped, offset - 180.0, |lon| lon >= offset - 180.0);
            let piece = clip(&west_part, offset + 180.0, |lon| lon <= offset + 180.0);
            piece.into_iter().map(|(lon, lat)| (lon - offset, lat)).collect::<Vec<_>>()
        })
        .filter(|piece| piece.len() >= 3)
        .collect())
}

/// The part of a ring on the `keep` side of a meridian (Sutherland–Hodgman). Where the
/// ring leaves that side and comes back, the part runs along the meridian, which is the
/// map's edge.
fn clip(ring: &[Point], meridian: f64, keep: impl Fn(f64) -> bool) -> Vec<Point> {
    let mut kept = Vec::with_capacity(ring.len());
    for (i, &current) in ring.iter().enumerate() {
        let previous = ring[(i + ring.len() - 1) % ring.len()];
        if keep(current.0) != keep(previous.0) {
            let t = (meridian - previous.0) / (current.0 - previous.0);
            kept.push((meridian, previous.1 + t * (current.1 - previous.1)));
        }
        if keep(current.0) {
            kept.push(current);
        }
    }
    kept
}

/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018) of a longitude and
/// latitude in degrees, on the unit sphere with y northwards: an equal-area map, so a
/// country's colour covers an area in proportion to its own.
fn equal_earth((lon, lat): Point) -> Point {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let theta = (3f64.sqrt() / 2.0 * lat.to_radians().sin()).asin();
    let (t2, t6) = (theta.powi(2), theta.powi(6));
    let x = 2.0 * 3f64.sqrt() * lon.to_radians() * theta.cos()
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1);
    (x, y)
}

/// Projected positions to the view box: the width holds the whole equator; the height runs
/// from the northernmost position drawn to the southernmost.
struct Frame {
    scale: f64,
    north: f64,
    height: f64,
}

impl Frame {
    fn around<'a>(projected: impl Iterator<Item = &'a Point>) -> Frame {
        let (north, south) =
            projected.fold((f64::NEG_INFINITY, f64::INFINITY), |(north, south), &(_, y)| (north.max(y), south.min(y)));
        let scale = WIDTH / (2.0 * equal_earth((180.0, 0.0)).0);
        Frame { scale, north, height: (north - south) * scale }
    }

    fn place(&self, (x, y): Point) -> Point {
        (WIDTH / 2.0 + x * self.scale, (self.north - y) * self.scale)
    }

    /// A projected ring in whole steps of the view box, without repeated positions.
    fn steps(&self, ring: &[Point]) -> Vec<(i64, i64)> {
        let mut steps: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
        for &point in ring {
            let (x, y) = self.place(point);
            let step = (to_steps(x), to_steps(y));
            if steps.last() != Some(&step) {
                steps.push(step);
            }
        }
        while steps.len() > 1 && steps.first() == steps.last() {
            steps.pop();
        }
        steps
    }
}

/// Coordinates are written in whole units of the view box (a step, 40 km at the equator):
/// a unit is a pixel or less where the page shows the map (60rem wide at most), and tenths
/// would double the paths' size (21.8 KB gzip instead of 10.5 KB) against a budget of 40 KB
/// for the whole map.
fn to_steps(value: f64) -> i64 {
    value.round() as i64
}

/// A path's `d` from rings in steps: each ring in absolute or relative coordinates,
/// whichever is shorter. A ring that rounding left with fewer than three positions is not
/// drawn.
fn svg_path(rings: impl Iterator<Item = Vec<(i64, i64)>>) -> String {
    let mut d = String::new();
    // A relative `m` is relative to the start of the ring `z` closed; the path's first
    // `m` is read as absolute, which is relative to the origin.
    let mut origin = (0, 0);
    for ring in rings.filter(|ring| ring.len() >= 3) {
        let start = ring[0];
        let relative = PathText::ring(
            'm',
            (start.0 - origin.0, start.1 - origin.1),
            ring.windows(2).map(|pair| (pair[1].0 - pair[0].0, pair[1].1 - pair[0].1)),
        );
        let absolute = PathText::ring('M', start, ring[1..].iter().copied());
        d.push_str(if relative.len() <= absolute.len() { &relative } else { &absolute });
        origin = start;
    }
    d
}

/// Path data written as tightly as SVG's grammar allows: after a moveto, further pairs
/// are linetos of the same kind (absolute after `M`, relative after `m`); numbers need a
/// separator only where the next would otherwise run into the last.
struct PathText {
    text: String,
    /// Whether the last thing written is a number.
    after_number: bool,
}

impl PathText {
    fn ring(moveto: char, start: (i64, i64), rest: impl Iterator<Item = (i64, i64)>) -> String {
        let mut path = PathText { text: moveto.to_string(), after_number: false };
        for (x, y) in std::iter::once(start).chain(rest) {
            path.number(x);
            path.number(y);
        }
        path.text.push('z');
        path.text
    }

    /// A number of steps; a space keeps it apart from the last number unless its minus sign does.
    fn number(&mut self, steps: i64) {
        if self.after_number && steps >= 0 {
            self.text.push(' ');
        }
        self.after_number = true;
        self.text.push_str(&steps.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_near(actual: Point, expected: Point, tolerance: f64) {
        let close = (actual.0 - expected.0).abs() <= tolerance && (actual.1 - expected.1).abs() <= tolerance;
        assert!(close, "{actual:?} is not within {tolerance} of {expected:?}");
    }

    #[test]
    fn equal_earth_matches_the_published_formula() {
        assert_eq!(equal_earth((0.0, 0.0)), (0.0, 0.0));
        // The equator's end, π / (√3/2 · A1), and the pole, A1θ + A2θ³ + A3θ⁷ + A4θ⁹ at θ = π/3.
        assert_near(equal_earth((180.0, 0.0)), (2.70663, 0.0), 1e-5);
        assert_near(equal_earth((0.0, 90.0)), (0.0, 1.31736), 1e-5);
        // θ = asin(√3/2 · sin 45°) = 0.65906, worked through by hand.
        assert_near(equal_earth((90.0, 45.0)), (1.15985, 0.86023), 1e-5);
        assert_near(equal_earth((-90.0, -45.0)), (-1.15985, -0.86023), 1e-5);
    }

    /// Two arcs that make a 12° by 8° box over Spain: east along 36° N and up 3° E, then
    /// west along 44° N and down 9° W. Quantized at a degree a step, from 9° W 36° N.
    const BOX: &str = r#"{"type": "Topology",
        "transform": {"scale": [1, 1], "translate": [-9, 36]},
        "arcs": [[[0, 0], [12, 0], [0, 8]], [[12, 8], [-12, 0], [0, -8]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "id": "724", "properties": {"name": "Spain"}},
            {"type": "MultiPolygon", "arcs": [[[-2, -1]]], "properties": {"name": "Nowhere"}},
            {"type": "Polygon", "arcs": [[0, 1]], "id": "010", "properties": {"name": "Antarctica"}}
        ]}}}"#;

    #[test]
    fn arcs_are_decoded_from_steps_and_joined_into_rings() {
        let topology: Topology = serde_json::from_str(BOX).unwrap();
        let arcs = decode_arcs(&topology);
        assert_eq!(arcs[0], [(-9.0, 36.0), (3.0, 36.0), (3.0, 44.0)]);
        assert_eq!(arcs[1], [(3.0, 44.0), (-9.0, 44.0), (-9.0, 36.0)]);
        let ring = ring_of_arcs(&arcs, &[0, 1]).unwrap();
        assert_eq!(ring, [(-9.0, 36.0), (3.0, 36.0), (3.0, 44.0), (-9.0, 44.0)]);
        // ~1 then ~0: the same box the other way round.
        let reversed = ring_of_arcs(&arcs, &[!1, !0]).unwrap();
        assert_eq!(reversed, [(-9.0, 36.0), (-9.0, 44.0), (3.0, 44.0), (3.0, 36.0)]);
        assert!(ring_of_arcs(&arcs, &[2]).is_err());
    }

    #[test]
    fn a_shape_has_its_iso_code_and_no_code_where_iso_has_none() {
        let map = world_map(BOX).unwrap();
        let described: Vec<_> = map.shapes.iter().map(|shape| (shape.code.as_deref(), shape.name.as_str())).collect();
        assert_eq!(described, [(Some("ES"), "Spain"), (None, "Nowhere")]);
        // Every other country and territory is a dot; Antarctica is neither.
        assert!(map.dots.iter().any(|dot| dot.code == "FR" && dot.name == "France"));
        assert!(map.dots.iter().all(|dot| dot.code != "ES" && dot.code != "AQ"));
    }

    #[test]
    fn rings_across_the_antimeridian_are_cut_along_it() {
        // A box from 170° E across the antimeridian to 170° W.
        let ring = [(170.0, 0.0), (-170.0, 0.0), (-170.0, 10.0), (170.0, 10.0)];
        let pieces = split_at_antimeridian(&ring).unwrap();
        assert_eq!(
            pieces,
            [
                vec![(170.0, 0.0), (180.0, 0.0), (180.0, 10.0), (170.0, 10.0)],
                vec![(-180.0, 0.0), (-170.0, 0.0), (-170.0, 10.0), (-180.0, 10.0)],
            ]
        );
        let inside = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)];
        assert_eq!(split_at_antimeridian(&inside).unwrap(), [inside.to_vec()]);
        let round_the_pole = [(0.0, -80.0), (120.0, -80.0), (-120.0, -80.0)];
        assert!(split_at_antimeridian(&round_the_pole).is_err());
    }

    #[test]
    fn paths_take_the_shorter_of_relative_and_absolute_and_skip_rings_without_area() {
        // Relative from the origin, then from the first ring's start.
        let small = vec![(0, 0), (10, 0), (10, 10)];
        let near = vec![(15, -5), (20, -5), (15, 0)];
        assert_eq!(svg_path([small, near].into_iter()), "m0 0 10 0 0 10zm15-5 5 0-5 5z");
        // Steps back and forth longer than the positions themselves: absolute.
        let far_steps = vec![(900, 0), (0, 0), (0, 900)];
        assert_eq!(svg_path([far_steps].into_iter()), "M900 0 0 0 0 900z");
        let line = vec![(0, 0), (10, 0)];
        assert_eq!(svg_path([line].into_iter()), "");
    }

    enum Token {
        Command(char),
        Number(f64),
    }

    /// The rings of a path written by [`svg_path`], in view box units.
    fn rings_of(path: &str) -> Vec<Vec<Point>> {
        let mut tokens = Vec::new();
        let mut number = String::new();
        for c in path.chars() {
            let ends_number = matches!(c, 'm' | 'M' | 'z' | ' ' | '-') || c == '.' && number.contains('.');
            if ends_number && !number.is_empty() {
                tokens.push(Token::Number(number.parse().unwrap()));
                number.clear();
            }
            match c {
                'm' | 'M' | 'z' => tokens.push(Token::Command(c)),
                ' ' => {}
                _ => number.push(c),
            }
        }
        let mut rings: Vec<Vec<Point>> = Vec::new();
        let (mut relative, mut start, mut at) = (false, (0.0, 0.0), (0.0, 0.0));
        let mut tokens = tokens.into_iter();
        while let Some(token) = tokens.next() {
            let mut next_number = || match tokens.next() {
                Some(Token::Number(number)) => number,
                _ => panic!("a pair is cut short in {path}"),
            };
            match token {
                Token::Command('z') => at = start,
                Token::Command(moveto) => {
                    let (x, y) = (next_number(), next_number());
                    relative = moveto == 'm';
                    start = if relative && !rings.is_empty() { (start.0 + x, start.1 + y) } else { (x, y) };
                    at = start;
                    rings.push(vec![start]);
                }
                Token::Number(x) => {
                    let y = next_number();
                    at = if relative { (at.0 + x, at.1 + y) } else { (x, y) };
                    rings.last_mut().unwrap().push(at);
                }
            }
        }
        rings
    }

    /// West, east, north and south edges of a shape's rings.
    fn bounds(rings: &[Vec<Point>]) -> (f64, f64, f64, f64) {
        rings.iter().flatten().fold(
            (f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NEG_INFINITY),
            |(west, east, north, south), &(x, y)| (west.min(x), east.max(x), north.min(y), south.max(y)),
        )
    }

    fn world() -> WorldMap {
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../node_modules/world-atlas/countries-110m.json");
        let topojson = std::fs::read_to_string(file)
            .unwrap_or_else(|error| panic!("{file}: {error}; `npm ci` installs it (cargo xtask does it)"));
        world_map(&topojson).unwrap()
    }

    #[test]
    fn the_world_is_drawn_where_the_projection_puts_it() {
        let map = world();
        // From 180° W to 180° E, and from Greenland's north (83.645° N) to Tierra del
        // Fuego (55.612° S): 184.73 units a unit of the projection, 1.30543 + 1.02679 high,
        // 430.8 rounded to whole units.
        assert_eq!(map.view_box, (1000.0, 431.0));
        let spain = map.shapes.iter().find(|shape| shape.name == "Spain").unwrap();
        assert_eq!(spain.code.as_deref(), Some("ES"));
        // 9.394° W to 3.040° E, 35.947° N to 43.748° N in the file.
        let (west, east, north, south) = bounds(&rings_of(&spain.path));
        // Whole units: each edge within half a unit.
        assert_near((west, east), (477.3, 507.4), 0.51);
        assert_near((north, south), (86.1, 111.4), 0.51);
        // Singapore is a dot at keshvar's centre, 103.820° E 1.352° N.
        let singapore = map.dots.iter().find(|dot| dot.code == "SG").unwrap();
        assert_near((singapore.x, singapore.y), (788.4, 236.1), 0.51);
    }

    #[test]
    fn no_ring_crosses_the_map_and_none_is_lost() {
        let map = world();
        assert_eq!(map.shapes.len(), 176, "every country of the file but Antarctica");
        for shape in &map.shapes {
            let rings = rings_of(&shape.path);
            assert!(!rings.is_empty(), "{} has no ring left", shape.name);
            for ring in &rings {
                let (west, east, ..) = bounds(std::slice::from_ref(ring));
                assert!(east - west < 500.0, "a ring of {} spans {west}..{east}", shape.name);
            }
        }
        // Russia and Fiji reach across the antimeridian: each has rings on both edges.
        for name in ["Russian Federation", "Fiji"] {
            let shape = map.shapes.iter().find(|shape| shape.name == name).unwrap();
            let (west, east, ..) = bounds(&rings_of(&shape.path));
            assert!(west < 200.0 && east > 800.0, "{name} spans {west}..{east}");
        }
    }

    #[test]
    fn a_ring_has_the_area_and_centroid_of_its_shape() {
        // A 4 × 2 box, either way round, and a right triangle with its centroid a third of
        // the way along each leg.
        let square = [(0.0, 0.0), (4.0, 0.0), (4.0, 2.0), (0.0, 2.0)];
        assert_eq!(area_and_centroid(&square), (8.0, (2.0, 1.0)));
        let backwards: Vec<Point> = square.iter().rev().copied().collect();
        assert_eq!(area_and_centroid(&backwards), (8.0, (2.0, 1.0)));
        assert_eq!(area_and_centroid(&[(0.0, 0.0), (6.0, 0.0), (0.0, 3.0)]), (9.0, (2.0, 1.0)));
        // The island is less than a sixth of the mainland: the centre and extent are the mainland's.
        let mainland = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let island = vec![(50.0, 50.0), (54.0, 50.0), (54.0, 54.0), (50.0, 54.0)];
        assert_eq!(body(&[island.clone(), mainland.clone()]), ((5.0, 5.0), (0.0, 0.0, 10.0, 10.0)));
        // A sixth as large or more, it is part of the body.
        let large_island = vec![(50.0, 50.0), (55.0, 50.0), (55.0, 54.0), (50.0, 54.0)];
        assert_eq!(body(&[mainland, large_island]), ((5.0, 5.0), (0.0, 0.0, 55.0, 54.0)));
    }

    #[test]
    fn a_country_is_centred_on_its_mainland_and_spans_its_body() {
        let map = world();
        let shape = |code: &str| map.shapes.iter().find(|shape| shape.code.as_deref() == Some(code)).unwrap();
        // Spain is one ring: its extent is the path's bounds (see above), its centre inside.
        let spain = shape("ES");
        assert_eq!(spain.extent, (477.0, 86.0, 507.0, 111.0));
        assert!((477.0..507.0).contains(&spain.centre.0) && (86.0..111.0).contains(&spain.centre.1));
        // France's body is in Europe: French Guiana (52° W), less than a sixth, is left out.
        let france = shape("FR");
        assert!(france.extent.0 > 470.0, "{:?}", france.extent);
        // Alaska is more than a sixth of the rest of the United States: both are its body.
        let united_states = shape("US");
        // so the United States reach west to the Alaska Peninsula (about 164° W at 55° N: 136
        // units as drawn), not only to the contiguous states' coast (124.7° W at 48.4° N: 193).
        assert!(united_states.extent.0 < 150.0, "{:?}", united_states.extent);
        assert!(united_states.centre.0 > 150.0, "{:?}", united_states.centre);
    }

    #[test]
    fn places_without_an_iso_code_are_drawn_and_small_ones_are_dots() {
        let map = world();
        let uncoded: Vec<&str> =
            map.shapes.iter().filter(|shape| shape.code.is_none()).map(|shape| shape.name.as_str()).collect();
        assert_eq!(uncoded, ["N. Cyprus", "Somaliland", "Kosovo"]);
        let dots: HashSet<&str> = map.dots.iter().map(|dot| dot.code.as_str()).collect();
        for code in ["AW", "CW", "BM", "KY", "TC", "MV", "SC", "SG", "BH", "MT", "LC", "TO"] {
            assert!(dots.contains(code), "{code} has no dot");
        }
        assert!(map.shapes.iter().all(|shape| shape.code.as_deref().is_none_or(|code| !dots.contains(code))));
        assert!(!dots.contains("AQ"));
    }
}
