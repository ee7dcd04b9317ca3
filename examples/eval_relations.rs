//! Measure relation extraction on the shared English relation corpora.
//!
//! ```text
//! cargo run --release --example eval_relations             # data under ../shared/eval-data
//! cargo run --release --example eval_relations -- --errors # also print misses and wrong edges
//! EVAL_DATA=/path/to/eval-data cargo run --release --example eval_relations
//! ```
//!
//! Neither corpus is news and neither has meeting or visit relations, so
//! these numbers measure the title/rank/structure rules on encyclopedic
//! English only. Missing corpora are skipped with a note.
//!
//! # Corpora
//!
//! * `en-redocred-dev/dev_revised.json` (Re-DocRED dev, 500 Wikipedia
//!   introductions): `sents` (tokens), `vertexSet` (entity clusters of
//!   mentions with sentence id and token span), `labels` (`h`, `t`, `r` =
//!   Wikidata property). Gold is document level.
//! * `en-fewrel-wiki/val_wiki.json` (FewRel 1.0 validation): one Wikipedia
//!   sentence per instance with a marked head and tail, keyed by property.
//!   No negatives: relation classification, not extraction.
//!
//! # Label mapping (ours → Wikidata property)
//!
//! | our edge | property | head ↔ tail |
//! |---|---|---|
//! | `holds_title(P, T)` | P39 position held | P ↔ the TITLE mention T |
//! | `holds_title(P, T, of=O)` with O an ORG | P108 employer | P ↔ O |
//! | `part_of(A, B)` | P463 member of | A ↔ B (also reported against P463 ∪ P361 "part of", since our `part_of` is organizational structure, which DocRED splits between the two) |
//! | `located_in(O, L)` with O an ORG | P159 headquarters location | O ↔ L |
//! | `located_in(A, L)` with A a PLACE | P131 located in the administrative territorial entity (extra line) | A ↔ L |
//! | `has_rank(P, R)` | P410 military rank (FewRel) | P ↔ R |
//!
//! # Matching
//!
//! Tokens are detokenized (no space before closing punctuation, after
//! opening brackets or inside paired quotes) keeping each token's byte
//! span; sentences are joined by one space. warta runs with `lang = en`.
//! An edge endpoint maps to every gold entity (vertex) that has a mention
//! overlapping one of the endpoint entity's mentions *inside the edge's
//! evidence sentence*. An edge is correct when some mapped (head, tail)
//! pair carries the property; edges with an endpoint that maps to no gold
//! entity are counted separately ("unmapped": DocRED does not annotate
//! every span, e.g. most bare titles), and precision is given both over
//! all edges and over mapped edges. Recall is over gold triples, and again
//! over the triples whose head and tail are mentioned in one sentence
//! (warta reads relations within a sentence). FewRel: recall = instances
//! whose marked (head, tail) pair gets an edge; "precision" = has_rank edges
//! matching the marked pair / all has_rank edges in those sentences, a lower
//! bound since other person–rank pairs are not marked.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use warta::{Document, Extractor, Input, Label, Lang, RelationType};

/// Detokenize: (text, byte span of every token).
fn detok(tokens: &[&str], out: &mut String) -> Vec<(usize, usize)> {
    let mut spans = Vec::with_capacity(tokens.len());
    let mut open_quote = false;
    let mut prev = "";
    for (i, &t) in tokens.iter().enumerate() {
        let no_space_before = i == 0
            || matches!(
                t,
                "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "}" | "%" | "'s" | "'" | "n't"
            )
            || (t == "\"" && open_quote)
            || matches!(prev, "(" | "[" | "{" | "$")
            || (prev == "\"" && open_quote)
            || t.starts_with('\'') && t.len() <= 3 && t != "'"
            || t == "-"
            || prev == "-";
        if t == "\"" {
            open_quote = !open_quote;
        }
        if !no_space_before {
            out.push(' ');
        }
        let s = out.len();
        out.push_str(t);
        spans.push((s, out.len()));
        prev = t;
    }
    spans
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// For an edge endpoint (entity index), its mention spans inside `ev`.
fn spans_in(doc: &Document, ent: usize, ev: (usize, usize)) -> Vec<(usize, usize)> {
    doc.entities[ent]
        .mentions
        .iter()
        .map(|&m| (doc.mentions[m].span.start, doc.mentions[m].span.end))
        .filter(|&s| s.0 >= ev.0 && s.1 <= ev.1)
        .collect()
}

