//! Dates as staff enter them.
//!
//! Dates are kept as the text entered ("YYYY", "YYYY-MM", "YYYY-MM-DD") so that a half-known date is
//! never padded into a false precision and a mistyped one is never lost on the way to the store:
//! [`crate::PatientRecord::validate`] reports impossible or malformed dates by field instead.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The parts of a calendar date that are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateParts {
    Year(i32),
    YearMonth(i32, u8),
    Full(i32, u8, u8),
}

/// Why a date text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not of the form YYYY, YYYY-MM or YYYY-MM-DD.
    Malformed,
    /// Well-formed but not on the calendar (month 13, 30 February, year 0).
    Impossible,
    /// A day is required here but only a year or month was given.
    NotFull,
}

/// A date that may be known only to the year or month: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
/// Used for onset, "since", past surgeries, date of birth.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct PartialDate(String);

/// A full calendar date "YYYY-MM-DD", where a day is required (collection date, consent date).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct Date(String);

/// A moment, as an RFC 3339 text with offset, e.g. `2026-11-21T10:15:00+09:00`.
/// Used for "who confirmed, when" stamps; the store keeps its own audit times.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct Timestamp(String);

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Days in `month` of `year` (proleptic Gregorian).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" strictly (ASCII digits, four-digit year).
pub fn parse_date_text(text: &str) -> Result<DateParts, DateProblem> {
    let parts: Vec<&str> = text.split('-').collect();
    let year_text = parts.first().copied().unwrap_or_default();
    if year_text.len() != 4 || parts.len() > 3 {
        return Err(DateProblem::Malformed);
    }
    let year = digits(year_text).ok_or(DateProblem::Malformed)? as i32;
    let two = |s: &str| if s.len() == 2 { digits(s) } else { None };
    let month = match parts.get(1) {
        None => None,
        Some(m) => Some(two(m).ok_or(DateProblem::Malformed)? as u8),
    };
    let day = match parts.get(2) {
        None => None,
        Some(d) => Some(two(d).ok_or(DateProblem::Malformed)? as u8),
    };
    if year == 0 {
        return Err(DateProblem::Impossible);
    }
    match (month, day) {
        (None, _) => Ok(DateParts::Year(year)),
        (Some(m), _) if !(1..=12).contains(&m) => Err(DateProblem::Impossible),
        (Some(m), None) => Ok(DateParts::YearMonth(year, m)),
        (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => Err(DateProblem::Impossible),
        (Some(m), Some(d)) => Ok(DateParts::Full(year, m, d)),
    }
}

/// Days since 1970-01-01 of a full date (negative before), for comparisons and staleness.
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    // Howard Hinnant's days_from_civil.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl PartialDate {
    /// Wraps a date text as entered; check it with [`PartialDate::parts`] or record validation.
    pub fn from_text(text: impl Into<String>) -> Self {
        PartialDate(text.into())
    }
    pub fn year(year: i32) -> Self {
        PartialDate(format!("{year:04}"))
    }
    pub fn year_month(year: i32, month: u8) -> Self {
        PartialDate(format!("{year:04}-{month:02}"))
    }
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate(format!("{year:04}-{month:02}-{day:02}"))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn parts(&self) -> Result<DateParts, DateProblem> {
        parse_date_text(&self.0)
    }
}

impl Date {
    /// Wraps a date text as entered; check it with [`Date::parts`] or record validation.
    pub fn from_text(text: impl Into<String>) -> Self {
        Date(text.into())
    }
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        Date(format!("{year:04}-{month:02}-{day:02}"))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// (year, month, day) when this is a real full date.
    pub fn parts(&self) -> Result<(i32, u8, u8), DateProblem> {
        match parse_date_text(&self.0)? {
            DateParts::Full(y, m, d) => Ok((y, m, d)),
            _ => Err(DateProblem::NotFull),
        }
    }
    /// Days since 1970-01-01, when this is a real full date.
    pub fn day_number(&self) -> Option<i64> {
        self.parts().ok().map(|(y, m, d)| days_from_civil(y, m, d))
    }
}

