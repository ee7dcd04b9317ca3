//! Matching predictions against gold spans: strict and lenient counts,
//! per-source counts and error records.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use warta::{Label, Mention, Span};

use super::corpus::Doc;

/// Scoring configuration.
pub struct Config {
    /// Gold label → our label; gold labels not listed are unmapped.
    pub map: HashMap<String, Label>,
    /// `(from, into)`: a `from` mention right before an `into` mention is
    /// merged into one `into` mention.
    pub merge: Vec<(Label, Label)>,
    /// Gold labels whose spans mark unannotated regions.
    pub ignore_inside: Vec<String>,
    /// Skip predictions in sentences without any gold span (for corpora
    /// that annotate only some sentences, like PFSA).
    pub annotated_only: bool,
}

impl Config {
    fn scored(&self, l: Label) -> bool {
        self.map.values().any(|&m| m == l)
    }
}

/// tp / fp / fn.
#[derive(Clone, Copy, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Strict and lenient counts.
#[derive(Clone, Copy, Default)]
pub struct Both {
    pub strict: Counts,
    pub lenient: Counts,
}

/// One strict error with its sentence context.
pub struct ErrorRec {
    pub label: Label,
    /// True for a false positive, false for a false negative.
    pub fp: bool,
    /// `spurious` / `missed`, `boundary`, or `type:ORG` (the other side's
    /// label).
    pub kind: String,
    pub text: String,
    pub context: String,
}

/// Everything counted over a corpus.
#[derive(Default)]
pub struct Tally {
    pub per_label: BTreeMap<Label, Both>,
    pub gold: BTreeMap<Label, usize>,
    pub pred: BTreeMap<Label, usize>,
    /// (source key, label) → strict/lenient tp and fp.
    pub per_source: BTreeMap<(String, Label), Both>,
    pub mentions: usize,
    pub unscored: BTreeMap<Label, usize>,
    pub in_ignored_region: usize,
    pub on_unmapped_gold: usize,
    pub outside_annotated: usize,
    pub snapped: usize,
    pub merged: usize,
    pub no_token: usize,
    pub errors: Vec<ErrorRec>,
}

/// A prediction after merging, as a byte span.
struct RawPred {
    span: Span,
    label: Label,
    source: String,
}