#[derive(Default)]
struct Score {
    edges: usize,
    correct: usize,
    unmapped: usize,
    gold: usize,
    found: usize,
    gold_same_sent: usize,
    found_same_sent: usize,
}

impl Score {
    fn line(&self, name: &str) {
        let frac = |a: usize, b: usize| {
            let p = if b == 0 {
                "   -".to_string()
            } else {
                format!("{:5.1}%", 100.0 * a as f64 / b as f64)
            };
            format!("{p} ({a}/{b})")
        };
        println!(
            "  {name:<34} P {}  P(mapped) {}  R {}  R(same sentence) {}",
            frac(self.correct, self.edges),
            frac(self.correct, self.edges - self.unmapped),
            frac(self.found, self.gold),
            frac(self.found_same_sent, self.gold_same_sent),
        );
    }
}

/// One predicted pair family: which property set it is scored against,
/// and how an edge turns into (head entity, tail entity).
struct Target {
    name: &'static str,
    props: &'static [&'static str],
    pick: fn(&Document, &warta::Relation) -> Option<(usize, usize)>,
}

fn is_org(doc: &Document, e: usize) -> bool {
    doc.entities[e].label == Label::Org
}

const TARGETS: &[Target] = &[
    Target {
        name: "holds_title -> P39 position held",
        props: &["P39"],
        pick: |_, r| (r.kind == RelationType::HoldsTitle).then_some((r.source, r.target)),
    },
    Target {
        name: "holds_title of ORG -> P108 employer",
        props: &["P108"],
        pick: |d, r| {
            (r.kind == RelationType::HoldsTitle)
                .then_some(r.of)
                .flatten()
                .filter(|&o| is_org(d, o))
                .map(|o| (r.source, o))
        },
    },
    Target {
        name: "part_of -> P463 member of",
        props: &["P463"],
        pick: |_, r| (r.kind == RelationType::PartOf).then_some((r.source, r.target)),
    },
    Target {
        name: "part_of -> P463 | P361 part of",
        props: &["P463", "P361"],
        pick: |_, r| (r.kind == RelationType::PartOf).then_some((r.source, r.target)),
    },
    Target {
        name: "located_in ORG -> P159 HQ location",
        props: &["P159"],
        pick: |d, r| {
            (r.kind == RelationType::LocatedIn && is_org(d, r.source))
                .then_some((r.source, r.target))
        },
    },
    Target {
        name: "located_in PLACE -> P131 (extra)",
        props: &["P131"],
        pick: |d, r| {
            (r.kind == RelationType::LocatedIn && d.entities[r.source].label == Label::Place)
                .then_some((r.source, r.target))
        },
    },
];

