//! Amounts as releases state what was seized: a measure ("1.4 tonnes", "5 800 litres", "380
//! kg", "12,600 cubic metres"), a count ("212", "41.3 million") or a sum of money ("EUR 3.1
//! million", "412,000 euros"), each with its qualifier ("more than"). What was measured,
//! counted or paid is the readers' business (`read/seizures.rs`).

use std::ops::Range;
use std::sync::LazyLock;

use explorer_model::Unit;
use regex::Regex;

use super::numbers::{NumberMention, QUALIFIERS, qualifier_as_shown};

/// How much an amount is.
#[derive(Debug, Clone, PartialEq)]
pub enum Amount {
    Measured { quantity: f64, unit: Unit },
    Counted(u64),
    Money { value: u64, currency: String },
}

impl Amount {
    /// The amount as a seizure states it: quantity, unit, value and currency.
    pub fn seizure_fields(&self) -> (Option<f64>, Option<Unit>, Option<u64>, Option<String>) {
        match self {
            Amount::Measured { quantity, unit } => (Some(*quantity), Some(*unit), None, None),
            Amount::Counted(count) => (Some(*count as f64), None, None, None),
            Amount::Money { value, currency } => (None, None, Some(*value), Some(currency.clone())),
        }
    }

    /// Whether two amounts are of one measure: both counts, both of one unit, or both sums
    /// of one currency.
    pub fn same_measure(&self, other: &Amount) -> bool {
        match (self, other) {
            (Amount::Measured { unit: a, .. }, Amount::Measured { unit: b, .. }) => a == b,
            (Amount::Counted(_), Amount::Counted(_)) => true,
            (Amount::Money { currency: a, .. }, Amount::Money { currency: b, .. }) => a == b,
            _ => false,
        }
    }
}

/// One amount written in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityMention {
    pub amount: Amount,
    /// The amount as written, unit or currency included, qualifier left out ("1.4 tonnes").
    pub span: Range<usize>,
    /// "more than", ... in lower case; `None` when stated exactly.
    pub qualifier: Option<String>,
}

/// Units as written, with the unit they are.
const UNITS: [(&str, Unit); 24] = [
    ("cubic metres", Unit::CubicMetres),
    ("cubic meters", Unit::CubicMetres),
    ("m3", Unit::CubicMetres),
    ("m³", Unit::CubicMetres),
    ("kilograms", Unit::Kilograms),
    ("kilogrammes", Unit::Kilograms),
    ("kilos", Unit::Kilograms),
    // "600 kgs cocaine", as some news copy writes the plural.
    ("kgs", Unit::Kilograms),
    ("kg", Unit::Kilograms),
    ("grams", Unit::Grams),
    ("g", Unit::Grams),
    ("metric tons", Unit::Tonnes),
    ("tonnes", Unit::Tonnes),
    ("tons", Unit::Tonnes),
    ("litres", Unit::Litres),
    ("liters", Unit::Litres),
    ("tonne", Unit::Tonnes),
    // In Spanish and Portuguese.
    ("kilogramos", Unit::Kilograms),
    ("quilos", Unit::Kilograms),
    ("quilogramas", Unit::Kilograms),
    ("gramos", Unit::Grams),
    ("gramas", Unit::Grams),
    ("toneladas", Unit::Tonnes),
    ("litros", Unit::Litres),
];

/// A measure: an optional qualifier, digits (thousands by comma or space, a decimal by dot)
/// with an optional scale word, and a unit.
static MEASURE: LazyLock<Regex> = LazyLock::new(|| {
    let units: Vec<String> = UNITS.iter().map(|(written, _)| regex::escape(written).replace(' ', r"\s+")).collect();
    let pattern = format!(
        r"(?i)(?:(?-u:\b)(?P<qualifier>{qualifiers})\s+)?(?P<number>(?-u:\b)\d{{1,3}}(?:[,\x{{A0}}\x{{2009}}\x{{202F}} ]\d{{3}})+|(?-u:\b)\d+(?:\.\d+)?)(?:\s+(?P<scale>thousand|million))?\s?(?P<unit>{units})(?-u:\b)",
        qualifiers = QUALIFIERS.join("|"),
        units = units.join("|"),
    );
    Regex::new(&pattern).expect("valid regex")
});

