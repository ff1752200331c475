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

    /// The day before: what "yesterday" is in a release of this date.
    pub fn day_before(self) -> Date {
        match (self.day, self.month) {
            (2.., _) => Date { day: self.day - 1, ..self },
            (_, 2..) => Date { month: self.month - 1, day: days_in_month(self.year, self.month - 1), ..self },
            _ => Date { year: self.year - 1, month: 12, day: 31 },
        }
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

/// Serde for a type written as its ISO text, both ways, through `Display` and `FromStr`.
macro_rules! serde_as_text {
    ($type:ty) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

serde_as_text!(Date);

/// A date as precisely as a text states it: a day (`2023-05-02`), only a month (`2023-05`), or
/// a day or month whose year the text does not give, in ISO 8601's reduced form (`--05-02`,
/// `--05`). A part the text does not state is `None`, never filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: u8,
    pub day: Option<u8>,
}

impl PartialDate {
    /// `None` unless the month exists and the day exists in it (in a leap year when the year
    /// is not known, so that "29 February" without a year is kept).
    pub fn new(year: Option<i32>, month: u8, day: Option<u8>) -> Option<PartialDate> {
        let date = PartialDate { year, month, day };
        match day {
            Some(day) => Date::new(year.unwrap_or(2000), month, day).map(|_| date),
            None => (1..=12).contains(&month).then_some(date),
        }
    }

    /// The whole date, when year, month and day are all known.
    pub fn full(self) -> Option<Date> {
        Date::new(self.year?, self.month, self.day?)
    }

    /// The first day it can be (the month's first day at month precision), when the year is known.
    pub fn first_day(self) -> Option<Date> {
        Date::new(self.year?, self.month, self.day.unwrap_or(1))
    }

    /// The last day it can be (the month's last day at month precision), when the year is known.
    pub fn last_day(self) -> Option<Date> {
        let year = self.year?;
        Date::new(year, self.month, self.day.unwrap_or_else(|| days_in_month(year, self.month)))
    }

    /// The same day and month in `year`; `None` if the day does not exist then (29 February).
    pub fn in_year(self, year: i32) -> Option<PartialDate> {
        PartialDate::new(Some(year), self.month, self.day)
    }
}

impl From<Date> for PartialDate {
    fn from(date: Date) -> PartialDate {
        PartialDate { year: Some(date.year), month: date.month, day: Some(date.day) }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(year) => write!(f, "{year:04}-{:02}", self.month)?,
            None => write!(f, "--{:02}", self.month)?,
        }
        match self.day {
            Some(day) => write!(f, "-{day:02}"),
            None => Ok(()),
        }
    }
}

impl FromStr for PartialDate {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || format!("`{s}` is not a date of the form YYYY-MM-DD, YYYY-MM, --MM-DD or --MM");
        let (year, rest) = match s.strip_prefix("--") {
            Some(rest) => (None, rest),
            None => {
                let (y, rest) = s.split_once('-').ok_or_else(invalid)?;
                if y.len() != 4 {
                    return Err(invalid());
                }
                (Some(y.parse().map_err(|_| invalid())?), rest)
            }
        };
        let (m, d) = match rest.split_once('-') {
            Some((m, d)) => (m, Some(d)),
            None => (rest, None),
        };
        let two_digits = |part: &str| (part.len() == 2).then(|| part.parse::<u8>().ok()).flatten().ok_or_else(invalid);
        let month = two_digits(m)?;
        let day = d.map(two_digits).transpose()?;
        PartialDate::new(year, month, day).ok_or_else(invalid)
    }
}

serde_as_text!(PartialDate);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_before_crosses_months_leap_days_and_years() {
        let before = |y, m, d| Date::new(y, m, d).unwrap().day_before().to_string();
        assert_eq!(before(2018, 7, 5), "2018-07-04");
        assert_eq!(before(2024, 3, 1), "2024-02-29");
        assert_eq!(before(2023, 3, 1), "2023-02-28");
        assert_eq!(before(2019, 1, 1), "2018-12-31");
    }

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
        // Centuries are leap years only when divisible by 400.
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2100, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
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

    #[test]
    fn reads_english_month_names_in_any_case() {
        assert_eq!(month_from_name("January"), Some(1));
        assert_eq!(month_from_name("march"), Some(3));
        assert_eq!(month_from_name("DECEMBER"), Some(12));
        assert_eq!(month_from_name("Sept"), None);
        assert_eq!(month_from_name("Operation"), None);
    }

    #[test]
    fn partial_dates_keep_only_what_is_known() {
        for written in ["2023-05-02", "2023-05", "--05-02", "--05", "--02-29"] {
            let date: PartialDate = written.parse().unwrap();
            assert_eq!(date.to_string(), written);
            assert_eq!(serde_json::to_string(&date).unwrap(), format!("\"{written}\""));
        }
        for wrong in ["2023-5-02", "2023-02-30", "--13", "2023", "-05-02", "2023-05-02-01", "--05-32"] {
            assert!(wrong.parse::<PartialDate>().is_err(), "{wrong}");
        }
        let month: PartialDate = "2024-02".parse().unwrap();
        assert_eq!((month.first_day(), month.last_day()), (Date::new(2024, 2, 1), Date::new(2024, 2, 29)));
        assert_eq!(month.full(), None);
        let no_year: PartialDate = "--02-29".parse().unwrap();
        assert_eq!(
            (no_year.first_day(), no_year.in_year(2023), no_year.in_year(2024).and_then(PartialDate::full)),
            (None, None, Date::new(2024, 2, 29))
        );
    }
}
