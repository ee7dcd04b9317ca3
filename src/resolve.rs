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
    pub value: Option<crate::model::SharedStr>,
    pub date: Option<DateValue>,
}

/// Resolve overlaps. Returns `(accepted, nested)`, both sorted by start.
pub(crate) fn resolve(cands: Vec<Cand>) -> (Vec<Cand>, Vec<Cand>) {
    let (acc, nest) = resolve_idx(&cands);
    let mut slots: Vec<Option<Cand>> = cands.into_iter().map(Some).collect();
    let take = |v: Vec<usize>, slots: &mut Vec<Option<Cand>>| -> Vec<Cand> {
        v.into_iter().filter_map(|i| slots[i].take()).collect()
    };
    let accepted = take(acc, &mut slots);
    let nested = take(nest, &mut slots);
    (accepted, nested)
}

/// The overlap policy on indices into `cands`: `(accepted, nested)`, each
/// sorted by start.
pub(crate) fn resolve_idx(cands: &[Cand]) -> (Vec<usize>, Vec<usize>) {
    resolve_among(cands, (0..cands.len()).collect())
}

/// The overlap policy among the candidates `among` (indices into `cands`).
pub(crate) fn resolve_among(cands: &[Cand], among: Vec<usize>) -> (Vec<usize>, Vec<usize>) {
    let mut order = among;
    order.retain(|&i| cands[i].end > cands[i].start);
    let keys: Vec<u32> = cands.iter().map(|c| c.src.order()).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&cands[x], &cands[y]);
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.prio.cmp(&a.prio))
            .then(keys[x].cmp(&keys[y]))
            .then(a.start.cmp(&b.start))
    });
    // start -> end of accepted spans
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut accepted = Vec::new();
    let mut nested = Vec::new();
    for i in order {
        let c = &cands[i];
        let mut hit = None;
        if let Some((&as_, &ae)) = taken.range(..=c.start).next_back() {
            if ae > c.start {
                hit = Some((as_, ae));
            }
        }
        if hit.is_none() {
            if let Some((&as_, &ae)) = taken.range(c.start..).next() {
                if as_ < c.end {
                    hit = Some((as_, ae));
                }
            }
        }
        match hit {
            None => {
                taken.insert(c.start, c.end);
                accepted.push(i);
            }
            Some((as_, ae)) => {
                if as_ <= c.start && c.end <= ae {
                    nested.push(i);
                }
            }
        }
    }
    accepted.sort_by_key(|&i| (cands[i].start, cands[i].end));
    nested.sort_by_key(|&i| (cands[i].start, cands[i].end));
    nested.dedup_by(|a, b| {
        cands[*a].start == cands[*b].start
            && cands[*a].end == cands[*b].end
            && cands[*a].label == cands[*b].label
    });
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