/// A unit right after a number.
static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let units: Vec<String> = UNITS.iter().map(|(written, _)| regex::escape(written).replace(' ', r"\s+")).collect();
    Regex::new(&format!(r"(?i)^\s?(?:{})(?-u:\b)", units.join("|"))).expect("valid regex")
});

/// Every amount in `text[range]`, in order: the measures found here, then each of
/// `numbers` (the sentence's numbers) that no measure holds, as a count or a sum.
pub fn quantity_mentions(text: &str, range: Range<usize>, numbers: &[NumberMention]) -> Vec<QuantityMention> {
    let slice = &text[range.clone()];
    let mut found: Vec<QuantityMention> = MEASURE
        .captures_iter(slice)
        .filter_map(|caps| {
            let number = caps.name("number")?;
            // "1,5 kg": digits after a comma or a dot that follows a digit are a decimal's or a
            // code's, not a measure's whole number.
            if matches!(slice.as_bytes()[..number.start()], [.., digit, b',' | b'.'] if digit.is_ascii_digit()) {
                return None;
            }
            let unit = caps.name("unit")?;
            let quantity = measured_value(number.as_str(), caps.name("scale").map(|s| s.as_str()))?;
            let unit = unit_named(unit.as_str())?;
            Some(QuantityMention {
                amount: Amount::Measured { quantity, unit },
                span: range.start + number.start()..range.start + caps.get(0)?.end(),
                qualifier: caps.name("qualifier").map(|q| qualifier_as_shown(q.as_str())),
            })
        })
        .collect();
    for number in numbers {
        // A number before a unit is a measure, even one left unread ("1.410 kg"): no count.
        let measured = found.iter().any(|m| m.span.start <= number.span.start && number.span.start < m.span.end);
        if measured {
            continue;
        }
        if let Some(unit) = UNIT_AFTER.find(&text[number.span.end..]) {
            // "five tonnes of heroin": a number in words before a unit is a measure the digits'
            // pattern cannot see; digits that pattern left out stay out.
            let in_words = text[number.span.clone()].starts_with(|c: char| c.is_alphabetic());
            if let Some(unit_of) = unit_named(unit.as_str()).filter(|_| in_words) {
                found.push(QuantityMention {
                    amount: Amount::Measured { quantity: number.value as f64, unit: unit_of },
                    span: number.span.start..number.span.end + unit.end(),
                    qualifier: number.qualifier.clone(),
                });
            }
            continue;
        }
        let amount = match &number.currency {
            Some(currency) => Amount::Money { value: number.value, currency: currency.clone() },
            None => Amount::Counted(number.value),
        };
        // A sum is written with its currency; a qualifier before it is not part of it.
        let span = match amount {
            Amount::Money { .. } => without_qualifier(text, number.whole.clone()),
            _ => number.span.clone(),
        };
        found.push(QuantityMention { amount, span, qualifier: number.qualifier.clone() });
    }
    found.sort_by_key(|m| m.span.start);
    found
}

/// The unit a text writes as `written` ("Metric  Tons", "kg"), by [`UNITS`].
fn unit_named(written: &str) -> Option<Unit> {
    let written = written.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    UNITS.iter().find(|(name, _)| *name == written).map(|(_, unit)| *unit)
}

/// A qualifier at the start of a number's whole, and the space after it.
static LEADING_QUALIFIER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{})\s+", QUALIFIERS.join("|"))).expect("valid regex"));

fn without_qualifier(text: &str, whole: Range<usize>) -> Range<usize> {
    let skipped = LEADING_QUALIFIER.find(&text[whole.clone()]).map_or(0, |m| m.end());
    whole.start + skipped..whole.end
}

