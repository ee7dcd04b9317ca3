//! The gazetteer's phrase table: a trie over the *units* of the folded
//! aliases (see [`super::units`]), stored as one open-addressing table of
//! transitions.
//!
//! Every alias and every unit-boundary prefix of one is a *phrase*; a
//! phrase that is a whole alias has the alias's pattern id, the others are
//! numbered after the patterns, and a bitset says which phrases longer
//! aliases continue. A transition is keyed by its parent phrase and a
//! 64-bit hash of the unit together with the whitespace before it (so
//! "korea selatan" and "korea  selatan" stay different phrases, as the
//! aliases are written); its slot (8 bytes: the low half of the key and the
//! phrase it leads to) is chosen by the key's high bits. Walking the text
//! hashes each unit once and reads one slot per unit: no string is hashed
//! twice or compared on the way (a string-keyed map touched its control
//! bytes, its bucket and the key's own allocation, three cache misses per
//! step on a table of 70k phrases, larger than the L2 cache).
//!
//! The table stores hashes, not strings, so the walk can in principle take
//! a step no alias takes (a text unit whose hash matches an alias unit's
//! slot). [`PhraseTrie::build`] rules out confusion among the aliases
//! themselves (it re-seeds until every transition is found in its own
//! slot), and the caller compares a found alias with the text before using
//! it (`Gazetteer::find_at`); a spurious step can therefore only propose
//! an alias that the comparison rejects, and the hits are exactly those of
//! a string-keyed table.

use std::hash::Hasher;

use crate::cues::{FxHashMap, FxHasher};

/// The parent of first units (the empty phrase).
pub(super) const ROOT: u32 = u32::MAX;

/// One transition: the low half of its key (the high bits chose the
/// slot), 0 for an empty slot, and the phrase it leads to.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    tag: u32,
    phrase: u32,
}

/// The trie of alias units. Phrases are numbered so that a phrase which is
/// a whole alias has the alias's pattern id (`0..patterns`); phrases that
/// are only prefixes come after.
#[derive(Debug)]
pub(super) struct PhraseTrie {
    slots: Vec<Slot>,
    shift: u32,
    seed: u64,
    patterns: u32,
    /// Per phrase: does a longer alias continue it?
    prefix: Vec<u64>,
    len: usize,
}

/// Hash of a unit with the whitespace before it (the folded text between
/// the previous unit's end and this unit's end). Also the hash of the
/// first-unit bitsets.
#[inline]
pub(super) fn unit_hash(bytes: &[u8]) -> u64 {
    // Most units are one word of at most 8 bytes: one step.
    if let Some(k) = crate::cues::pack_word(bytes) {
        return FxHasher::hash_packed(k);
    }
    let mut h = FxHasher::default();
    h.write(bytes);
    h.finish()
}

/// Table key of the transition from phrase `from` by a unit hashed `uh`.
#[inline]
fn key(seed: u64, from: u32, uh: u64) -> u64 {
    let k = (uh ^ seed)
        .wrapping_add(u64::from(from).wrapping_mul(0x9e37_79b9_7f4a_7c15))
        .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    k ^ (k >> 29)
}