impl Timestamp {
    pub fn from_text(text: impl Into<String>) -> Self {
        Timestamp(text.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Checks the RFC 3339 shape `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` and that the date is real.
    pub fn is_valid(&self) -> bool {
        let s = self.0.as_str();
        if s.len() < 20 || !s.is_char_boundary(10) {
            return false;
        }
        let (date, rest) = s.split_at(10);
        if parse_date_text(date).map(|p| matches!(p, DateParts::Full(..))) != Ok(true) {
            return false;
        }
        let rest = rest.as_bytes();
        if !matches!(rest[0], b'T' | b't') || rest.len() < 9 {
            return false;
        }
        let time = &rest[1..9];
        let num = |a: u8, b: u8| -> Option<u32> {
            (a.is_ascii_digit() && b.is_ascii_digit()).then(|| u32::from(a - b'0') * 10 + u32::from(b - b'0'))
        };
        let (Some(h), Some(mi), Some(se)) = (
            num(time[0], time[1]),
            num(time[3], time[4]),
            num(time[6], time[7]),
        ) else {
            return false;
        };
        if time[2] != b':' || time[5] != b':' || h > 23 || mi > 59 || se > 60 {
            return false;
        }
        let mut tail = &rest[9..];
        if tail.first() == Some(&b'.') {
            let n = tail[1..].iter().take_while(|b| b.is_ascii_digit()).count();
            if n == 0 {
                return false;
            }
            tail = &tail[1 + n..];
        }
        match tail {
            [b'Z' | b'z'] => true,
            [b'+' | b'-', a, b, b':', c, d] => {
                matches!((num(*a, *b), num(*c, *d)), (Some(oh), Some(om)) if oh <= 23 && om <= 59)
            }
            _ => false,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thirtieth_of_february_is_not_a_date() {
        assert_eq!(parse_date_text("2025-02-30"), Err(DateProblem::Impossible));
        assert_eq!(parse_date_text("2024-02-29"), Ok(DateParts::Full(2024, 2, 29)));
        assert_eq!(parse_date_text("2025-02-29"), Err(DateProblem::Impossible));
        assert_eq!(parse_date_text("1900-02-29"), Err(DateProblem::Impossible));
        assert_eq!(parse_date_text("2000-02-29"), Ok(DateParts::Full(2000, 2, 29)));
    }

    #[test]
    fn half_known_dates_keep_their_precision() {
        assert_eq!(PartialDate::from_text("2019").parts(), Ok(DateParts::Year(2019)));
        assert_eq!(
            PartialDate::from_text("2019-07").parts(),
            Ok(DateParts::YearMonth(2019, 7))
        );
        assert_eq!(PartialDate::year_month(2019, 7).as_str(), "2019-07");
        assert_eq!(Date::from_text("2019-07").parts(), Err(DateProblem::NotFull));
    }

    #[test]
    fn other_spellings_are_malformed_not_guessed() {
        for bad in [
            "",
            "19",
            "2019/07/01",
            "2019-7-1",
            "２０１９",
            "2019-07-01-",
            " 2019",
            "2019-13",
            "+201",
        ] {
            assert!(parse_date_text(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_date_text("2019-13"), Err(DateProblem::Impossible));
    }

    #[test]
    fn day_numbers_count_from_the_unix_epoch() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(
            Date::ymd(2026, 1, 1)
                .day_number()
                .map(|d| d - days_from_civil(2025, 12, 2)),
            Some(30)
        );
    }

    #[test]
    fn timestamps_are_rfc_3339_with_an_offset() {
        assert!(Timestamp::from_text("2026-11-21T10:15:00+09:00").is_valid());
        assert!(Timestamp::from_text("2026-11-21T01:15:00.250Z").is_valid());
        assert!(!Timestamp::from_text("2026-11-21 10:15").is_valid());
        assert!(!Timestamp::from_text("2026-11-21T10:15:00").is_valid());
        assert!(!Timestamp::from_text("2026-02-30T10:15:00Z").is_valid());
        assert!(!Timestamp::from_text("2026-11-21T24:15:00Z").is_valid());
        assert!(!Timestamp::from_text("2026-11-21Tあ").is_valid());
    }
}
