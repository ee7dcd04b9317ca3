//! Parsed date expressions, their resolution against an anchor and the
//! TIMEX3-style value strings.

use super::civil::{days_in_month, CivilDate};
use super::lexicon::Unit;
use super::{DateValue, Granularity, Modifier};

/// How an expression without a year / week picks its period.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Lean {
    /// Nearest on or before the anchor (news reports the past).
    Past,
    /// Strictly before ("Selasa lalu", "last Tuesday").
    PastStrict,
    /// Nearest on or after the anchor (future cue in the clause).
    Future,
    /// Strictly after ("Selasa depan", "next Tuesday").
    FutureStrict,
    /// In the anchor's week/year shifted by n ("Selasa ini" = 0, "Mei tahun lalu" = -1).
    Rel(i8),
}

impl Lean {
    /// The lean of a direction word: before (< 0), this one (0) or strictly after (> 0).
    pub(crate) fn from_direction(n: i32) -> Lean {
        match n {
            n if n < 0 => Lean::PastStrict,
            0 => Lean::Rel(0),
            _ => Lean::FutureStrict,
        }
    }
    fn code(self) -> String {
        match self {
            Lean::Past => "-".into(),
            Lean::PastStrict => "<".into(),
            Lean::Future => "+".into(),
            Lean::FutureStrict => ">".into(),
            Lean::Rel(0) => "=".into(),
            Lean::Rel(n) => format!("={n:+}:"),
        }
    }
    pub(crate) fn is_past_default(self) -> bool {
        self == Lean::Past
    }
}

/// Time of day attached to a day.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Tod {
    Clock(u8, u8),
    Pod(&'static str),
}

