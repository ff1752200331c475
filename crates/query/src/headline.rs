//! The figures a reader looks for first: arrests, victims rescued and migrants identified, as
//! one line per operation, as columns of the operations table and as totals over the
//! timeline. Where operations count a figure differently, the words say so.

use explorer_model::figure_value;
use explorer_model::text::counted;
use explorer_model::text::grouped;
use explorer_model::{Metric, Operation};

use crate::operations::{participants_summary, when};
use crate::sorting::sort_by;

/// The headline figures a reader looks for first, in the order they are shown.
pub const AT_A_GLANCE: [Metric; 3] = [Metric::Arrests, Metric::VictimsRescued, Metric::MigrantsIdentified];

/// An operation's headline figure as a table cell shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineCell {
    /// As the first release states it ("more than 200").
    pub value: String,
    /// How this operation's figure differs from others' or from its other releases'.
    pub note: Option<String>,
}

/// The cell of an operation's figure of `metric`, if a release states it.
pub fn headline_cell(op: &Operation, metric: Metric) -> Option<HeadlineCell> {
    let figure = op.figure(metric)?;
    let mut notes = Vec::new();
    if op.range(metric).is_some() {
        notes.push("its releases differ".to_string());
    }
    // Weka II's 300 arrests leave out "some 100 additional arrests for other crimes".
    if metric == Metric::Arrests
        && let Some(other) = op.figure(Metric::ArrestsOtherCrimes)
    {
        notes.push(format!("{} arrests for other crimes not included", figure_value(other)));
    }
    let note = (!notes.is_empty()).then(|| notes.join("; "));
    Some(HeadlineCell { value: figure_value(figure), note })
}

/// One line that tells an operation at a glance: when, how many countries, the headline
/// figures ("12–17 June 2022 · 44 countries (stated and listed) · 300 arrests · nearly 700
/// victims rescued · some 4,000 irregular migrants identified").
pub fn summary_line(op: &Operation) -> String {
    let mut parts = vec![when(op), format!("participants: {}", participants_summary(op))];
    parts.extend(headline_figures(op));
    parts.join(" · ")
}

/// The headline figures an operation's releases state, each in words ("300 arrests").
pub fn headline_figures(op: &Operation) -> Vec<String> {
    AT_A_GLANCE
        .into_iter()
        .filter_map(|metric| Some(format!("{} {}", headline_cell(op, metric)?.value, metric.label())))
        .collect()
}

/// The headline figures summed over operations, a line per figure: "3,455 arrests in the 5
/// operations that state it, 1 of them approximately (“more than”)". Of a figure, its first
/// release's value counts, as everywhere else; an operation that does not state it adds
/// nothing and is not counted among those that do.
pub fn totals(operations: &[&Operation]) -> Vec<String> {
    AT_A_GLANCE
        .iter()
        .filter_map(|&metric| {
            let figures: Vec<_> = operations.iter().filter_map(|op| op.figure(metric)).collect();
            if figures.is_empty() {
                return None;
            }
            let sum: u64 = figures.iter().map(|f| f.value).sum();
            let mut qualifiers: Vec<&str> = figures.iter().filter_map(|f| f.qualifier.as_deref()).collect();
            let approximate = qualifiers.len();
            sort_by(&mut qualifiers, |a, b| a.cmp(b));
            qualifiers.dedup();
            let stating = counted(figures.len(), "operation that states it", "operations that state it");
            let caveat = match approximate {
                0 => String::new(),
                n => format!(", {n} of them approximately (“{}”)", qualifiers.join("”, “")),
            };
            Some(format!("{} {} in the {stating}{caveat}", grouped(sum), metric.label()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::{Figure, Source};

    fn figure(metric: Metric, value: u64, qualifier: Option<&str>, document: &str) -> Figure {
        Figure {
            metric,
            value,
            qualifier: qualifier.map(str::to_string),
            currency: None,
            as_written: value.to_string(),
            source: Source { document: document.to_string(), ..Source::default() },
        }
    }

    fn operation(figures: Vec<Figure>) -> Operation {
        Operation { name: "Kestrel".into(), year: Some(2022), figures, ..Operation::default() }
    }

    #[test]
    fn a_cell_says_where_a_figure_is_counted_differently() {
        let weka = operation(vec![
            figure(Metric::Arrests, 300, None, "a.txt"),
            figure(Metric::ArrestsOtherCrimes, 100, Some("some"), "a.txt"),
        ]);
        let cell = headline_cell(&weka, Metric::Arrests).unwrap();
        assert_eq!(cell.value, "300");
        assert_eq!(cell.note.as_deref(), Some("some 100 arrests for other crimes not included"));
        let disputed =
            operation(vec![figure(Metric::Arrests, 126, None, "a.txt"), figure(Metric::Arrests, 120, None, "b.txt")]);
        assert_eq!(headline_cell(&disputed, Metric::Arrests).unwrap().note.as_deref(), Some("its releases differ"));
        assert_eq!(headline_cell(&disputed, Metric::VictimsRescued), None);
    }

    #[test]
    fn the_summary_line_gives_when_who_and_the_headline_figures() {
        let op = Operation {
            stated_country_count: Some(44),
            countries: vec!["ES".into()],
            ..operation(vec![figure(Metric::VictimsRescued, 700, Some("nearly"), "a.txt")])
        };
        assert_eq!(summary_line(&op), "2022 · participants: 44 stated, 1 listed · nearly 700 victims rescued");
    }

    #[test]
    fn totals_count_the_operations_that_state_a_figure_and_say_when_some_are_rounded() {
        let a = operation(vec![figure(Metric::Arrests, 200, Some("more than"), "a.txt")]);
        let b =
            operation(vec![figure(Metric::Arrests, 1_300, None, "b.txt"), figure(Metric::Arrests, 9, None, "c.txt")]);
        let c = operation(vec![figure(Metric::VictimsRescued, 12, None, "d.txt")]);
        assert_eq!(
            totals(&[&a, &b, &c]),
            [
                "1,500 arrests in the 2 operations that state it, 1 of them approximately (“more than”)",
                "12 victims rescued in the 1 operation that states it",
            ]
        );
        assert!(totals(&[]).is_empty());
    }
}
