//! Date words loaded from `data/time/calendar.tsv` (CLDR) and
//! `data/time/relative.tsv` (curated).

/// The crate's word-table hash map.
pub(crate) type FastMap<K, V> = crate::cues::FxHashMap<K, V>;

use crate::error::Error;
use crate::gazetteer::tsv::{self, CasePolicy};
use crate::lang::Lang;

pub(crate) const CALENDAR_TSV: &str = include_str!("../../data/time/calendar.tsv");
pub(crate) const RELATIVE_TSV: &str = include_str!("../../data/time/relative.tsv");

/// What a date word means.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Label {
    Month,
    Weekday,
    HijriMonth,
    PartOfDay,
    RelDay,
    Unit,
    Dir,
    Modifier,
    Number,
    Ordinal,
    YearCue,
    FutureCue,
    ClockCue,
    Timezone,
    AmPm,
    PresentRef,
    PastRef,
    FutureRef,
    RangeTo,
    RangeFrom,
}

/// Calendar units.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
}

/// Where a direction word stands relative to its unit.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum DirPos {
    /// Before the unit ("last week").
    Pre,
    /// After the unit ("pekan lalu").
    Post,
    /// Only after a counted unit ("3 hari lagi", "two days ago").
    PostN,
}

#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub label: Label,
    pub lang: Option<Lang>,
    pub case: CasePolicy,
    /// The alias as written (for case checks).
    pub alias: String,
    /// Month/weekday number, offset, count, UTC offset or ordinal.
    pub n: i32,
    pub unit: Unit,
    pub pos: DirPos,
    /// Part of day code (MO, AF, EV, NI) for PART_OF_DAY / REL_DAY.
    pub pod: Option<&'static str>,
    /// MODIFIER role.
    pub role: Option<super::Modifier>,
    /// MODIFIER needs "of" ("end of").
    pub of: bool,
    /// kind == abbr / variant abbreviation (needs a day or year nearby).
    pub abbr: bool,
}

/// All date words, keyed by lower-case alias (multi-word aliases joined by
/// single spaces).
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    pub map: FastMap<String, Vec<Entry>>,
    /// First words of multi-word aliases.
    pub phrase_first: crate::cues::FxHashSet<String>,
    /// Longest alias in words.
    pub max_words: usize,
}

fn pod_code(s: &str) -> Option<&'static str> {
    Some(match s {
        "MO" => "MO",
        "AF" => "AF",
        "EV" => "EV",
        "NI" => "NI",
        _ => return None,
    })
}

impl Lexicon {
    pub fn load() -> Result<Lexicon, Error> {
        let mut lx = Lexicon {
            map: FastMap::default(),
            phrase_first: Default::default(),
            max_words: 1,
        };
        lx.add_file("data/time/calendar.tsv", CALENDAR_TSV)?;
        lx.add_file("data/time/relative.tsv", RELATIVE_TSV)?;
        Ok(lx)
    }

    /// [`Lexicon::load`], or no words at all if the embedded data were
    /// ever malformed (tests check that they are not): numeric dates only.
    pub fn load_or_empty() -> Lexicon {
        Lexicon::load().unwrap_or_else(|_| Lexicon {
            map: FastMap::default(),
            phrase_first: Default::default(),
            max_words: 1,
        })
    }