impl Tod {
    fn suffix(self) -> String {
        match self {
            Tod::Clock(h, m) => format!("T{h:02}:{m:02}"),
            Tod::Pod(p) => format!("T{p}"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expr {
    Day {
        y: Option<i32>,
        m: u8,
        d: u8,
        lean: Lean,
    },
    Month {
        y: Option<i32>,
        m: u8,
        lean: Lean,
    },
    Year(i32),
    Decade(i32),
    Quarter {
        y: Option<i32>,
        yoff: i8,
        q: u8,
    },
    RelDay(i32),
    /// Day relative to the last full date mentioned ("keesokan harinya").
    RefDay(i32),
    RelUnit(Unit, i32),
    Weekday {
        wd: u8,
        lean: Lean,
    },
    Weekend(Lean),
    Hijri {
        y: Option<i32>,
        m: u8,
        lean: Lean,
    },
    /// PRESENT_REF / PAST_REF / FUTURE_REF.
    Ref(&'static str),
    /// A clock time whose day comes from context.
    TimeOnly,
    Range(Box<Expr>, Box<Expr>),
}

impl Expr {
    /// Day-like expressions can carry a time of day.
    pub(crate) fn takes_time(&self) -> bool {
        matches!(
            self,
            Expr::Day { .. } | Expr::RelDay(_) | Expr::RefDay(_) | Expr::Weekday { .. }
        )
    }
    pub(crate) fn lean_mut(&mut self) -> Option<&mut Lean> {
        match self {
            Expr::Day { lean, y: None, .. }
            | Expr::Month { lean, y: None, .. }
            | Expr::Weekday { lean, .. }
            | Expr::Weekend(lean)
            | Expr::Hijri { lean, y: None, .. } => Some(lean),
            _ => None,
        }
    }
}

/// A resolved value plus the day it denotes (for later references).
pub(crate) struct Resolved {
    pub value: DateValue,
    pub day: Option<CivilDate>,
}

fn unit_code(u: Unit) -> &'static str {
    match u {
        Unit::Day => "D",
        Unit::Week => "W",
        Unit::Weekend => "WE",
        Unit::Month => "M",
        Unit::Quarter => "Q",
        Unit::Half => "H",
        Unit::Year => "Y",
        Unit::Decade => "DE",
    }
}

fn unit_gran(u: Unit) -> Granularity {
    match u {
        Unit::Day => Granularity::Day,
        Unit::Week | Unit::Weekend => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Quarter => Granularity::Quarter,
        Unit::Half => Granularity::Half,
        Unit::Year => Granularity::Year,
        Unit::Decade => Granularity::Decade,
    }
}

fn week_str(d: CivilDate) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

fn ymd(y: i32, m: u8, d: u8) -> Option<CivilDate> {
    CivilDate::new(y, m, d).or_else(|| {
        // 29 February in a non-leap year: keep the month, clamp the day.
        CivilDate::new(y, m, d.min(days_in_month(y, m)))
    })
}

/// Resolve `e` (+ time of day) against `anchor`; `reference` is the last
/// full day mentioned before (for "keesokan harinya" and bare clock times).
pub(crate) fn resolve(
    e: &Expr,
    tod: Option<Tod>,
    modifier: Option<Modifier>,
    anchor: Option<CivilDate>,
    reference: Option<CivilDate>,
) -> Option<Resolved> {
    let (mut value, mut gran, resolved, day) = resolve_plain(e, anchor, reference)?;
    if let Some(t) = tod {
        if matches!(gran, Granularity::Day) {
            value.push_str(&t.suffix());
            gran = Granularity::Time;
        }
    }
    Some(Resolved {
        value: DateValue {
            value,
            granularity: gran,
            modifier,
            resolved,
        },
        day,
    })
}

type Plain = (String, Granularity, bool, Option<CivilDate>);

/// Months further ahead of the anchor than this are taken from the
/// previous year when no tense cue says otherwise.
pub(crate) const FORWARD_MONTHS: i32 = 5;

/// The year of month `m` given the anchor and a lean.
///
/// * `Past` (no cue): the nearest occurrence, looking at most
///   [`FORWARD_MONTHS`] ahead ("pada Maret" in February is this March,
///   "pada November" in February is last November).
/// * `PastStrict` ("Juli lalu", "last July"): not after the anchor's month.
/// * `Future` / `FutureStrict` (future cue, "mendatang"): not before it.
/// * `Rel(n)`: the anchor's year + n ("Mei tahun lalu").
fn year_for_month(a: CivilDate, m: u8, lean: Lean) -> i32 {
    let diff = m as i32 - a.month as i32;
    let y = a.year;
    match lean {
        Lean::Past => {
            if diff > FORWARD_MONTHS {
                y - 1
            } else if diff < FORWARD_MONTHS - 12 {
                y + 1
            } else {
                y
            }
        }
        Lean::PastStrict => {
            if diff > 0 {
                y - 1
            } else {
                y
            }
        }
        Lean::Future | Lean::FutureStrict => {
            if diff < 0 {
                y + 1
            } else {
                y
            }
        }
        Lean::Rel(n) => y + n as i32,
    }
}

fn resolve_plain(
    e: &Expr,
    anchor: Option<CivilDate>,
    reference: Option<CivilDate>,
) -> Option<Plain> {
    use Granularity as G;
    Some(match *e {
        Expr::Day {
            y: Some(y), m, d, ..
        } => {
            let c = CivilDate::new(y, m, d)?;
            (c.to_string(), G::Day, true, Some(c))
        }
        Expr::Day {
            y: None,
            m,
            d,
            lean,
        } => match anchor {
            Some(a) => {
                let y = year_for_month(a, m, lean);
                let c = ymd(y, m, d)?;
                (c.to_string(), G::Day, true, Some(c))
            }
            None => (
                format!("REL:MD{}{m:02}-{d:02}", lean.code()),
                G::Day,
                false,
                None,
            ),
        },
        Expr::Month { y: Some(y), m, .. } => (format!("{y:04}-{m:02}"), G::Month, true, None),
        Expr::Month { y: None, m, lean } => match anchor {
            Some(a) => {
                let y = year_for_month(a, m, lean);
                (format!("{y:04}-{m:02}"), G::Month, true, None)
            }
            None => (
                format!("REL:MO{}{m:02}", lean.code()),
                G::Month,
                false,
                None,
            ),
        },
        Expr::Year(y) => (format!("{y:04}"), G::Year, true, None),
        Expr::Decade(d) => (format!("{d:03}"), G::Decade, true, None),
        Expr::Quarter { y: Some(y), q, .. } => (format!("{y:04}-Q{q}"), G::Quarter, true, None),
        Expr::Quarter { y: None, yoff, q } => match anchor {
            Some(a) => (
                format!("{:04}-Q{q}", a.year + yoff as i32),
                G::Quarter,
                true,
                None,
            ),
            None => (format!("REL:Q={yoff:+}Y{q}"), G::Quarter, false, None),
        },
        Expr::RelDay(n) => match anchor {
            Some(a) => {
                let c = a.add_days(n as i64);
                (c.to_string(), G::Day, true, Some(c))
            }
            None => (format!("REL:{n:+}D"), G::Day, false, None),
        },
        Expr::RefDay(n) => match reference.or(anchor) {
            Some(a) => {
                let c = a.add_days(n as i64);
                (c.to_string(), G::Day, true, Some(c))
            }
            None => (format!("REL:{n:+}D"), G::Day, false, None),
        },
        Expr::TimeOnly => match reference.or(anchor) {
            Some(a) => (a.to_string(), G::Day, true, None),
            None => ("REL:+0D".to_string(), G::Day, false, None),
        },
        Expr::RelUnit(u, n) => match anchor {
            Some(a) => {
                let s = match u {
                    Unit::Day => a.add_days(n as i64).to_string(),
                    Unit::Week => week_str(a.add_days(7 * n as i64)),
                    Unit::Weekend => format!("{}-WE", week_str(a.add_days(7 * n as i64))),
                    Unit::Month => {
                        let c = a.add_months(n as i64);
                        format!("{:04}-{:02}", c.year, c.month)
                    }
                    Unit::Quarter => {
                        let idx = a.year as i64 * 4 + (a.quarter() as i64 - 1) + n as i64;
                        format!("{:04}-Q{}", idx.div_euclid(4), idx.rem_euclid(4) + 1)
                    }
                    Unit::Half => {
                        let idx = a.year as i64 * 2 + if a.month <= 6 { 0 } else { 1 } + n as i64;
                        format!("{:04}-H{}", idx.div_euclid(2), idx.rem_euclid(2) + 1)
                    }
                    Unit::Year => format!("{:04}", a.year as i64 + n as i64),
                    Unit::Decade => format!("{:03}", a.year as i64 / 10 + n as i64),
                };
                if !(1..=9999).contains(&(a.year as i64 + n as i64 / 12)) {
                    return None;
                }
                (s, unit_gran(u), true, None)
            }
            None => (
                format!("REL:{n:+}{}", unit_code(u)),
                unit_gran(u),
                false,
                None,
            ),
        },
        Expr::Weekday { wd, lean } => match anchor {
            Some(a) => {
                let aw = a.weekday() as i64;
                let w = wd as i64;
                let off = match lean {
                    Lean::Past => -((aw - w).rem_euclid(7)),
                    Lean::PastStrict => {
                        let k = (aw - w).rem_euclid(7);
                        -(if k == 0 { 7 } else { k })
                    }
                    Lean::Future => (w - aw).rem_euclid(7),
                    Lean::FutureStrict => {
                        let k = (w - aw).rem_euclid(7);
                        if k == 0 {
                            7
                        } else {
                            k
                        }
                    }
                    Lean::Rel(n) => w - aw + 7 * n as i64,
                };
                let c = a.add_days(off);
                (c.to_string(), G::Day, true, Some(c))
            }
            None => (format!("REL:WD{}{wd}", lean.code()), G::Day, false, None),
        },
        Expr::Weekend(lean) => match anchor {
            Some(a) => {
                let aw = a.weekday() as i64;
                let base = match lean {
                    Lean::Past | Lean::PastStrict => {
                        if aw >= 6 {
                            a
                        } else {
                            a.add_days(-7)
                        }
                    }
                    Lean::Future | Lean::FutureStrict => a,
                    Lean::Rel(n) => a.add_days(7 * n as i64),
                };
                (format!("{}-WE", week_str(base)), G::Week, true, None)
            }
            None => (format!("REL:WE{}", lean.code()), G::Week, false, None),
        },
        Expr::Hijri { y: Some(y), m, .. } => (format!("H{y:04}-{m:02}"), G::HijriMonth, true, None),
        Expr::Hijri { y: None, m, lean } => match anchor {
            Some(a) => {
                let (hy, hm) = a.hijri();
                let y = match lean {
                    Lean::Past | Lean::PastStrict if m > hm => hy - 1,
                    Lean::Future | Lean::FutureStrict if m < hm => hy + 1,
                    Lean::Rel(n) => hy + n as i32,
                    _ => hy,
                };
                (format!("H{y:04}-{m:02}"), G::HijriMonth, true, None)
            }
            None => (
                format!("REL:H{}{m:02}", lean.code()),
                G::HijriMonth,
                false,
                None,
            ),
        },
        Expr::Ref(r) => (r.to_string(), G::Reference, true, None),
        Expr::Range(ref a, ref b) => {
            let (va, ga, ra, da) = resolve_plain(a, anchor, reference)?;
            let (vb, _gb, rb, _db) = resolve_plain(b, anchor, reference)?;
            (format!("{va}/{vb}"), ga, ra && rb, da)
        }
    })
}

fn digits(s: &str, n: usize) -> Option<u32> {
    if s.len() == n && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn valid_part(v: &str, g: Granularity) -> bool {
    if let Some(rest) = v.strip_prefix("REL:") {
        return !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"+-<>=:".contains(&b));
    }
    let date = |s: &str| -> bool {
        let p: Vec<&str> = s.split('-').collect();
        p.len() == 3
            && match (digits(p[0], 4), digits(p[1], 2), digits(p[2], 2)) {
                (Some(y), Some(m), Some(d)) => CivilDate::new(y as i32, m as u8, d as u8).is_some(),
                _ => false,
            }
    };
    match g {
        Granularity::Decade => digits(v, 3).is_some(),
        Granularity::Year => digits(v, 4).is_some_and(|y| y >= 1),
        Granularity::Half => {
            v.len() == 7 && digits(&v[..4], 4).is_some() && matches!(&v[4..], "-H1" | "-H2")
        }
        Granularity::Quarter => {
            v.len() == 7
                && digits(&v[..4], 4).is_some()
                && matches!(&v[4..], "-Q1" | "-Q2" | "-Q3" | "-Q4")
        }
        Granularity::Month => {
            v.len() == 7
                && digits(&v[..4], 4).is_some()
                && &v[4..5] == "-"
                && digits(&v[5..], 2).is_some_and(|m| (1..=12).contains(&m))
        }
        Granularity::HijriMonth => {
            v.len() == 8
                && v.starts_with('H')
                && digits(&v[1..5], 4).is_some()
                && &v[5..6] == "-"
                && digits(&v[6..], 2).is_some_and(|m| (1..=12).contains(&m))
        }
        Granularity::Week => {
            let base = v.strip_suffix("-WE").unwrap_or(v);
            base.len() == 8
                && digits(&base[..4], 4).is_some()
                && &base[4..6] == "-W"
                && digits(&base[6..], 2).is_some_and(|w| (1..=53).contains(&w))
        }
        Granularity::Day => v.len() == 10 && date(v),
        Granularity::Time => {
            if v.len() < 13 || !v.is_char_boundary(10) || !date(&v[..10]) || &v[10..11] != "T" {
                return false;
            }
            let t = &v[11..];
            match t {
                "MO" | "AF" | "EV" | "NI" => true,
                _ => {
                    t.len() == 5
                        && &t[2..3] == ":"
                        && digits(&t[..2], 2).is_some_and(|h| h <= 24)
                        && digits(&t[3..], 2).is_some_and(|m| m < 60)
                }
            }
        }
        Granularity::Reference => matches!(v, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"),
    }
}

/// True when `v` is a well-formed value of granularity `g` (ranges
/// `a/b` are checked part by part; a range's second part may be of a
/// different granularity only for time ranges).
pub fn is_valid_value(v: &str, g: Granularity) -> bool {
    let mut parts = v.split('/');
    let first = parts.next().unwrap_or("");
    if !valid_part(first, g) {
        return false;
    }
    match (parts.next(), parts.next()) {
        (None, _) => true,
        (Some(b), None) => {
            valid_part(b, g) || (g == Granularity::Time && valid_part(b, Granularity::Day))
        }
        _ => false,
    }
}
