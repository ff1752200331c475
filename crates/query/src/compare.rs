//! One headline figure, or one kind of seizure in one unit, compared across operations, for
//! the chart beside the timeline.

use std::fmt;

use explorer_model::text::grouped;
use explorer_model::{Dataset, Metric, Operation, Seizure, SeizureKind, Unit, json_name};

use crate::operations::{participant_count, seizure_in_words};

/// What the comparison chart measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Measure {
    Figure(Metric),
    /// Participating countries: the stated count, else the listed ones.
    Participants,
    /// What operations seized of one kind, in one unit.
    Seized(SeizedMeasure),
}

/// One kind of seizure in one unit: drugs in kilograms, firearms counted, cash in euros.
/// Units are never mixed or converted: "tons" in a release is read as tonnes, and a short ton
/// is not a metric one, so tonnes and kilograms are two measures.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SeizedMeasure {
    pub kind: SeizureKind,
    pub unit: SeizedUnit,
}

/// How a seizure's amount is stated.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum SeizedUnit {
    Measured(Unit),
    /// Counted things, with no unit ("212 firearms").
    Counted,
    /// A sum of money in one currency (its ISO code, or the word the text writes).
    Money(String),
}

impl SeizedMeasure {
    /// The measure `seizure` counts in, when it states an amount and its kind can be compared:
    /// `Other` gathers unlike things (waste oil, explosives, phones), whose sum means nothing.
    fn of(seizure: &Seizure) -> Option<SeizedMeasure> {
        if seizure.kind == SeizureKind::Other {
            return None;
        }
        let unit = match (seizure.quantity, seizure.unit, seizure.value, &seizure.currency) {
            (Some(_), Some(unit), _, _) => SeizedUnit::Measured(unit),
            (Some(_), None, _, _) => SeizedUnit::Counted,
            (None, _, Some(_), Some(currency)) => SeizedUnit::Money(currency.clone()),
            _ => return None,
        };
        Some(SeizedMeasure { kind: seizure.kind, unit })
    }

    /// "kg", "count", "EUR": the last part of its key; a currency written as words keeps only
    /// letters and digits, so that the key stays one plain word in an address.
    fn unit_key(&self) -> String {
        match &self.unit {
            SeizedUnit::Measured(unit) => json_name(*unit).to_string(),
            SeizedUnit::Counted => "count".to_string(),
            SeizedUnit::Money(currency) => {
                currency.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
            }
        }
    }

    fn unit_label(&self) -> &str {
        match &self.unit {
            SeizedUnit::Measured(unit) => unit.label(),
            SeizedUnit::Counted => "number",
            SeizedUnit::Money(currency) => currency,
        }
    }

    /// The seizures of an operation that add up to its amount in this measure: totals only (a
    /// part listed under a total of the same measure is in that total already; a part whose
    /// total is stated in another unit or kind stands on its own), and those of one release,
    /// the first that states any, as a figure is its first release's.
    fn summed<'a>(&self, op: &'a Operation) -> Vec<&'a Seizure> {
        let of_measure = |s: &&Seizure| SeizedMeasure::of(s).as_ref() == Some(self);
        let mut seizures = op.seizures.iter().filter(of_measure).peekable();
        let Some(first) = seizures.peek() else { return Vec::new() };
        let document = first.source.document.clone();
        // A part's total may itself be a part ("firearms, including 40 pistols, among them 12
        // revolvers"): every item of the measure can be a total.
        let items: Vec<&str> = op.seizures.iter().filter(of_measure).map(|s| s.item.as_str()).collect();
        let in_its_total = |s: &&Seizure| {
            s.part_of.as_deref().is_some_and(|total| items.iter().any(|i| i.eq_ignore_ascii_case(total)))
        };
        seizures.filter(|s| s.source.document == document && !in_its_total(s)).collect()
    }
}

impl Measure {
    /// The headline figures and the participants, offered whatever the dataset holds.
    const FIGURES: [Measure; 4] = [
        Measure::Figure(Metric::Arrests),
        Measure::Figure(Metric::VictimsRescued),
        Measure::Figure(Metric::MigrantsIdentified),
        Measure::Participants,
    ];