fn redocred(ex: &Extractor, path: &Path, errors: bool) {
    let Ok(raw) = fs::read_to_string(path) else {
        println!("en-redocred-dev: not found at {}, skipped", path.display());
        return;
    };
    let docs: Vec<Value> = match serde_json::from_str(&raw) {
        Ok(Value::Array(v)) => v,
        _ => {
            println!(
                "en-redocred-dev: {} is not a JSON array, skipped",
                path.display()
            );
            return;
        }
    };
    let mut scores: Vec<Score> = TARGETS.iter().map(|_| Score::default()).collect();
    let mut n_edges: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &docs {
        // Text and token spans.
        let mut text = String::new();
        let mut tok_spans: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut sent_spans = Vec::new();
        for s in d["sents"].as_array().into_iter().flatten() {
            let toks: Vec<&str> = s
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            let spans = detok(&toks, &mut text);
            sent_spans.push((start, text.len()));
            tok_spans.push(spans);
        }
        // Gold vertices: mention byte spans and sentence ids.
        let mut vert: Vec<Vec<((usize, usize), usize)>> = Vec::new();
        for v in d["vertexSet"].as_array().into_iter().flatten() {
            let mut ms = Vec::new();
            for m in v.as_array().into_iter().flatten() {
                let sid = m["sent_id"].as_u64().unwrap_or(0) as usize;
                let pos = &m["pos"];
                let (a, b) = (
                    pos[0].as_u64().unwrap_or(0) as usize,
                    pos[1].as_u64().unwrap_or(0) as usize,
                );
                if let Some(ts) = tok_spans.get(sid) {
                    if a < b && b <= ts.len() {
                        ms.push(((ts[a].0, ts[b - 1].1), sid));
                    }
                }
            }
            vert.push(ms);
        }
        let labels: Vec<(usize, usize, String)> = d["labels"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|l| {
                (
                    l["h"].as_u64().unwrap_or(0) as usize,
                    l["t"].as_u64().unwrap_or(0) as usize,
                    l["r"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let doc = ex.extract(Input::new(&text).lang(Lang::En));
        for r in &doc.relations {
            *n_edges.entry(r.kind.as_str()).or_default() += 1;
        }
        let verts_of = |spans: &[(usize, usize)]| -> BTreeSet<usize> {
            (0..vert.len())
                .filter(|&v| {
                    vert[v]
                        .iter()
                        .any(|(s, _)| spans.iter().any(|&x| overlaps(*s, x)))
                })
                .collect()
        };
        for (ti, tg) in TARGETS.iter().enumerate() {
            let sc = &mut scores[ti];
            let gold: Vec<&(usize, usize, String)> = labels
                .iter()
                .filter(|(_, _, r)| tg.props.contains(&r.as_str()))
                .collect();
            let mut hit: HashSet<(usize, usize)> = HashSet::new();
            for r in &doc.relations {
                let Some((h, t)) = (tg.pick)(&doc, r) else {
                    continue;
                };
                sc.edges += 1;
                let ev = (r.evidence.start, r.evidence.end);
                let hv = verts_of(&spans_in(&doc, h, ev));
                let tv = verts_of(&spans_in(&doc, t, ev));
                if hv.is_empty() || tv.is_empty() {
                    sc.unmapped += 1;
                    if errors {
                        println!(
                            "    unmapped {}: {} -> {}  | {}",
                            tg.name,
                            doc.entities[h].name,
                            doc.entities[t].name,
                            &text[ev.0..ev.1]
                        );
                    }
                    continue;
                }
                let mut ok = false;
                for &(gh, gt, _) in &gold {
                    if hv.contains(gh) && tv.contains(gt) {
                        hit.insert((*gh, *gt));
                        ok = true;
                    }
                }
                if ok {
                    sc.correct += 1;
                } else if errors {
                    println!(
                        "    wrong {}: {} -> {}  | {}",
                        tg.name,
                        doc.entities[h].name,
                        doc.entities[t].name,
                        &text[ev.0..ev.1]
                    );
                }
            }
            let mut seen = HashSet::new();
            for &(gh, gt, _) in &gold {
                if !seen.insert((*gh, *gt)) {
                    continue;
                }
                sc.gold += 1;
                let same = vert[*gh]
                    .iter()
                    .any(|(_, s)| vert[*gt].iter().any(|(_, s2)| s == s2));
                let found = hit.contains(&(*gh, *gt));
                sc.found += found as usize;
                if same {
                    sc.gold_same_sent += 1;
                    sc.found_same_sent += found as usize;
                }
                if errors && same && !found && ti != 3 {
                    let name = |v: usize| {
                        vert[v]
                            .first()
                            .map(|(s, _)| text[s.0..s.1].to_string())
                            .unwrap_or_default()
                    };
                    println!("    missed {}: {} -> {}", tg.name, name(*gh), name(*gt));
                }
            }
        }
    }
    println!(
        "en-redocred-dev ({} documents; warta edges: {:?})",
        docs.len(),
        n_edges
    );
    for (tg, sc) in TARGETS.iter().zip(&scores) {
        sc.line(tg.name);
    }
}

fn fewrel(ex: &Extractor, path: &Path, errors: bool) {
    let Ok(raw) = fs::read_to_string(path) else {
        println!("en-fewrel-wiki: not found at {}, skipped", path.display());
        return;
    };
    let Ok(v) = serde_json::from_str::<Value>(&raw) else {
        println!("en-fewrel-wiki: {} is not JSON, skipped", path.display());
        return;
    };
    let mut sc = Score::default();
    // has_rank edges in sentences of the other relations: no gold, but a
    // rough view of how often a rank is read where none is marked.
    let mut other_edges = 0;
    let mut other_sents = 0;
    let Some(map) = v.as_object() else { return };
    for (pid, insts) in map {
        for inst in insts.as_array().into_iter().flatten() {
            let toks: Vec<&str> = inst["tokens"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let mut text = String::new();
            let spans = detok(&toks, &mut text);
            let span_of = |x: &Value| -> Vec<(usize, usize)> {
                x[2].as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|occ| {
                        let idx: Vec<usize> = occ
                            .as_array()?
                            .iter()
                            .filter_map(|i| i.as_u64().map(|i| i as usize))
                            .collect();
                        let (a, b) = (*idx.iter().min()?, *idx.iter().max()?);
                        (b < spans.len()).then(|| (spans[a].0, spans[b].1))
                    })
                    .collect()
            };
            let doc = ex.extract(Input::new(&text).lang(Lang::En));
            let ranks: Vec<&warta::Relation> = doc
                .relations
                .iter()
                .filter(|r| r.kind == RelationType::HasRank)
                .collect();
            if pid != "P410" {
                other_sents += 1;
                other_edges += ranks.len();
                continue;
            }
            let (hs, ts) = (span_of(&inst["h"]), span_of(&inst["t"]));
            sc.gold += 1;
            sc.gold_same_sent += 1;
            let mut found = false;
            for r in &ranks {
                sc.edges += 1;
                let ev = (r.evidence.start, r.evidence.end);
                let h_ok = spans_in(&doc, r.source, ev)
                    .iter()
                    .any(|s| hs.iter().any(|h| overlaps(*s, *h)));
                let t_ok = spans_in(&doc, r.target, ev)
                    .iter()
                    .any(|s| ts.iter().any(|t| overlaps(*s, *t)));
                if h_ok && t_ok {
                    sc.correct += 1;
                    found = true;
                } else if errors {
                    println!(
                        "    other has_rank: {} -> {}  | {text}",
                        doc.entities[r.source].name, doc.entities[r.target].name
                    );
                }
            }
            sc.found += found as usize;
            sc.found_same_sent += found as usize;
            if errors && !found {
                println!(
                    "    missed P410: {} -> {}  | {text}",
                    inst["h"][0].as_str().unwrap_or(""),
                    inst["t"][0].as_str().unwrap_or("")
                );
            }
        }
    }
    println!(
        "en-fewrel-wiki (val_wiki, P410 military rank: {} sentences)",
        sc.gold
    );
    sc.line("has_rank -> P410 military rank");
    println!(
        "  (has_rank edges in the {other_sents} sentences of the other 15 relations: {other_edges})"
    );
}

fn main() {
    let errors = std::env::args().any(|a| a == "--errors");
    let root = std::env::var("EVAL_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval-data"));
    if !root.is_dir() {
        println!(
            "eval data not found at {} - nothing to evaluate",
            root.display()
        );
        return;
    }
    let ex = Extractor::new().unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(2)
    });
    redocred(&ex, &root.join("en-redocred-dev/dev_revised.json"), errors);
    fewrel(&ex, &root.join("en-fewrel-wiki/val_wiki.json"), errors);
}

#[cfg(test)]
mod tests {
    #[test]
    fn detok_spans() {
        let toks = ["He", "said", "\"", "yes", "\"", "(", "U.S.", ")", "."];
        let mut s = String::new();
        let sp = super::detok(&toks, &mut s);
        assert_eq!(s, "He said \"yes\" (U.S.).");
        for (t, (a, b)) in toks.iter().zip(sp) {
            assert_eq!(&s[a..b], *t);
        }
    }
}
