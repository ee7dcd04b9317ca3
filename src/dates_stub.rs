//! Temporary stub
use crate::lang::Lang;
use crate::span::Span;
use serde::{Deserialize, Serialize};
#[derive(Clone, Copy, Debug, Eq, PartialEq, Ord, PartialOrd, Hash, Serialize, Deserialize)]
pub struct CivilDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}
impl CivilDate {
    pub fn parse_iso(s: &str) -> Result<CivilDate, crate::error::Error> {
        let p: Vec<&str> = s.split('-').collect();
        if p.len() == 3 {
            if let (Ok(y), Ok(m), Ok(d)) = (p[0].parse(), p[1].parse(), p[2].parse()) {
                return Ok(CivilDate {
                    year: y,
                    month: m,
                    day: d,
                });
            }
        }
        Err(crate::error::Error::new(
            crate::error::ErrorKind::InvalidDate,
            format!("invalid date {s:?}"),
        ))
    }
}
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateValue {
    pub value: String,
}
#[derive(Clone, Copy, Debug, Eq, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocDateSource {
    Input,
    Dateline,
    FirstAbsolute,
}
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocDate {
    pub date: CivilDate,
    pub source: DocDateSource,
    pub span: Option<Span>,
}
pub struct DateMatch {
    pub span: Span,
    pub rule: &'static str,
    pub value: DateValue,
    pub confidence: f32,
}
#[derive(Debug, Clone)]
pub struct DateTagger;
impl DateTagger {
    pub fn new() -> DateTagger {
        DateTagger
    }
    pub fn document_date(&self, _t: &str, _l: Lang) -> Option<DocDate> {
        None
    }
    pub fn find(&self, _t: &str, _l: Lang, _a: Option<CivilDate>) -> Vec<DateMatch> {
        Vec::new()
    }
}
pub fn modifier_str(_: &DateValue) -> Option<String> {
    None
}
impl std::fmt::Display for CivilDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