    /// What the chart offers for `dataset`: the figures, then each kind of seizure in each unit
    /// that a reported operation's seizures state an amount in, in the vocabulary's order (a
    /// dataset that states no seizure of an operation offers the figures alone).
    pub fn choices(dataset: &Dataset) -> Vec<Measure> {
        let mut seized: Vec<SeizedMeasure> = dataset
            .operations
            .iter()
            .filter(|op| !op.mentioned_only)
            .flat_map(|op| op.seizures.iter().filter_map(SeizedMeasure::of))
            .collect();
        seized.sort();
        seized.dedup();
        Measure::FIGURES.into_iter().chain(seized.into_iter().map(Measure::Seized)).collect()
    }

    /// Its name in the URL (`#/timeline?figure=victims_rescued`, `figure=seized:drugs:kg`,
    /// `figure=seized:firearms:count`, `figure=seized:cash:EUR`).
    pub fn key(&self) -> String {
        match self {
            Measure::Figure(metric) => json_name(*metric).to_string(),
            Measure::Participants => "participants".to_string(),
            Measure::Seized(seized) => format!("seized:{}:{}", json_name(seized.kind), seized.unit_key()),
        }
    }

    /// The measure of `dataset`'s choices named `key`.
    pub fn from_key(dataset: &Dataset, key: &str) -> Option<Measure> {
        Measure::choices(dataset).into_iter().find(|m| m.key() == key)
    }

    /// The measure a view's query asks for with `figure=` (arrests when it names none), and
    /// the pair it could not read, if any: an unknown figure, or a seizure the dataset does
    /// not state, is reported, not guessed at.
    pub fn in_query(dataset: &Dataset, query: &str) -> (Measure, Option<String>) {
        let asked = query.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("figure="));
        let default = Measure::Figure(Metric::Arrests);
        match asked {
            None => (default, None),
            Some(key) => match Measure::from_key(dataset, key) {
                Some(measure) => (measure, None),
                None => (default, Some(format!("figure={key}"))),
            },
        }
    }

    /// "arrests", "drugs seized (kg)", "firearms seized (number)", "cash seized (EUR)".
    pub fn label(&self) -> String {
        match self {
            Measure::Figure(metric) => metric.label().to_string(),
            Measure::Participants => "participating countries".to_string(),
            Measure::Seized(seized) => format!("{} seized ({})", seized.kind.label(), seized.unit_label()),
        }
    }
}

/// A stated amount with the decimals its text gives it and no more: 1.4 tonnes stays 1.4, and
/// a sum is exact (9.8 kg and 4.1 kg make 13.9 kg, where adding floating-point numbers makes
/// 13.899999999999999).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    /// The amount times ten to the power `decimals`.
    scaled: u128,
    decimals: u32,
}

impl Amount {
    pub fn whole(value: u64) -> Amount {
        Amount { scaled: value.into(), decimals: 0 }
    }

    /// A quantity as the model holds it (1.4 for "1.4 tonnes"), with the decimals of its
    /// shortest form, which are those the text wrote; `None` for a negative or not finite one
    /// or one too large to hold.
    pub fn of_quantity(quantity: f64) -> Option<Amount> {
        if !quantity.is_finite() || quantity < 0.0 {
            return None;
        }
        let written = quantity.to_string();
        let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
        let decimals = u32::try_from(fraction.len()).ok()?;
        let scaled = whole.parse::<u128>().ok()?.checked_mul(10u128.checked_pow(decimals)?)?;
        let fraction = if fraction.is_empty() { 0 } else { fraction.parse::<u128>().ok()? };
        Some(Amount { scaled: scaled.checked_add(fraction)?, decimals })
    }

    /// The sum, with as many decimals as the more precise of the two; `None` if it overflows.
    pub fn plus(self, other: Amount) -> Option<Amount> {
        let decimals = self.decimals.max(other.decimals);
        let at = |a: Amount| a.scaled.checked_mul(10u128.checked_pow(decimals - a.decimals)?);
        Some(Amount { scaled: at(self)?.checked_add(at(other)?)?, decimals })
    }

    /// The amount for drawing (a bar's length): close enough at any size a chart can show.
    pub fn approximately(self) -> f64 {
        self.scaled as f64 / 10f64.powi(self.decimals as i32)
    }
}

impl fmt::Display for Amount {
    /// "1,234.5": the whole part grouped by thousands as the releases write it, then the decimals.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = 10u128.pow(self.decimals);
        let (whole, fraction) = (self.scaled / unit, self.scaled % unit);
        // A whole part past u64 (eighteen quintillion) is no amount a release states.
        write!(f, "{}", u64::try_from(whole).map_or_else(|_| whole.to_string(), grouped))?;
        if self.decimals > 0 {
            write!(f, ".{fraction:0width$}", width = self.decimals as usize)?;
        }
        Ok(())
    }
}

