//! The timeline's geometry, computed apart from any drawing (a headless controller): one lane
//! per series, one bar per operation, year ticks, all in the SVG's user units.

use explorer_model::Operation;
use explorer_model::date::{Date, PartialDate};
use explorer_model::text::counted;

use crate::operations::crime_areas_in_words;

/// How an operation's bar is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    /// Start and end dates are known: the bar spans them.
    Dated,
    /// Only the year is known: the bar spans the year, drawn as uncertain.
    YearOnly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub id: String,
    /// What the bar's link says: the operation's title and the crime areas it targeted.
    pub label: String,
    pub x: f64,
    pub width: f64,
    pub extent: Extent,
    /// Named only in another release: drawn apart.
    pub mentioned_only: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub series: String,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearTick {
    pub year: i32,
    pub x: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub lanes: Vec<Lane>,
    pub ticks: Vec<YearTick>,
    /// Operations without a year cannot be placed; the view lists them beside the chart.
    pub unplaced: Vec<String>,
}

/// Bars narrower than this (a five-day operation on a six-year axis) are widened to it, so
/// that every operation can be seen and clicked.
pub const MIN_BAR_WIDTH: f64 = 6.0;

/// Lays out `operations` over `width` units, from 1 January of the first year to 31 December
/// of the last. Lanes are in order of each series' first operation.
pub fn layout(operations: &[&Operation], width: f64) -> Layout {
    let years: Vec<i32> = operations.iter().filter_map(|op| op.year).collect();
    let (Some(&first), Some(&last)) = (years.iter().min(), years.iter().max()) else {
        return Layout {
            lanes: Vec::new(),
            ticks: Vec::new(),
            unplaced: operations.iter().map(|op| op.id.clone()).collect(),
        };
    };
    let day = |year: i32, month: u8, day: u8| Date::new(year, month, day).map_or(0, Date::days_since_epoch);
    let origin = day(first, 1, 1);
    let span = (day(last + 1, 1, 1) - origin).max(1) as f64;
    let x_of = |days: i64| (days - origin) as f64 / span * width;

    let mut lanes: Vec<Lane> = Vec::new();
    let mut unplaced = Vec::new();
    for op in operations {
        // A month-precision span covers its whole months; a day without a year has no place.
        let dated = op.start.and_then(PartialDate::first_day).zip(op.end.and_then(PartialDate::last_day));
        let (start, end, extent) = match (dated, op.year) {
            (Some((start, end)), _) => (start.days_since_epoch(), end.days_since_epoch() + 1, Extent::Dated),
            (None, Some(year)) => (day(year, 1, 1), day(year + 1, 1, 1), Extent::YearOnly),
            _ => {
                unplaced.push(op.id.clone());
                continue;
            }
        };
        let bar = Bar {
            id: op.id.clone(),
            label: match crime_areas_in_words(op) {
                Some(areas) => format!("{} ({areas})", op.title()),
                None => op.title(),
            },
            x: x_of(start),
            width: (x_of(end) - x_of(start)).max(MIN_BAR_WIDTH),
            extent,
            mentioned_only: op.mentioned_only,
        };
        match lanes.iter_mut().find(|lane| lane.series == op.series) {
            Some(lane) => lane.bars.push(bar),
            None => lanes.push(Lane { series: op.series.clone(), bars: vec![bar] }),
        }
    }
    let ticks = (first..=last).map(|year| YearTick { year, x: x_of(day(year, 1, 1)) }).collect();
    Layout { lanes, ticks, unplaced }
}

/// How many operations lie wholly before and wholly after the stretch of the axis a reader
/// sees (`from` to `to`, in the layout's units): what a chart that scrolls sideways says is out
/// of view.
pub fn out_of_view(layout: &Layout, from: f64, to: f64) -> (usize, usize) {
    let bars = || layout.lanes.iter().flat_map(|lane| &lane.bars);
    let earlier = bars().filter(|bar| bar.x + bar.width <= from).count();
    let later = bars().filter(|bar| bar.x >= to).count();
    (earlier, later)
}

