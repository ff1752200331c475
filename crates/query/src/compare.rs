//! One headline figure compared across operations, for the chart beside the timeline.

use explorer_model::text::grouped;
use explorer_model::{Dataset, Metric, json_name};

use crate::operations::participant_count;

/// What the comparison chart measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Figure(Metric),
    /// Participating countries: the stated count, else the listed ones.
    Participants,
}

impl Measure {
    pub const CHOICES: [Measure; 4] = [
        Measure::Figure(Metric::Arrests),
        Measure::Figure(Metric::VictimsRescued),
        Measure::Figure(Metric::MigrantsIdentified),
        Measure::Participants,
    ];

    /// Its name in the URL (`#/timeline?figure=victims_rescued`).
    pub fn key(self) -> String {
        match self {
            Measure::Figure(metric) => json_name(metric).to_string(),
            Measure::Participants => "participants".to_string(),
        }
    }

    pub fn from_key(key: &str) -> Option<Measure> {
        Measure::CHOICES.into_iter().find(|m| m.key() == key)
    }

    /// The measure a view's query asks for with `figure=` (arrests when it names none), and
    /// the pair it could not read, if any: an unknown figure is reported, not guessed at.
    pub fn in_query(query: &str) -> (Measure, Option<String>) {
        let asked = query.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("figure="));
        let default = Measure::Figure(Metric::Arrests);
        match asked {
            None => (default, None),
            Some(key) => match Measure::from_key(key) {
                Some(measure) => (measure, None),
                None => (default, Some(format!("figure={key}"))),
            },
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Measure::Figure(metric) => metric.label(),
            Measure::Participants => "participating countries",
        }
    }
}

/// One operation's bar: its value as stated, or `None` when its releases do not state one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    pub id: String,
    pub label: String,
    /// The first release's value; where releases differ, `range` holds the lowest and highest.
    pub value: Option<u64>,
    pub qualifier: Option<String>,
    pub range: Option<(u64, u64)>,
}

impl Compared {
    /// The value in words: "more than 200", "120–126 (sources differ)", "not stated".
    pub fn text(&self) -> String {
        match (self.range, self.value) {
            (Some((low, high)), _) => format!("{}–{} (sources differ)", grouped(low), grouped(high)),
            (None, Some(value)) => match &self.qualifier {
                Some(qualifier) => format!("{qualifier} {}", grouped(value)),
                None => grouped(value),
            },
            (None, None) => "not stated".to_string(),
        }
    }
}

/// Every reported operation, in time order, with its value of `measure`.
pub fn compare(dataset: &Dataset, measure: Measure) -> Vec<Compared> {
    dataset
        .operations
        .iter()
        .filter(|op| !op.mentioned_only)
        .map(|op| {
            let (value, qualifier, range) = match measure {
                Measure::Figure(metric) => match op.figure(metric) {
                    Some(figure) => (Some(figure.value), figure.qualifier.clone(), op.range(metric)),
                    None => (None, None, None),
                },
                Measure::Participants => (participant_count(op).map(|n| n as u64), None, None),
            };
            Compared { id: op.id.clone(), label: op.title(), value, qualifier, range }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::{Figure, Operation, Source};

    #[test]
    fn reads_the_figure_from_the_query_and_reports_an_unknown_one() {
        assert_eq!(Measure::in_query(""), (Measure::Figure(Metric::Arrests), None));
        assert_eq!(Measure::in_query("?q=x&figure=participants"), (Measure::Participants, None));
        let (measure, unread) = Measure::in_query("figure=%3Cb%3E");
        assert_eq!((measure, unread.as_deref()), (Measure::Figure(Metric::Arrests), Some("figure=%3Cb%3E")));
    }

    #[test]
    fn compares_stated_values_and_leaves_gaps_empty() {
        let arrests = Figure {
            metric: Metric::Arrests,
            value: 200,
            qualifier: Some("more than".into()),
            currency: None,
            as_written: "200".into(),
            source: Source::default(),
        };
        let a = Operation {
            id: "a".into(),
            name: "A".into(),
            figures: vec![arrests],
            stated_country_count: Some(32),
            ..Operation::default()
        };
        let b = Operation { id: "b".into(), name: "B".into(), countries: vec!["ES".into()], ..Operation::default() };
        let c = Operation { id: "c".into(), mentioned_only: true, ..Operation::default() };
        let dataset = Dataset { operations: vec![a, b, c], ..Dataset::default() };
        let values: Vec<(Option<u64>, Option<String>)> =
            compare(&dataset, Measure::Figure(Metric::Arrests)).into_iter().map(|c| (c.value, c.qualifier)).collect();
        assert_eq!(values, [(Some(200), Some("more than".to_string())), (None, None)]);
        let texts: Vec<String> =
            compare(&dataset, Measure::Figure(Metric::Arrests)).iter().map(Compared::text).collect();
        assert_eq!(texts, ["more than 200", "not stated"]);
        let disputed = Compared { range: Some((120, 1260)), ..compare(&dataset, Measure::Participants)[0].clone() };
        assert_eq!(disputed.text(), "120–1,260 (sources differ)");
        let participants: Vec<Option<u64>> =
            compare(&dataset, Measure::Participants).into_iter().map(|c| c.value).collect();
        assert_eq!(participants, [Some(32), Some(1)]);
        assert_eq!(Measure::from_key("victims_rescued"), Some(Measure::Figure(Metric::VictimsRescued)));
        assert_eq!(Measure::from_key("participants").map(Measure::label), Some("participating countries"));
        assert_eq!(Measure::from_key("colour"), None);
    }
}