/// One operation's bar: its value as stated, or `None` when its releases do not state one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    pub id: String,
    pub label: String,
    /// The first release's value; where releases differ, `range` holds the lowest and highest.
    pub value: Option<Amount>,
    pub qualifier: Option<String>,
    pub range: Option<(Amount, Amount)>,
    /// For a seizure measure, each seizure the value adds up, in words as the text writes it
    /// ("864 kilograms of cocaine"); empty for a figure.
    pub seizures: Vec<String>,
}

impl Compared {
    /// The value in words: "more than 200", "120–126 (sources differ)", "not stated"; one
    /// seizure as written ("864 kilograms of cocaine"); several added up, each as written
    /// ("13.9 in all: 9.8 kg of Cocaine, 4.1 kg of Heroin").
    pub fn text(&self) -> String {
        let qualified = |value: Amount| match &self.qualifier {
            Some(qualifier) => format!("{qualifier} {value}"),
            None => value.to_string(),
        };
        match (self.range, self.value, self.seizures.as_slice()) {
            (Some((low, high)), _, _) => format!("{low}–{high} (sources differ)"),
            (None, Some(_), [one]) => one.clone(),
            (None, Some(value), []) => qualified(value),
            (None, Some(value), several) => format!("{} in all: {}", qualified(value), several.join(", ")),
            (None, None, _) => "not stated".to_string(),
        }
    }

    /// The value a bar reaches: the highest where releases differ.
    pub fn largest(&self) -> Option<Amount> {
        self.range.map(|(_, high)| high).or(self.value)
    }
}

/// Every reported operation, in time order, with its value of `measure`.
pub fn compare(dataset: &Dataset, measure: &Measure) -> Vec<Compared> {
    dataset
        .operations
        .iter()
        .filter(|op| !op.mentioned_only)
        .map(|op| {
            let (id, label) = (op.id.clone(), op.title());
            match measure {
                Measure::Figure(metric) => {
                    let figure = op.figure(*metric);
                    let range = op.range(*metric).map(|(low, high)| (Amount::whole(low), Amount::whole(high)));
                    Compared {
                        id,
                        label,
                        value: figure.map(|f| Amount::whole(f.value)),
                        qualifier: figure.and_then(|f| f.qualifier.clone()),
                        range: range.filter(|_| figure.is_some()),
                        seizures: Vec::new(),
                    }
                }
                Measure::Participants => Compared {
                    id,
                    label,
                    value: participant_count(op).map(|n| Amount::whole(n as u64)),
                    qualifier: None,
                    range: None,
                    seizures: Vec::new(),
                },
                Measure::Seized(seized) => {
                    let summed = seized.summed(op);
                    Compared {
                        id,
                        label,
                        value: total(&summed),
                        qualifier: total_qualifier(&summed),
                        range: None,
                        seizures: summed.iter().map(|s| seizure_in_words(s)).collect(),
                    }
                }
            }
        })
        .collect()
}

/// The seizures' amounts added up; `None` for none, or if one cannot be held.
fn total(seizures: &[&Seizure]) -> Option<Amount> {
    let amount = |s: &Seizure| match (s.quantity, s.value) {
        (Some(quantity), _) => Amount::of_quantity(quantity),
        (None, value) => value.map(Amount::whole),
    };
    let mut amounts = seizures.iter().map(|s| amount(s));
    let first = amounts.next()??;
    amounts.try_fold(first, |sum, next| sum.plus(next?))
}

