//! DATE mentions: find date expressions in Indonesian and English news and
//! normalize them to TIMEX3-style values against the document date.
//!
//! See `src/dates/DATES.md` for the design (what is extracted, value forms,
//! the unresolved relative form `REL:…`, modifiers and anchor rules).
//!
//! ```
//! use warta::dates::{CivilDate, DateTagger};
//! use warta::lang::Lang;
//! let t = DateTagger::new();
//! let anchor = CivilDate::new(2023, 2, 15);
//! let m = t.find("Mereka bertemu pada akhir Januari.", Lang::Id, anchor);
//! assert_eq!(m[0].value.value, "2023-01");
//! ```

mod civil;
mod lexicon;
mod parse;
mod value;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::span::Span;

pub use civil::CivilDate;
pub use value::is_valid_value;

/// How fine a normalized value is.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A decade: `"199"` (the 1990s).
    Decade,
    /// A year: `"2024"`.
    Year,
    /// A half year: `"2023-H1"`.
    Half,
    /// A quarter: `"2023-Q1"`.
    Quarter,
    /// A Gregorian month: `"2023-01"`.
    Month,
    /// A Hijri month: `"H1444-09"` (Ramadan 1444).
    HijriMonth,
    /// An ISO week `"2023-W07"` or its weekend `"2023-W07-WE"`.
    Week,
    /// A day: `"2023-02-14"`.
    Day,
    /// A day plus a clock time or part of day: `"2023-03-14T09:30"`, `"2023-03-14TMO"`.
    Time,
    /// A deictic reference without a calendar value: `"PRESENT_REF"`.
    Reference,
}

/// A part-of-period or approximation modifier (TIMEX3 `mod`).
#[derive(Clone, Copy, Debug, Eq, PartialEq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Modifier {
    /// "awal", "early", "beginning of".
    Start,
    /// "pertengahan", "medio", "mid".
    Mid,
    /// "akhir", "penghujung", "late", "end of".
    End,
    /// "sekitar", "around".
    Approx,
    /// "sebelum", "before".
    Before,
    /// "setelah", "after".
    After,
}

/// The normalized value of a DATE mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateValue {
    /// TIMEX3-style value (`"2023-02-14"`, `"2023-01"`, `"2024"`,
    /// `"2023-W07"`, `"2023-03-14T09:30"`, `"2023-Q1"`, ranges
    /// `"2023-02-13/2023-02-14"`) or, when no anchor was available for a
    /// relative expression, a `REL:` form (`"REL:-1D"`, `"REL:WD-2"`; see
    /// DATES.md).
    pub value: String,
    /// How fine the value is.
    pub granularity: Granularity,
    /// START / MID / END / APPROX ...
    pub modifier: Option<Modifier>,
    /// False when the expression is relative and no anchor was available.
    pub resolved: bool,
}

/// Where the document date came from.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocDateSource {
    /// Given by the caller.
    Input,
    /// The article's dateline.
    Dateline,
    /// The first full absolute date in the text.
    FirstAbsolute,
}

/// A document date and where it came from.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Serialize, Deserialize)]
pub struct DocDate {
    /// The date.
    pub date: CivilDate,
    /// Its source.
    pub source: DocDateSource,
    /// Where in the text it was found (None for `Input`).
    pub span: Option<Span>,
}

/// One DATE mention. Spans are byte offsets into the text passed to
/// [`DateTagger::find`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMatch {
    /// Byte span (TimeML extent: prepositions such as "pada"/"on" excluded).
    pub span: Span,
    /// Rule id such as `"date/id/day-month-year"`.
    pub rule: &'static str,
    /// Normalized value.
    pub value: DateValue,
    /// Rule confidence in 0..=1.
    pub confidence: f32,
}

/// Compiled date resources. Build once; [`DateTagger::find`] never panics.
#[derive(Debug, Clone)]
pub struct DateTagger {
    inner: std::sync::Arc<parse::Tagger>,
}

impl Default for DateTagger {
    fn default() -> Self {
        DateTagger::new()
    }
}

impl DateTagger {
    /// Build from the embedded `data/time/*.tsv`. The embedded data is
    /// checked by tests, so this does not fail; if it ever did, the tagger
    /// falls back to an empty word list (numeric dates only).
    pub fn new() -> DateTagger {
        let lx = lexicon::Lexicon::load_or_empty();
        DateTagger {
            inner: std::sync::Arc::new(parse::Tagger::new(lx)),
        }
    }

    /// Build, reporting errors in the embedded data (`data/time/x.tsv:LINE: ...`).
    pub fn try_new() -> Result<DateTagger, crate::error::Error> {
        let lx = lexicon::Lexicon::load()?;
        Ok(DateTagger {
            inner: std::sync::Arc::new(parse::Tagger::new(lx)),
        })
    }

    /// The document date from the dateline or, failing that, the first full
    /// absolute date (day, month and year) in `text`. Never guesses: a
    /// dateline without a year ("SEOUL, Feb. 15 (Yonhap)") is skipped.
    pub fn document_date(&self, text: &str, lang: Lang) -> Option<DocDate> {
        self.inner.document_date(text, lang)
    }

    /// The document date (as [`DateTagger::document_date`]) and the DATE
    /// mentions resolved against it. The text is scanned once; the
    /// expressions are resolved a second time only when some need the anchor.
    pub fn find_with_document_date(
        &self,
        text: &str,
        lang: Lang,
    ) -> (Option<DocDate>, Vec<DateMatch>) {
        self.inner.find_with_document_date(text, lang)
    }

    /// All DATE mentions in `text`, sorted by start and non-overlapping,
    /// resolved against `anchor` when given.
    pub fn find(&self, text: &str, lang: Lang, anchor: Option<CivilDate>) -> Vec<DateMatch> {
        self.inner.find(text, lang, anchor)
    }

    pub(crate) fn tagger(&self) -> &parse::Tagger {
        &self.inner
    }
}

/// Every rule id a DATE mention can carry as its source.
pub(crate) use parse::{word_bounded, Tagger, RULE_IDS, TRIGGER_WORDS};

#[cfg(test)]
mod tests;