/// What a chart that scrolls sideways says of the operations out of view: "Scroll sideways
/// for 2 earlier operations"; nothing when every operation is in view.
pub fn scroll_cue((earlier, later): (usize, usize)) -> Option<String> {
    let earlier_ones = |n| counted(n, "earlier operation", "earlier operations");
    let hidden = match (earlier, later) {
        (0, 0) => return None,
        (n, 0) => earlier_ones(n),
        (0, n) => counted(n, "later operation", "later operations"),
        (e, l) => format!("{} and {}", earlier_ones(e), counted(l, "later one", "later ones")),
    };
    Some(format!("Scroll sideways for {hidden}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(id: &str, series: &str, year: Option<i32>, dates: Option<(&str, &str)>) -> Operation {
        Operation {
            id: id.to_string(),
            name: id.to_string(),
            series: series.to_string(),
            year,
            start: dates.map(|d| d.0.parse().unwrap()),
            end: dates.map(|d| d.1.parse().unwrap()),
            ..Operation::default()
        }
    }

    #[test]
    fn places_bars_on_a_year_axis_in_series_lanes() {
        let a = op("a", "Alpha", Some(2020), Some(("2020-07-01", "2020-12-31")));
        let b = op("b", "Beta", Some(2021), None);
        let c = op("c", "Alpha", Some(2021), Some(("2021-01-01", "2021-01-05")));
        let d = op("d", "Gamma", None, None);
        let layout = layout(&[&a, &b, &c, &d], 731.0);
        // 2020 and 2021 make 731 days: one unit a day.
        let ticks: Vec<(i32, f64)> = layout.ticks.iter().map(|t| (t.year, t.x)).collect();
        assert_eq!(ticks, [(2020, 0.0), (2021, 366.0)]);
        let series: Vec<&str> = layout.lanes.iter().map(|l| l.series.as_str()).collect();
        assert_eq!(series, ["Alpha", "Beta"]);
        let alpha = &layout.lanes[0].bars;
        assert_eq!((alpha[0].x, alpha[0].width, alpha[0].extent), (182.0, 184.0, Extent::Dated));
        // Five days are narrower than the minimum width.
        assert_eq!((alpha[1].x, alpha[1].width), (366.0, MIN_BAR_WIDTH));
        let beta = &layout.lanes[1].bars[0];
        assert_eq!((beta.x, beta.width, beta.extent), (366.0, 365.0, Extent::YearOnly));
        assert_eq!(layout.unplaced, ["d"]);
    }

    #[test]
    fn counts_the_operations_out_of_view_and_says_so() {
        let a = op("a", "Alpha", Some(2020), Some(("2020-07-01", "2020-12-31")));
        let b = op("b", "Beta", Some(2021), None);
        let c = op("c", "Alpha", Some(2021), Some(("2021-01-01", "2021-01-05")));
        // One unit a day: a spans 182–366, b 366–731, c 366–372.
        let layout = layout(&[&a, &b, &c], 731.0);
        assert_eq!(out_of_view(&layout, 0.0, 731.0), (0, 0));
        assert_eq!(out_of_view(&layout, 0.0, 366.0), (0, 2));
        assert_eq!(out_of_view(&layout, 366.0, 731.0), (1, 0));
        // A bar partly in view is in view.
        assert_eq!(out_of_view(&layout, 370.0, 400.0), (1, 0));
        assert_eq!(scroll_cue((0, 0)), None);
        assert_eq!(scroll_cue((0, 2)).as_deref(), Some("Scroll sideways for 2 later operations"));
        assert_eq!(scroll_cue((1, 0)).as_deref(), Some("Scroll sideways for 1 earlier operation"));
        assert_eq!(scroll_cue((2, 1)).as_deref(), Some("Scroll sideways for 2 earlier operations and 1 later one"));
    }

    #[test]
    fn a_bar_says_the_crime_areas_its_operation_targeted() {
        use explorer_model::{CrimeArea, StatedCrimeArea};
        let stated = |area| StatedCrimeArea { area, source: Default::default() };
        let mut a = op("a", "Alpha", Some(2020), None);
        // Two passages name trafficking: the label names it once.
        a.crime_areas = [CrimeArea::HumanTrafficking, CrimeArea::MigrantSmuggling, CrimeArea::HumanTrafficking]
            .map(stated)
            .to_vec();
        let b = op("b", "Beta", Some(2020), None);
        let layout = layout(&[&a, &b], 100.0);
        let labels: Vec<&str> = layout.lanes.iter().map(|lane| lane.bars[0].label.as_str()).collect();
        assert_eq!(labels, ["Operation a (human trafficking, migrant smuggling)", "Operation b"]);
    }

    #[test]
    fn nothing_to_place_gives_an_empty_axis() {
        let d = op("d", "Gamma", None, None);
        let layout = layout(&[&d], 100.0);
        assert!(layout.lanes.is_empty() && layout.ticks.is_empty());
        assert_eq!(layout.unplaced, ["d"]);
    }
}
