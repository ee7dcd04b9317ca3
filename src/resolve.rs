//! The one overlap policy.
//!
//! Candidates from the gazetteer, the rules and the date tagger compete for
//! the text. Sorted by **longest span** (original bytes), then **priority**
//! (higher first), then **order** (gazetteer before rules, rules in table
//! order, dates last), then start offset, each candidate is accepted when
//! it overlaps no accepted one. A rejected candidate lying wholly inside an
//! accepted one is kept as *nested* ("Seoul" inside "Universitas Nasional
//! Seoul") for later stages; others are dropped. The result is sorted by
//! start and deterministic for a given input.

use std::collections::BTreeMap;

use crate::dates::DateValue;
use crate::model::Label;

/// Where a candidate came from.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Src {
    /// Gazetteer entry index.
    Gaz(u32),
    /// Rule id.
    Rule(&'static str),
    /// Date rule id.
    Date(&'static str),
}

impl Src {
    fn order(&self) -> u32 {
        match self {
            Src::Gaz(_) => 0,
            Src::Rule(id) => {
                1 + crate::rules::RULES
                    .iter()
                    .position(|r| r.id == *id)
                    .unwrap_or(999) as u32
            }
            Src::Date(_) => 2000,
        }
    }
}

/// A proposed mention. Offsets are in the original text.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub start: usize,
    pub end: usize,
    pub tok_start: usize,
    pub tok_end: usize,
    pub label: Label,
    pub src: Src,
    pub prio: u8,
    pub conf: f32,
    pub value: Option<String>,
    pub date: Option<DateValue>,
}

/// Resolve overlaps. Returns `(accepted, nested)`, both sorted by start.
pub(crate) fn resolve(mut cands: Vec<Cand>) -> (Vec<Cand>, Vec<Cand>) {
    cands.retain(|c| c.end > c.start);
    let mut keyed: Vec<(usize, u8, u32, usize, Cand)> = cands
        .into_iter()
        .map(|c| (c.end - c.start, c.prio, c.src.order(), c.start, c))
        .collect();
    keyed.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    // start -> end of accepted spans
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut accepted = Vec::new();
    let mut nested = Vec::new();
    for (_, _, _, _, c) in keyed {
        let overl = |s: usize, e: usize| -> Option<(usize, usize)> {
            // The accepted span starting at or before s, or the first after.
            if let Some((&as_, &ae)) = taken.range(..=s).next_back() {
                if ae > s {
                    return Some((as_, ae));
                }
            }
            if let Some((&as_, &ae)) = taken.range(s..).next() {
                if as_ < e {
                    return Some((as_, ae));
                }
            }
            None
        };
        match overl(c.start, c.end) {
            None => {
                taken.insert(c.start, c.end);
                accepted.push(c);
            }
            Some((as_, ae)) => {
                if as_ <= c.start && c.end <= ae {
                    nested.push(c);
                }
            }
        }
    }
    accepted.sort_by_key(|c| (c.start, c.end));
    nested.sort_by_key(|c| (c.start, c.end));
    nested.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.label == b.label);
    (accepted, nested)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: usize, e: usize, label: Label, prio: u8) -> Cand {
        Cand {
            start: s,
            end: e,
            tok_start: 0,
            tok_end: 0,
            label,
            src: Src::Gaz(0),
            prio,
            conf: 1.0,
            value: None,
            date: None,
        }
    }

    #[test]
    fn longest_then_priority_and_nested() {
        let (acc, nested) = resolve(vec![
            c(20, 25, Label::Place, 50),
            c(0, 25, Label::Org, 10),
            c(30, 35, Label::Person, 10),
            c(30, 35, Label::Place, 20),
            c(33, 40, Label::Org, 90),
        ]);
        let got: Vec<_> = acc.iter().map(|c| (c.start, c.end, c.label)).collect();
        assert_eq!(got, [(0, 25, Label::Org), (33, 40, Label::Org)]);
        assert_eq!(nested.len(), 1);
        assert_eq!(nested[0].label, Label::Place);
    }
}
