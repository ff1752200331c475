//! A calendar date small enough for the wasm binary (no chrono), written as ISO `YYYY-MM-DD`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// `None` unless the day exists in that month of that year.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    pub fn days_since_epoch(self) -> i64 {
        // Counting from March makes the leap day the last day of the counted year.
        let (y, m) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 9)
        } else {
            (i64::from(self.year), i64::from(self.month) - 3)
        };
        let era = y.div_euclid(400);
        let year_of_era = y.rem_euclid(400);
        let day_of_year = (153 * m + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// "27 November 2020".
    pub fn long_form(self) -> String {
        format!("{} {} {}", self.day, MONTH_NAMES[usize::from(self.month - 1)], self.year)
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Month number (1-12) from an English month name, any case; `None` for anything else.
pub fn month_from_name(name: &str) -> Option<u8> {
    MONTH_NAMES.iter().position(|m| m.eq_ignore_ascii_case(name)).map(|i| i as u8 + 1)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || format!("`{s}` is not a date of the form YYYY-MM-DD");
        let mut parts = s.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(invalid());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(invalid());
        }
        let year = y.parse().map_err(|_| invalid())?;
        let month = m.parse().map_err(|_| invalid())?;
        let day = d.parse().map_err(|_| invalid())?;
        Date::new(year, month, day).ok_or_else(invalid)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_epoch_matches_known_days() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
        assert_eq!(Date::new(1969, 12, 31).unwrap().days_since_epoch(), -1);
        let leap_span =
            Date::new(2024, 3, 1).unwrap().days_since_epoch() - Date::new(2024, 2, 28).unwrap().days_since_epoch();
        assert_eq!(leap_span, 2);
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert!(Date::new(2021, 2, 29).is_none());
        assert!(Date::new(2020, 2, 29).is_some());
        assert!(Date::new(2020, 13, 1).is_none());
        assert!(Date::new(2020, 4, 31).is_none());
        assert!("2020-4-01".parse::<Date>().is_err());
        assert!("2020-04-31".parse::<Date>().is_err());
    }

    #[test]
    fn round_trips_through_iso_text() {
        let date: Date = "2024-09-29".parse().unwrap();
        assert_eq!(date, Date::new(2024, 9, 29).unwrap());
        assert_eq!(date.to_string(), "2024-09-29");
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2024-09-29\"");
        assert_eq!(date.long_form(), "29 September 2024");
    }
}
