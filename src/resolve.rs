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

use std::cmp::Reverse;

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

/// Position of each rule id in the rule table.
static RULE_ORDER: once_cell::sync::Lazy<crate::cues::FxHashMap<&'static str, u32>> =
    once_cell::sync::Lazy::new(|| {
        crate::rules::RULES
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id, i as u32))
            .collect()
    });

impl Src {
    fn order(&self) -> u32 {
        match self {
            Src::Gaz(_) => 0,
            Src::Rule(id) => 1 + RULE_ORDER.get(id).copied().unwrap_or(999),
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
    /// DATE candidates: the normalized value (boxed: most candidates are
    /// not dates and the overlap policy moves candidates around).
    pub date: Option<Box<DateValue>>,
}

/// Resolve overlaps. Returns `(accepted, nested)`, both sorted by start.
pub(crate) fn resolve(mut cands: Vec<Cand>) -> (Vec<Cand>, Vec<Cand>) {
    let (acc, nest) = resolve_idx(&cands);
    // Each kept candidate moves out once (the two index lists are disjoint).
    let mut take = |i: usize| std::mem::replace(&mut cands[i], Cand::placeholder());
    let mut accepted = Vec::with_capacity(acc.len());
    accepted.extend(acc.into_iter().map(&mut take));
    let mut nested = Vec::with_capacity(nest.len());
    nested.extend(nest.into_iter().map(&mut take));
    (accepted, nested)
}

/// The overlap policy on indices into `cands`: `(accepted, nested)`, each
/// sorted by start.
pub(crate) fn resolve_idx(cands: &[Cand]) -> (Vec<usize>, Vec<usize>) {
    resolve_among(cands, 0..cands.len())
}

impl Cand {
    /// An empty candidate left behind when one is moved out.
    fn placeholder() -> Cand {
        Cand {
            start: 0,
            end: 0,
            tok_start: 0,
            tok_end: 0,
            label: Label::Date,
            src: Src::Gaz(0),
            prio: 0,
            conf: 0.0,
            date: None,
        }
    }
}

/// Longest first, then priority, then source order, then start; the
/// candidate index last makes the order total.
type SortKey = (Reverse<usize>, Reverse<u8>, u32, usize, usize);

/// The overlap policy among the candidates `among` (indices into `cands`).
pub(crate) fn resolve_among(
    cands: &[Cand],
    among: impl IntoIterator<Item = usize>,
) -> (Vec<usize>, Vec<usize>) {
    let among = among.into_iter();
    let mut order: Vec<SortKey> = Vec::with_capacity(among.size_hint().0);
    order.extend(among.filter(|&i| cands[i].end > cands[i].start).map(|i| {
        let c = &cands[i];
        (
            Reverse(c.end - c.start),
            Reverse(c.prio),
            c.src.order(),
            c.start,
            i,
        )
    }));
    order.sort_unstable();
    // Accepted spans `(start, end, index)`, sorted by start and
    // non-overlapping: in the end, the accepted candidates in order.
    let mut taken: Vec<(usize, usize, usize)> = Vec::with_capacity(order.len());
    // Nested candidates `(start, end, rank in order, index)`: sorted, the
    // rank keeps equal spans in the order they were met (as a stable sort
    // by span would).
    let mut nested: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (rank, &(.., i)) in order.iter().enumerate() {
        let c = &cands[i];
        // The accepted span starting at or before c.start, else the first
        // one after it: the only two that can overlap c.
        let k = taken.partition_point(|&(s, ..)| s <= c.start);
        let mut hit = None;
        if k > 0 && taken[k - 1].1 > c.start {
            hit = Some(taken[k - 1]);
        }
        if hit.is_none() && k < taken.len() && taken[k].0 < c.end {
            hit = Some(taken[k]);
        }
        match hit {
            None => taken.insert(k, (c.start, c.end, i)),
            Some((as_, ae, _)) => {
                if as_ <= c.start && c.end <= ae {
                    nested.push((c.start, c.end, rank, i));
                }
            }
        }
    }
    // Accepted spans have distinct starts: `taken` is sorted by start and
    // end.
    let accepted = taken.into_iter().map(|(.., i)| i).collect();
    nested.sort_unstable();
    nested.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && cands[a.3].label == cands[b.3].label);
    let nested = nested.into_iter().map(|(.., i)| i).collect();
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