/// A total is as approximate as its parts: "more than 131,000" and 240 make "more than
/// 131,240"; parts approximate in different ways ("more than", "nearly") make an
/// approximate total, and the words of each stay beside it.
fn total_qualifier(seizures: &[&Seizure]) -> Option<String> {
    let mut qualifiers: Vec<&str> = seizures.iter().filter_map(|s| s.qualifier.as_deref()).collect();
    qualifiers.sort_unstable();
    qualifiers.dedup();
    match qualifiers.as_slice() {
        [] => None,
        [one] => Some(one.to_string()),
        _ => Some("approximately".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_model::{Figure, Source};

    fn seizure(item: &str, kind: SeizureKind, quantity: f64, unit: Option<Unit>, written: &str) -> Seizure {
        Seizure {
            item: item.into(),
            kind,
            quantity: Some(quantity),
            unit,
            value: None,
            currency: None,
            qualifier: None,
            part_of: None,
            as_written: written.into(),
            source: Source { document: "a.txt".into(), ..Source::default() },
        }
    }

    fn drugs_in(unit: Unit) -> Measure {
        Measure::Seized(SeizedMeasure { kind: SeizureKind::Drugs, unit: SeizedUnit::Measured(unit) })
    }

    #[test]
    fn reads_the_figure_from_the_query_and_reports_an_unknown_one() {
        let none = Dataset::default();
        assert_eq!(Measure::in_query(&none, ""), (Measure::Figure(Metric::Arrests), None));
        assert_eq!(Measure::in_query(&none, "?q=x&figure=participants"), (Measure::Participants, None));
        let (measure, unread) = Measure::in_query(&none, "figure=%3Cb%3E");
        assert_eq!((measure, unread.as_deref()), (Measure::Figure(Metric::Arrests), Some("figure=%3Cb%3E")));
        // A seizure measure the dataset does not state is reported like any unknown key.
        let (measure, unread) = Measure::in_query(&none, "figure=seized:drugs:kg");
        assert_eq!((measure, unread.as_deref()), (Measure::Figure(Metric::Arrests), Some("figure=seized:drugs:kg")));
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
        let arrests = Measure::Figure(Metric::Arrests);
        let values: Vec<(Option<Amount>, Option<String>)> =
            compare(&dataset, &arrests).into_iter().map(|c| (c.value, c.qualifier)).collect();
        assert_eq!(values, [(Some(Amount::whole(200)), Some("more than".to_string())), (None, None)]);
        let texts: Vec<String> = compare(&dataset, &arrests).iter().map(Compared::text).collect();
        assert_eq!(texts, ["more than 200", "not stated"]);
        let disputed = Compared {
            range: Some((Amount::whole(120), Amount::whole(1260))),
            ..compare(&dataset, &Measure::Participants)[0].clone()
        };
        assert_eq!(disputed.text(), "120–1,260 (sources differ)");
        let participants: Vec<Option<Amount>> =
            compare(&dataset, &Measure::Participants).into_iter().map(|c| c.value).collect();
        assert_eq!(participants, [Some(Amount::whole(32)), Some(Amount::whole(1))]);
        assert_eq!(Measure::from_key(&dataset, "victims_rescued"), Some(Measure::Figure(Metric::VictimsRescued)));
        assert_eq!(
            Measure::from_key(&dataset, "participants").map(|m| m.label()).as_deref(),
            Some("participating countries")
        );
        assert_eq!(Measure::from_key(&dataset, "colour"), None);
        // No operation states a seizure: the figures alone are offered.
        assert_eq!(Measure::choices(&dataset), Measure::FIGURES);
    }

    #[test]
    fn amounts_keep_the_decimals_written_and_add_up_exactly() {
        let amount = |q: f64| Amount::of_quantity(q).unwrap();
        assert_eq!(amount(1.4).to_string(), "1.4");
        assert_eq!(amount(4.38).to_string(), "4.38");
        assert_eq!(amount(14_300_000.0).to_string(), "14,300,000");
        assert_eq!(amount(9.8).plus(amount(4.1)).unwrap().to_string(), "13.9");
        assert_eq!(amount(96.2).plus(amount(37.0)).unwrap().to_string(), "133.2");
        assert_eq!(amount(0.05).plus(amount(1234.0)).unwrap().to_string(), "1,234.05");
        assert_eq!(Amount::whole(1_932).to_string(), "1,932");
        assert_eq!(amount(2.5).approximately(), 2.5);
        assert_eq!(Amount::of_quantity(-1.0), None);
        assert_eq!(Amount::of_quantity(f64::NAN), None);
        assert_eq!(Amount::of_quantity(1e300), None);
    }

    #[test]
    fn seizures_add_up_per_kind_and_unit_totals_only() {
        let mut rifles = seizure("rifles", SeizureKind::Firearms, 35.0, None, "35");
        rifles.part_of = Some("firearms".into());
        let mut revolvers = seizure("revolvers", SeizureKind::Firearms, 12.0, None, "12");
        revolvers.part_of = Some("rifles".into());
        let mut more_than = seizure("cocaine", SeizureKind::Drugs, 380.0, Some(Unit::Kilograms), "380 kg");
        more_than.qualifier = Some("more than".into());
        let a = Operation {
            id: "a".into(),
            name: "A".into(),
            seizures: vec![
                more_than,
                seizure("heroin", SeizureKind::Drugs, 4.1, Some(Unit::Kilograms), "4.1 kg"),
                seizure("cannabis", SeizureKind::Drugs, 1.4, Some(Unit::Tonnes), "1.4 tonnes"),
                seizure("firearms", SeizureKind::Firearms, 212.0, None, "212"),
                rifles,
                revolvers,
                seizure("phones", SeizureKind::Other, 40.0, None, "40"),
            ],
            ..Operation::default()
        };
        let mut pistols = seizure("pistols", SeizureKind::Firearms, 26.0, None, "26");
        pistols.part_of = Some("weapons".into());
        let mut later = seizure("hashish", SeizureKind::Drugs, 50.0, Some(Unit::Kilograms), "50 kg");
        later.source.document = "b.txt".into();
        let b = Operation {
            id: "b".into(),
            name: "B".into(),
            seizures: vec![
                seizure("weapons", SeizureKind::Other, 297.0, None, "297"),
                pistols,
                seizure("hashish", SeizureKind::Drugs, 6_240.0, Some(Unit::Kilograms), "6,240 kilos"),
                later,
            ],
            ..Operation::default()
        };
        let dataset = Dataset { operations: vec![a, b, Operation::default()], ..Dataset::default() };
        let keys: Vec<String> = Measure::choices(&dataset)[Measure::FIGURES.len()..].iter().map(Measure::key).collect();
        // Kilograms and tonnes apart, never converted; no choice for `other`.
        assert_eq!(keys, ["seized:drugs:kg", "seized:drugs:tonnes", "seized:firearms:count"]);
        let rows = |key: &str| {
            let measure = Measure::from_key(&dataset, key).unwrap();
            assert_eq!(measure.key(), key);
            compare(&dataset, &measure).iter().map(|row| (row.largest(), row.text())).collect::<Vec<_>>()
        };
        let amount = |q: f64| Some(Amount::of_quantity(q).unwrap());
        assert_eq!(
            rows("seized:drugs:kg"),
            [
                // Approximate in part, so approximate in all, each part as written.
                (amount(384.1), "more than 384.1 in all: more than 380 kg of cocaine, 4.1 kg of heroin".to_string()),
                // One release's seizures: the second release's 50 kg may be the same hashish.
                (amount(6_240.0), "6,240 kilos of hashish".to_string()),
                (None, "not stated".to_string()),
            ]
        );
        assert_eq!(rows("seized:drugs:tonnes")[0], (amount(1.4), "1.4 tonnes of cannabis".to_string()));
        assert_eq!(
            rows("seized:firearms:count"),
            [
                // The rifles, and the revolvers among them, are in the 212.
                (amount(212.0), "212 firearms".to_string()),
                // The pistols' total is of another kind: they count on their own.
                (amount(26.0), "26 pistols".to_string()),
                (None, "not stated".to_string()),
            ]
        );
        assert_eq!(drugs_in(Unit::Kilograms).label(), "drugs seized (kg)");
        assert_eq!(Measure::from_key(&dataset, "seized:drugs:g"), None);
        assert_eq!(Measure::from_key(&dataset, "seized:other:count"), None);
    }

    #[test]
    fn money_is_compared_per_currency() {
        let cash = |value: u64, currency: &str, written: &str, qualifier: Option<&str>| Seizure {
            value: Some(value),
            quantity: None,
            currency: Some(currency.into()),
            qualifier: qualifier.map(String::from),
            ..seizure("cash", SeizureKind::Cash, 0.0, None, written)
        };
        let op = Operation {
            id: "a".into(),
            seizures: vec![
                cash(3_100_000, "EUR", "EUR 3.1 million", Some("nearly")),
                cash(320_000, "dinars", "320,000 dinars", None),
                cash(200_000, "EUR", "EUR 200,000", Some("more than")),
            ],
            ..Operation::default()
        };
        let dataset = Dataset { operations: vec![op], ..Dataset::default() };
        let seized: Vec<(String, String)> =
            Measure::choices(&dataset)[Measure::FIGURES.len()..].iter().map(|m| (m.key(), m.label())).collect();
        assert_eq!(
            seized,
            [
                ("seized:cash:EUR".to_string(), "cash seized (EUR)".to_string()),
                ("seized:cash:dinars".to_string(), "cash seized (dinars)".to_string()),
            ]
        );
        let euros = &compare(&dataset, &Measure::from_key(&dataset, "seized:cash:EUR").unwrap())[0];
        assert_eq!(
            euros.text(),
            "approximately 3,300,000 in all: nearly EUR 3.1 million in cash, more than EUR 200,000 in cash"
        );
    }
}
