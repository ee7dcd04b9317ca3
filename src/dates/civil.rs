//! Proleptic Gregorian calendar arithmetic, ISO weeks and the tabular
//! Islamic calendar (used only to pick the Hijri year of a bare Hijri month).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Ord, PartialOrd, Hash, Serialize, Deserialize)]
pub struct CivilDate {
    /// Year (astronomical numbering; news years are 1..=9999).
    pub year: i32,
    /// Month 1..=12.
    pub month: u8,
    /// Day 1..=31.
    pub day: u8,
}

/// True for Gregorian leap years.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y` (0 for an invalid month).
pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// A date, or `None` when the fields do not name a real day
    /// (years are limited to 1..=9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Parse `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Result<CivilDate, Error> {
        let bad = || {
            Error::new(
                ErrorKind::InvalidDate,
                format!("invalid date {s:?}: expected a real calendar day as YYYY-MM-DD"),
            )
        };
        let t = s.trim();
        let b = t.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let p = &t[r];
            if p.bytes().all(|c| c.is_ascii_digit()) {
                p.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = match (num(0..4), num(5..7), num(8..10)) {
            (Some(y), Some(m), Some(d)) => (y, m, d),
            _ => return Err(bad()),
        };
        CivilDate::new(y as i32, m as u8, d as u8).ok_or_else(bad)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(&self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `z` days after 1970-01-01, clamped to years 1..=9999.
    pub fn from_days(z: i64) -> CivilDate {
        let z = z.clamp(-719162, 2932896) + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (if m <= 2 { y + 1 } else { y }) as i32;
        CivilDate {
            year: y,
            month: m,
            day: d,
        }
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u8
    }

    /// The date `n` days later (earlier for negative `n`).
    pub fn add_days(&self, n: i64) -> CivilDate {
        CivilDate::from_days(self.days_since_epoch() + n)
    }

    /// The same day `n` months later, clamped to the month's last day.
    pub fn add_months(&self, n: i64) -> CivilDate {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n;
        let y = total.div_euclid(12).clamp(1, 9999) as i32;
        let m = (total.rem_euclid(12) + 1) as u8;
        CivilDate {
            year: y,
            month: m,
            day: self.day.min(days_in_month(y, m)),
        }
    }

    /// ISO 8601 week-numbering year and week (1..=53).
    pub fn iso_week(&self) -> (i32, u8) {
        let wd = self.weekday() as i64;
        let thursday = self.add_days(4 - wd);
        let jan1 = CivilDate {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days_since_epoch() - jan1.days_since_epoch()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// Calendar quarter 1..=4.
    pub fn quarter(&self) -> u8 {
        (self.month - 1) / 3 + 1
    }

    /// The Hijri (tabular, civil epoch) year and month of this date.
    /// Tabular dates can differ by a day or two from the observed calendar
    /// used in Indonesia; only the year/month are used.
    pub fn hijri(&self) -> (i32, u8) {
        // Julian day number of this date.
        let jd = self.days_since_epoch() + 2440588;
        let epoch = 1948440; // 1 Muharram 1 AH (civil)
        let days = jd - epoch;
        let cycle = days.div_euclid(10631);
        let mut rem = days.rem_euclid(10631);
        let mut y = cycle * 30;
        for i in 1..=30 {
            let len = if (14 + 11 * i) % 30 < 11 { 355 } else { 354 };
            if rem < len {
                y += i;
                break;
            }
            rem -= len;
        }
        let mut m = 1;
        while m < 12 {
            let len = if m % 2 == 1 { 30 } else { 29 };
            if rem < len {
                break;
            }
            rem -= len;
            m += 1;
        }
        (y as i32, m as u8)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_round_trip_and_weekday() {
        let d = CivilDate::new(2023, 2, 15).unwrap();
        assert_eq!(d.weekday(), 3);
        assert_eq!(CivilDate::from_days(d.days_since_epoch()), d);
        assert_eq!(d.add_days(-1).to_string(), "2023-02-14");
        assert_eq!(d.add_days(14).to_string(), "2023-03-01");
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().weekday(), 4);
        assert_eq!(
            CivilDate::new(2024, 2, 29)
                .unwrap()
                .add_days(366)
                .to_string(),
            "2025-03-01"
        );
        for z in (-700000..2900000).step_by(997) {
            let c = CivilDate::from_days(z);
            assert_eq!(c.days_since_epoch(), z);
        }
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(CivilDate::new(2023, 2, 15).unwrap().iso_week(), (2023, 7));
        assert_eq!(CivilDate::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(CivilDate::new(2019, 12, 30).unwrap().iso_week(), (2020, 1));
    }

    #[test]
    fn parse_iso_errors_name_the_string() {
        assert_eq!(
            CivilDate::parse_iso("2023-02-15").unwrap().to_string(),
            "2023-02-15"
        );
        let e = CivilDate::parse_iso("2023-02-30").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidDate);
        assert!(e.to_string().contains("2023-02-30"));
        assert!(CivilDate::parse_iso("15/02/2023").is_err());
        assert!(CivilDate::parse_iso("+023-02-15").is_err());
    }

    #[test]
    fn hijri_months() {
        // 1 Ramadan 1444 was 23 March 2023.
        assert_eq!(CivilDate::new(2023, 3, 25).unwrap().hijri(), (1444, 9));
        assert_eq!(CivilDate::new(2023, 2, 15).unwrap().hijri(), (1444, 7));
        assert_eq!(CivilDate::new(2024, 4, 20).unwrap().hijri(), (1445, 10));
    }

    #[test]
    fn add_months_clamps() {
        let d = CivilDate::new(2023, 1, 31).unwrap();
        assert_eq!(d.add_months(1).to_string(), "2023-02-28");
        assert_eq!(d.add_months(-2).to_string(), "2022-11-30");
    }
}