/// A prediction on token boundaries.
struct Pred {
    toks: Range<usize>,
    label: Label,
    source: String,
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The source key reported by `--per-source`: a gazetteer key up to and
/// including its `:` (`c:`, `gn:`, `o:`), else the whole rule id.
pub fn source_key(source: &str) -> String {
    match source.find(':') {
        Some(i) => source[..=i].to_string(),
        None => source.to_string(),
    }
}

/// True when the text between a RANK-like mention and the next mention
/// is only whitespace, a short run of punctuation, or a short
/// parenthesized word such as `(TNI)` / `(Purn.)`, on one line.
fn mergeable_gap(gap: &str) -> bool {
    if gap.contains('\n') {
        return false;
    }
    let g = gap.trim();
    if g.is_empty() {
        return true;
    }
    if let Some(inner) = g.strip_prefix('(').and_then(|g| g.strip_suffix(')')) {
        let inner = inner.trim();
        return !inner.is_empty() && inner.len() <= 12 && !inner.contains(['(', ')']);
    }
    g.chars().count() <= 2 && g.chars().all(|c| c.is_ascii_punctuation())
}

fn merge(
    text: &str,
    mentions: &[Mention],
    rules: &[(Label, Label)],
    merged: &mut usize,
) -> Vec<RawPred> {
    let mut out: Vec<RawPred> = Vec::with_capacity(mentions.len());
    let mut pending: Option<RawPred> = None;
    for m in mentions {
        let cur = RawPred {
            span: m.span,
            label: m.label,
            source: m.source.to_string(),
        };
        if let Some(p) = pending.take() {
            if rules.iter().any(|&(a, b)| p.label == a && cur.label == b)
                && mergeable_gap(&text[p.span.end..cur.span.start])
            {
                *merged += 1;
                pending = Some(RawPred {
                    span: Span::new(p.span.start, cur.span.end),
                    ..cur
                });
                continue;
            }
            out.push(p);
        }
        pending = Some(cur);
    }
    out.extend(pending);
    out
}

/// Render a token range in its sentence: `left [[span]] right`, each side
/// cut to about 70 characters.
fn context(doc: &Doc, toks: &Range<usize>) -> String {
    let sent = doc.sentence_of(toks.start);
    let s = doc.span(&sent);
    let m = doc.span(toks);
    let left = &doc.text[s.start..m.start.max(s.start)];
    let right = &doc.text[m.end.min(s.end).max(m.end)..s.end.max(m.end)];
    let lc = left.chars().count();
    let left: String = if lc > 70 {
        format!("…{}", left.chars().skip(lc - 70).collect::<String>())
    } else {
        left.to_string()
    };
    let right: String = if right.chars().count() > 70 {
        format!("{}…", right.chars().take(70).collect::<String>())
    } else {
        right.to_string()
    };
    format!("{left}[[{}]]{right}", &doc.text[m.range()]).replace('\n', " ⏎ ")
}

impl Tally {
    /// Score one document's mentions.
    pub fn add_doc(&mut self, cfg: &Config, doc: &Doc, mentions: &[Mention]) {
        self.mentions += mentions.len();
        // Gold: mapped spans, ignore regions, other (unmapped) spans.
        let mut gold: Vec<(Range<usize>, Label)> = Vec::new();
        let mut regions: Vec<Range<usize>> = Vec::new();
        let mut other: Vec<Range<usize>> = Vec::new();
        for g in &doc.gold {
            if cfg.ignore_inside.contains(&g.label) {
                regions.push(g.toks.clone());
            } else if let Some(&l) = cfg.map.get(&g.label) {
                gold.push((g.toks.clone(), l));
                *self.gold.entry(l).or_default() += 1;
            } else {
                other.push(g.toks.clone());
            }
        }

        let mut annotated = vec![false; doc.sentences.len()];
        for g in &doc.gold {
            let (a, b) = (
                doc.sentence_index(g.toks.start),
                doc.sentence_index(g.toks.end - 1),
            );
            annotated[a..=b].iter_mut().for_each(|x| *x = true);
        }

        // Predictions: merge, snap to tokens, filter.
        let mut all: Vec<Pred> = Vec::new();
        for p in merge(&doc.text, mentions, &cfg.merge, &mut self.merged) {
            let Some(toks) = doc.snap(p.span) else {
                self.no_token += 1;
                continue;
            };
            if doc.span(&toks) != p.span {
                self.snapped += 1;
            }
            all.push(Pred {
                toks,
                label: p.label,
                source: p.source,
            });
        }
        let mut preds: Vec<&Pred> = Vec::new();
        for p in &all {
            if !cfg.scored(p.label) {
                *self.unscored.entry(p.label).or_default() += 1;
            } else if cfg.annotated_only && !annotated[doc.sentence_index(p.toks.start)] {
                self.outside_annotated += 1;
            } else if regions.iter().any(|r| overlaps(r, &p.toks)) {
                self.in_ignored_region += 1;
            } else if !gold.iter().any(|(g, _)| overlaps(g, &p.toks))
                && other.iter().any(|o| overlaps(o, &p.toks))
            {
                self.on_unmapped_gold += 1;
            } else {
                preds.push(p);
                *self.pred.entry(p.label).or_default() += 1;
            }
        }

        // Strict and lenient matching; each gold matched at most once.
        let mut strict_hit = vec![false; gold.len()];
        let mut lenient_hit = vec![false; gold.len()];
        for p in &preds {
            let strict = (0..gold.len())
                .find(|&i| !strict_hit[i] && gold[i].1 == p.label && gold[i].0 == p.toks);
            let lenient = (0..gold.len()).find(|&i| {
                !lenient_hit[i] && gold[i].1 == p.label && overlaps(&gold[i].0, &p.toks)
            });
            let both = self.per_label.entry(p.label).or_default();
            let src = self
                .per_source
                .entry((source_key(&p.source), p.label))
                .or_default();
            for (hit, flags, counts, src_counts) in [
                (strict, &mut strict_hit, &mut both.strict, &mut src.strict),
                (
                    lenient,
                    &mut lenient_hit,
                    &mut both.lenient,
                    &mut src.lenient,
                ),
            ] {
                match hit {
                    Some(i) => {
                        flags[i] = true;
                        counts.tp += 1;
                        src_counts.tp += 1;
                    }
                    None => {
                        counts.fp += 1;
                        src_counts.fp += 1;
                    }
                }
            }
            if strict.is_none() {
                let same = gold
                    .iter()
                    .any(|(g, l)| *l == p.label && overlaps(g, &p.toks));
                let kind = match gold.iter().find(|(g, _)| overlaps(g, &p.toks)) {
                    _ if same => "boundary".to_string(),
                    Some((_, l)) => format!("type:{l}"),
                    None => "spurious".to_string(),
                };
                self.errors.push(ErrorRec {
                    label: p.label,
                    fp: true,
                    kind,
                    text: doc.text[doc.span(&p.toks).range()].to_string(),
                    context: context(doc, &p.toks),
                });
            }
        }
        for (i, (g, l)) in gold.iter().enumerate() {
            let both = self.per_label.entry(*l).or_default();
            if !strict_hit[i] {
                both.strict.fn_ += 1;
                let same = preds.iter().any(|p| p.label == *l && overlaps(g, &p.toks));
                let kind = match all.iter().find(|p| overlaps(g, &p.toks)) {
                    _ if same => "boundary".to_string(),
                    Some(p) => format!("type:{}", p.label),
                    None => "missed".to_string(),
                };
                self.errors.push(ErrorRec {
                    label: *l,
                    fp: false,
                    kind,
                    text: doc.text[doc.span(g).range()].to_string(),
                    context: context(doc, g),
                });
            }
            if !lenient_hit[i] {
                both.lenient.fn_ += 1;
            }
        }
    }

    /// Micro-averaged counts over all scored labels.
    pub fn micro(&self) -> Both {
        let mut m = Both::default();
        for b in self.per_label.values() {
            m.strict.add(b.strict);
            m.lenient.add(b.lenient);
        }
        m
    }
}