impl PhraseTrie {
    /// Build from the folded patterns (pattern id = index), each cut at
    /// the unit ends that `units` gives.
    pub(super) fn build<'p, I>(patterns: &'p [String], units: impl Fn(&'p str) -> I) -> PhraseTrie
    where
        I: Iterator<Item = usize>,
    {
        // Number the phrases; collect the transitions (from, unit hash,
        // to) and the phrases that longer aliases continue.
        let mut ids: FxHashMap<&'p str, u32> = FxHashMap::default();
        ids.reserve(patterns.len() * 3 / 2);
        for (pid, p) in patterns.iter().enumerate() {
            ids.insert(p.as_str(), pid as u32);
        }
        let mut edges: Vec<(u32, u64, u32)> = Vec::new();
        // Per phrase: its edge is recorded; a longer alias continues it.
        let mut seen: Vec<bool> = vec![false; patterns.len()];
        let mut prefix: Vec<bool> = vec![false; patterns.len()];
        for p in patterns {
            let (mut from, mut prev) = (ROOT, 0);
            for e in units(p) {
                let fresh = ids.len() as u32;
                let id = *ids.entry(&p[..e]).or_insert(fresh);
                if id as usize == seen.len() {
                    seen.push(false);
                    prefix.push(false);
                }
                if !seen[id as usize] {
                    seen[id as usize] = true;
                    edges.push((from, unit_hash(&p.as_bytes()[prev..e]), id));
                }
                if from != ROOT {
                    prefix[from as usize] = true;
                }
                (from, prev) = (id, e);
            }
        }
        let mut bits = vec![0u64; prefix.len().div_ceil(64)];
        for (i, _) in prefix.iter().enumerate().filter(|(_, &p)| p) {
            bits[i / 64] |= 1 << (i % 64);
        }
        // At most about 60% full (linear probing, 8-byte slots).
        let size_bits = (edges.len() * 5 / 3 + 1)
            .max(16)
            .next_power_of_two()
            .trailing_zeros();
        let mut seed = 0u64;
        loop {
            let t = PhraseTrie::place(&edges, size_bits, seed, patterns.len() as u32, &bits);
            if edges
                .iter()
                .all(|&(from, uh, to)| t.step(from, uh) == Some(to))
            {
                return t;
            }
            // Two transitions share a tag in one probe run: re-seed.
            seed = seed.wrapping_add(0x2545_f491_4f6c_dd1d);
        }
    }

    fn place(
        edges: &[(u32, u64, u32)],
        bits: u32,
        seed: u64,
        patterns: u32,
        prefix: &[u64],
    ) -> PhraseTrie {
        let mut slots = vec![Slot::default(); 1 << bits];
        let shift = 64 - bits;
        let mask = slots.len() - 1;
        for &(from, uh, to) in edges {
            let k = key(seed, from, uh);
            let mut i = (k >> shift) as usize;
            while slots[i].tag != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = Slot {
                tag: (k as u32).max(1),
                phrase: to,
            };
        }
        PhraseTrie {
            slots,
            shift,
            seed,
            patterns,
            prefix: prefix.to_vec(),
            len: edges.len(),
        }
    }

    /// Number of transitions (distinct alias phrases).
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The phrase reached from phrase `from` (or [`ROOT`]) by a unit
    /// hashed `uh` (see [`unit_hash`]).
    #[inline]
    pub(super) fn step(&self, from: u32, uh: u64) -> Option<u32> {
        let k = key(self.seed, from, uh);
        let tag = (k as u32).max(1);
        let mask = self.slots.len() - 1;
        let mut i = (k >> self.shift) as usize;
        loop {
            let s = self.slots[i];
            if s.tag == tag {
                return Some(s.phrase);
            }
            if s.tag == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The pattern id of phrase `p`, when it is a whole alias.
    #[inline]
    pub(super) fn pattern(&self, p: u32) -> Option<u32> {
        (p < self.patterns).then_some(p)
    }

    /// Does a longer alias continue phrase `p`?
    #[inline]
    pub(super) fn continues(&self, p: u32) -> bool {
        self.prefix[p as usize / 64] & (1 << (p % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_every_alias_and_only_aliases() {
        let pats: Vec<String> = [
            "korea selatan",
            "korea",
            "kol.",
            "jenderal. mayor.",
            "su-kwang",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = PhraseTrie::build(&pats, super::super::units);
        let walk = |s: &str| {
            let mut from = ROOT;
            let mut prev = 0;
            let mut out = Vec::new();
            for e in super::super::units(s) {
                let Some(p) = t.step(from, unit_hash(&s.as_bytes()[prev..e])) else {
                    break;
                };
                out.push((e, t.pattern(p), t.continues(p)));
                (from, prev) = (p, e);
            }
            out
        };
        assert_eq!(
            walk("korea selatan"),
            [(5, Some(1), true), (13, Some(0), false)]
        );
        // The whitespace between units is part of the phrase.
        assert_eq!(walk("korea  selatan"), [(5, Some(1), true)]);
        assert_eq!(walk("kol. x"), [(3, None, true), (4, Some(2), false)]);
        assert_eq!(
            walk("jenderal. mayor."),
            [
                (8, None, true),
                (9, None, true),
                (15, None, true),
                (16, Some(3), false)
            ]
        );
        assert_eq!(
            walk("su-kwang"),
            [(2, None, true), (3, None, true), (8, Some(4), false)]
        );
        assert!(walk("selatan").is_empty());
    }
}