/// "1.4" → 1.4, "5 800" → 5800, "2.6 million" → 2600000. A dot before exactly three digits
/// may separate thousands or mark a decimal ("1.410 kg"): such a number is left out.
fn measured_value(written: &str, scale: Option<&str>) -> Option<f64> {
    if written.split_once('.').is_some_and(|(_, fraction)| fraction.len() == 3) {
        return None;
    }
    let digits: String = written.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let value: f64 = digits.parse().ok()?;
    let factor = match scale.map(str::to_ascii_lowercase).as_deref() {
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        _ => 1.0,
    };
    Some(value * factor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::numbers::number_mentions;

    /// Each amount as "written: amount qualifier".
    fn amounts(text: &str) -> Vec<String> {
        let numbers = number_mentions(text, 0..text.len());
        quantity_mentions(text, 0..text.len(), &numbers)
            .iter()
            .map(|m| format!("{}: {:?} {}", &text[m.span.clone()], m.amount, m.qualifier.as_deref().unwrap_or("-")))
            .collect()
    }

    #[test]
    fn reads_each_form_of_amount() {
        let table: &[(&str, &[&str])] = &[
            ("seized 1.4 tonnes of cocaine", &["1.4 tonnes: Measured { quantity: 1.4, unit: Tonnes } -"]),
            ("5 800 litres of waste oil", &["5 800 litres: Measured { quantity: 5800.0, unit: Litres } -"]),
            (
                "more than 380 kg of pangolin scales",
                &["380 kg: Measured { quantity: 380.0, unit: Kilograms } more than"],
            ),
            ("6,240 kilos of hashish", &["6,240 kilos: Measured { quantity: 6240.0, unit: Kilograms } -"]),
            ("480 kgs khat", &["480 kgs: Measured { quantity: 480.0, unit: Kilograms } -"]),
            // In Spanish and Portuguese, the qualifier in English.
            ("mais de 45 quilos de droga", &["45 quilos: Measured { quantity: 45.0, unit: Kilograms } more than"]),
            (
                "12,600 cubic metres of timber",
                &["12,600 cubic metres: Measured { quantity: 12600.0, unit: CubicMetres } -"],
            ),
            ("212 firearms", &["212: Counted(212) -"]),
            ("some 41.3 million doses", &["41.3 million: Counted(41300000) some"]),
            ("EUR 3.1 million in cash", &["EUR 3.1 million: Money { value: 3100000, currency: \"EUR\" } -"]),
            ("nearly USD 2 million in cash", &["USD 2 million: Money { value: 2000000, currency: \"USD\" } nearly"]),
            ("412,000 euros in cash", &["412,000 euros: Money { value: 412000, currency: \"EUR\" } -"]),
            // A dot before three digits may be a decimal or a thousands mark: left out.
            ("1.410 kg of heroin", &[]),
            // A number in words before a unit.
            ("five tonnes of heroin", &["five tonnes: Measured { quantity: 5.0, unit: Tonnes } -"]),
            ("nearly two tonnes of cocaine", &["two tonnes: Measured { quantity: 2.0, unit: Tonnes } nearly"]),
            // A scale word inside a measure.
            ("1.5 thousand litres of fuel", &["1.5 thousand litres: Measured { quantity: 1500.0, unit: Litres } -"]),
            ("2.6 million litres of fuel", &["2.6 million litres: Measured { quantity: 2600000.0, unit: Litres } -"]),
            // Thousands marked by a thin space, as numbers are.
            ("2\u{2009}000 kg of cocaine", &["2\u{2009}000 kg: Measured { quantity: 2000.0, unit: Kilograms } -"]),
            // A comma between digits may mark a decimal ("1,5 kg"): left out, not read as 5 kg.
            ("1,5 kg of heroin", &[]),
            // Thousands marked two ways are one measure, and its first group no count of its own.
            ("1,000 000 kg of cannabis", &["1,000 000 kg: Measured { quantity: 1000000.0, unit: Kilograms } -"]),
            // The number of a measure is not counted again; one after it is.
            (
                "2 tonnes of cannabis and 5 cars",
                &["2 tonnes: Measured { quantity: 2.0, unit: Tonnes } -", "5: Counted(5) -"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(amounts(text), *expected, "{text}");
        }
    }

    #[test]
    fn sums_are_of_one_measure_only_in_one_currency() {
        let money = |currency: &str| Amount::Money { value: 5, currency: currency.to_string() };
        assert!(money("USD").same_measure(&money("USD")));
        assert!(!money("USD").same_measure(&money("EUR")));
        assert!(!money("USD").same_measure(&Amount::Counted(5)));
    }
}