    fn add_file(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for row in tsv::parse(source, text)? {
            let err = |m: String| Error::data(source, row.line, m);
            let label = match row.label {
                "MONTH" => Label::Month,
                "WEEKDAY" => Label::Weekday,
                "HIJRI_MONTH" => Label::HijriMonth,
                "PART_OF_DAY" => Label::PartOfDay,
                "REL_DAY" => Label::RelDay,
                "UNIT" => Label::Unit,
                "DIR" => Label::Dir,
                "MODIFIER" => Label::Modifier,
                "NUMBER" => Label::Number,
                "ORDINAL" => Label::Ordinal,
                "YEAR_CUE" => Label::YearCue,
                "FUTURE_CUE" => Label::FutureCue,
                "CLOCK_CUE" => Label::ClockCue,
                "TIMEZONE" => Label::Timezone,
                "AMPM" => Label::AmPm,
                "PRESENT_REF" => Label::PresentRef,
                "PAST_REF" => Label::PastRef,
                "FUTURE_REF" => Label::FutureRef,
                "RANGE_TO" => Label::RangeTo,
                "RANGE_FROM" => Label::RangeFrom,
                other => return Err(err(format!("unknown date label {other:?}"))),
            };
            let lang = match row.lang {
                "id" => Some(Lang::Id),
                "en" => Some(Lang::En),
                _ => None,
            };
            let num = |name: &str| -> Result<i32, Error> {
                let v = row
                    .attr(name)
                    .ok_or_else(|| err(format!("{} row needs attribute {name}=", row.label)))?;
                v.parse::<i32>()
                    .map_err(|_| err(format!("attribute {name}={v:?} is not an integer")))
            };
            let n = match label {
                Label::Month | Label::HijriMonth => {
                    let n = num("n")?;
                    if !(1..=12).contains(&n) {
                        return Err(err(format!("month number {n} out of range 1..=12")));
                    }
                    n
                }
                Label::Weekday => {
                    let n = num("n")?;
                    if !(1..=7).contains(&n) {
                        return Err(err(format!("weekday number {n} out of range 1..=7")));
                    }
                    n
                }
                Label::RelDay | Label::Dir => num("offset")?,
                Label::Number | Label::Ordinal => num("n")?,
                Label::Timezone => num("utc")?,
                Label::AmPm => num("pm")?,
                _ => 0,
            };
            let unit = match row.attr("unit") {
                None => Unit::Day,
                Some("day") => Unit::Day,
                Some("week") => Unit::Week,
                Some("weekend") => Unit::Weekend,
                Some("month") => Unit::Month,
                Some("quarter") => Unit::Quarter,
                Some("half") => Unit::Half,
                Some("year") => Unit::Year,
                Some("decade") => Unit::Decade,
                Some(o) => return Err(err(format!("unknown unit {o:?}"))),
            };
            if label == Label::Unit && row.attr("unit").is_none() {
                return Err(err("UNIT row needs attribute unit=".into()));
            }
            let pos = match row.attr("pos") {
                None | Some("post") => DirPos::Post,
                Some("pre") => DirPos::Pre,
                Some("postn") => DirPos::PostN,
                Some(o) => return Err(err(format!("unknown pos {o:?}"))),
            };
            let pod = match row.attr("pod") {
                None => None,
                Some(p) => Some(pod_code(p).ok_or_else(|| err(format!("unknown pod {p:?}")))?),
            };
            let role = match row.attr("role") {
                None => None,
                Some("START") => Some(super::Modifier::Start),
                Some("MID") => Some(super::Modifier::Mid),
                Some("END") => Some(super::Modifier::End),
                Some("APPROX") => Some(super::Modifier::Approx),
                Some(o) => return Err(err(format!("unknown modifier role {o:?}"))),
            };
            if label == Label::Modifier && role.is_none() {
                return Err(err("MODIFIER row needs attribute role=".into()));
            }
            let key = row
                .alias
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            self.max_words = self.max_words.max(key.split(' ').count());
            if key.contains(' ') {
                self.phrase_first
                    .insert(key.split(' ').next().unwrap_or("").to_string());
            }
            self.map.entry(key).or_default().push(Entry {
                label,
                lang,
                case: row.case,
                alias: row.alias.to_string(),
                n,
                unit,
                pos,
                pod,
                role,
                of: row.attr("of") == Some("1"),
                abbr: row.kind == "abbr"
                    || (row.kind == "variant" && row.alias.chars().count() <= 4),
            });
        }
        Ok(())
    }
}
