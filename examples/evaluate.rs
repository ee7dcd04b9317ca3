//! Score warta against annotated token-per-line corpora.
//!
//! Canonical runs (the corpora are not part of the repository; they live
//! in `/work/shared/eval-data`, see each folder's `SOURCE.md`):
//!
//! ```text
//! cargo run --release --example evaluate -- --format conll --lang id \
//!     --map PERSON=PERSON,ORGANIZATION=ORG,LOCATION=PLACE \
//!     /work/shared/eval-data/id-nerui/nergithub.txt
//! cargo run --release --example evaluate -- --format bilou --lang id \
//!     --map PERSON=PERSON,ROLE=TITLE,AFFILIATION=ORG,LOCATION=PLACE,DATETIME=DATE \
//!     --merge RANK=PERSON --ignore-inside STATEMENT,ISSUE \
//!     /work/shared/eval-data/id-pfsa/dev-40.txt
//! cargo run --release --example evaluate -- --format conll --lang en \
//!     --map PER=PERSON,ORG=ORG,LOC=PLACE \
//!     /work/shared/eval-data/en-conllpp-dev/conllpp_dev.txt
//! ```
//!
//! Input: one token per line, the label in the last column (tab or space
//! separated), a blank line between sentences, `-DOCSTART-` lines between
//! documents. `--format conll` reads IOB1/IOB2 tags, `--format bilou`
//! BILOU tags. Sentences are detokenized into natural text and joined with
//! `\n` into documents (CoNLL-2003 documents, or `--doc-sents` consecutive
//! sentences when the file has no `-DOCSTART-`), so the library sees
//! document context.
//!
//! Scoring: gold labels are mapped with `--map GOLD=OURS`; our labels with
//! no gold counterpart are not scored; a prediction that overlaps only
//! unmapped gold spans (CoNLL `MISC`) is not a false positive; predictions
//! overlapping `--ignore-inside` gold spans (unannotated regions) are
//! skipped. Predictions are snapped outward to token boundaries. Strict =
//! exact span and label; lenient = overlapping span and same label, each
//! gold span matched at most once.
//!
//! ```text
//! options:
//!   --format conll|bilou     tag scheme (default conll)
//!   --lang id|en             language given to the extractor (default: detected)
//!   --map GOLD=OURS,...      gold label mapping (required)
//!   --merge OURS=OURS,...    merge a mention into the next one ("RANK=PERSON":
//!                            "Kombes (Pol) Yusri" becomes one PERSON)
//!   --ignore-inside L,...    gold labels marking unannotated regions
//!   --annotated-only         skip predictions in sentences with no gold span
//!                            at all (PFSA annotates attribution sentences only)
//!   --doc-sents N            sentences per pseudo-document (default 20)
//!   --max-sents N            read at most N sentences
//!   --hyphens tight|spaced   join "-" tokens to their neighbours (default:
//!                            tight for id, spaced for en)
//!   --disable RULE           disable rules by id or prefix (repeatable)
//!   --errors N               print the N most frequent error strings and N
//!                            examples of false positives and negatives per label
//!   --per-source             precision by mention source (gazetteer prefix or rule id)
//! ```

mod eval;

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use eval::corpus::{self, Hyphens, Scheme};
use eval::score::{Both, Config, Counts, ErrorRec, Tally};
use warta::{Extractor, Input, Label, Lang};

const USAGE: &str = "usage: evaluate --map GOLD=OURS[,...] [--format conll|bilou] [--lang id|en] \
[--merge OURS=OURS[,...]] [--ignore-inside LABEL[,...]] [--annotated-only] [--doc-sents N] [--max-sents N] \
[--hyphens tight|spaced] [--disable RULE] [--errors N] [--per-source] FILE";

struct Args {
    file: String,
    scheme: Scheme,
    lang: Option<Lang>,
    hyphens: Option<Hyphens>,
    cfg: Config,
    doc_sents: usize,
    max_sents: usize,
    disabled: Vec<String>,
    errors: usize,
    per_source: bool,
}

fn die(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(2)
}

fn label(s: &str) -> Label {
    s.trim()
        .parse()
        .unwrap_or_else(|e: warta::Error| die(&e.to_string()))
}

/// Split `A=B,C=D` into pairs.
fn pairs(opt: &str, v: &str) -> Vec<(String, String)> {
    v.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|p| match p.split_once('=') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                (a.trim().to_string(), b.trim().to_string())
            }
            _ => die(&format!("{opt}: expected A=B, got {p:?}\n{USAGE}")),
        })
        .collect()
}

fn number(opt: &str, v: &str) -> usize {
    v.parse()
        .unwrap_or_else(|_| die(&format!("{opt}: expected a number, got {v:?}")))
}

fn parse_args() -> Args {
    let mut a = Args {
        file: String::new(),
        scheme: Scheme::Iob,
        lang: None,
        hyphens: None,
        cfg: Config {
            map: HashMap::new(),
            merge: Vec::new(),
            ignore_inside: Vec::new(),
            annotated_only: false,
        },
        doc_sents: 20,
        max_sents: usize::MAX,
        disabled: Vec::new(),
        errors: 0,
        per_source: false,
    };
    let mut files = Vec::new();
    let mut it = std::env::args().skip(1);
    while let Some(opt) = it.next() {
        let mut value = || {
            it.next()
                .unwrap_or_else(|| die(&format!("{opt} needs a value\n{USAGE}")))
        };
        match opt.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--format" => {
                a.scheme = match value().as_str() {
                    "conll" | "iob" | "iob1" | "iob2" => Scheme::Iob,
                    "bilou" => Scheme::Bilou,
                    v => die(&format!("--format: expected conll or bilou, got {v:?}")),
                }
            }
            "--lang" => {
                a.lang = Some(
                    value()
                        .parse()
                        .unwrap_or_else(|e: warta::Error| die(&e.to_string())),
                )
            }
            "--hyphens" => {
                a.hyphens = Some(match value().as_str() {
                    "tight" => Hyphens::Tight,
                    "spaced" => Hyphens::Spaced,
                    v => die(&format!("--hyphens: expected tight or spaced, got {v:?}")),
                })
            }
            "--map" => {
                for (g, o) in pairs("--map", &value()) {
                    a.cfg.map.insert(g, label(&o));
                }
            }
            "--merge" => {
                for (x, y) in pairs("--merge", &value()) {
                    a.cfg.merge.push((label(&x), label(&y)));
                }
            }
            "--ignore-inside" => a.cfg.ignore_inside.extend(
                value()
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty()),
            ),
            "--doc-sents" => a.doc_sents = number("--doc-sents", &value()).max(1),
            "--max-sents" => a.max_sents = number("--max-sents", &value()),
            "--errors" => a.errors = number("--errors", &value()),
            "--disable" => a.disabled.push(value()),
            "--per-source" => a.per_source = true,
            "--annotated-only" => a.cfg.annotated_only = true,
            f if f.starts_with("--") => die(&format!("unknown option {f}\n{USAGE}")),
            f => files.push(f.to_string()),
        }
    }
    match files.len() {
        1 => a.file = files.remove(0),
        0 => die(&format!("no corpus file given\n{USAGE}")),
        _ => die(&format!(
            "expected one corpus file, got {}\n{USAGE}",
            files.len()
        )),
    }
    if a.cfg.map.is_empty() {
        die(&format!("--map is required\n{USAGE}"));
    }
    a
}

fn main() {
    let args = parse_args();
    let content = match std::fs::read(&args.file) {
        Ok(b) => String::from_utf8(b).unwrap_or_else(|e| {
            die(&warta::Error::invalid_utf8(&args.file, e.utf8_error()).to_string())
        }),
        Err(e) => die(&format!("cannot read corpus {}: {e}", args.file)),
    };
    let raw = corpus::read(&args.file, &content, args.doc_sents, args.max_sents)
        .unwrap_or_else(|e| die(&e));
    let hyphens = args.hyphens.unwrap_or(match args.lang {
        Some(Lang::En) => Hyphens::Spaced,
        _ => Hyphens::Tight,
    });

    let mut b = Extractor::builder();
    for d in &args.disabled {
        b.disable_rules(d);
    }
    let ex = b.build().unwrap_or_else(|e| die(&e.to_string()));

    let mut tally = Tally::default();
    let mut elapsed = Duration::ZERO;
    let (mut n_sents, mut n_toks, mut n_chars, mut n_bytes) = (0, 0, 0, 0);
    let mut gold_labels: BTreeMap<String, usize> = BTreeMap::new();
    for sents in &raw {
        let doc = corpus::detokenize(sents, args.scheme, hyphens);
        n_sents += doc.sentences.len();
        n_toks += doc.tokens.len();
        n_chars += doc.text.chars().count();
        n_bytes += doc.text.len();
        for g in &doc.gold {
            *gold_labels.entry(g.label.clone()).or_default() += 1;
        }
        let mut input = Input::new(&doc.text);
        input.lang = args.lang;
        let t = Instant::now();
        let out = ex.extract(input);
        elapsed += t.elapsed();
        tally.add_doc(&args.cfg, &doc, &out.mentions);
    }

    report(
        &args,
        &tally,
        &gold_labels,
        raw.len(),
        (n_sents, n_toks, n_chars, n_bytes),
        elapsed,
    );
}

fn pct(x: f64) -> String {
    format!("{:.1}", 100.0 * x)
}

fn label_list(m: &BTreeMap<Label, usize>) -> String {
    if m.is_empty() {
        return "none".into();
    }
    m.iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn report(
    a: &Args,
    t: &Tally,
    gold_labels: &BTreeMap<String, usize>,
    docs: usize,
    (sents, toks, chars, bytes): (usize, usize, usize, usize),
    elapsed: Duration,
) {
    let secs = elapsed.as_secs_f64();
    let mut map: Vec<String> = a.cfg.map.iter().map(|(g, o)| format!("{g}={o}")).collect();
    map.sort();
    let unmapped: Vec<String> = gold_labels
        .iter()
        .filter(|(l, _)| !a.cfg.map.contains_key(*l))
        .map(|(l, n)| format!("{l} {n}"))
        .collect();

    println!("## warta on `{}`\n", a.file);
    println!(
        "- lang {} · map {} · merge {} · ignore-inside {}",
        a.lang.map_or("detected", |l| l.code()),
        map.join(","),
        if a.cfg.merge.is_empty() {
            "-".to_string()
        } else {
            a.cfg
                .merge
                .iter()
                .map(|(x, y)| format!("{x}={y}"))
                .collect::<Vec<_>>()
                .join(",")
        },
        if a.cfg.ignore_inside.is_empty() {
            "-".to_string()
        } else {
            a.cfg.ignore_inside.join(",")
        },
    );
    println!("- {docs} docs · {sents} sentences · {toks} tokens · {chars} chars ({bytes} bytes)");
    println!(
        "- extraction: {:.3} s · {:.2} MB/s (extract calls only)",
        secs,
        if secs > 0.0 {
            bytes as f64 / 1e6 / secs
        } else {
            0.0
        }
    );
    println!(
        "- gold spans not scored (unmapped or ignore-inside): {}",
        if unmapped.is_empty() {
            "none".into()
        } else {
            unmapped.join(", ")
        }
    );
    println!(
        "- mentions: {} · merged {} · snapped to token boundaries {} · scored {} · \
         in ignore-inside regions {} · only on unmapped gold {} · labels without gold: {}",
        t.mentions,
        t.merged,
        t.snapped,
        t.pred.values().sum::<usize>(),
        t.in_ignored_region,
        t.on_unmapped_gold,
        label_list(&t.unscored),
    );
    if a.cfg.annotated_only {
        println!(
            "- mentions in sentences without any gold span (skipped, --annotated-only): {}",
            t.outside_annotated
        );
    }
    if t.no_token > 0 {
        println!("- mentions touching no token (dropped): {}", t.no_token);
    }

    let micro = t.micro();
    for (title, pick) in [
        (
            "Strict (exact span and label)",
            (|b: &Both| b.strict) as fn(&Both) -> Counts,
        ),
        ("Lenient (overlapping span, same label)", |b: &Both| {
            b.lenient
        }),
    ] {
        println!("\n**{title}**\n");
        println!("| label | gold | pred | tp | fp | fn | P | R | F1 |");
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        let row = |name: &str, gold: usize, pred: usize, c: Counts| {
            println!(
                "| {name} | {gold} | {pred} | {} | {} | {} | {} | {} | {} |",
                c.tp,
                c.fp,
                c.fn_,
                pct(c.precision()),
                pct(c.recall()),
                pct(c.f1())
            );
        };
        for (l, b) in &t.per_label {
            row(
                l.as_str(),
                t.gold.get(l).copied().unwrap_or(0),
                t.pred.get(l).copied().unwrap_or(0),
                pick(b),
            );
        }
        row(
            "**micro**",
            t.gold.values().sum(),
            t.pred.values().sum(),
            pick(&micro),
        );
    }

    if a.per_source {
        print_per_source(t);
    }
    if a.errors > 0 {
        print_errors(t, a.errors);
    }
}

fn print_per_source(t: &Tally) {
    println!("\n**Scored predictions by source** (sorted by strict fp)\n");
    println!("| source | label | pred | strict tp | strict fp | strict P | lenient tp | lenient fp | lenient P |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut rows: Vec<_> = t.per_source.iter().collect();
    rows.sort_by(|x, y| y.1.strict.fp.cmp(&x.1.strict.fp).then(x.0.cmp(y.0)));
    for ((src, l), b) in rows {
        println!(
            "| `{src}` | {l} | {} | {} | {} | {} | {} | {} | {} |",
            b.strict.tp + b.strict.fp,
            b.strict.tp,
            b.strict.fp,
            pct(b.strict.precision()),
            b.lenient.tp,
            b.lenient.fp,
            pct(b.lenient.precision()),
        );
    }
}

/// Most frequent surface strings of a set of errors, with their kinds.
fn frequent(errs: &[&ErrorRec], n: usize) -> Vec<String> {
    let mut by_text: HashMap<&str, (usize, BTreeMap<&str, usize>)> = HashMap::new();
    for e in errs {
        let entry = by_text.entry(e.text.as_str()).or_default();
        entry.0 += 1;
        *entry.1.entry(e.kind.as_str()).or_default() += 1;
    }
    let mut v: Vec<_> = by_text.into_iter().collect();
    v.sort_by(|x, y| y.1 .0.cmp(&x.1 .0).then(x.0.cmp(y.0)));
    v.into_iter()
        .take(n)
        .map(|(text, (count, kinds))| {
            let kinds: Vec<String> = kinds.iter().map(|(k, c)| format!("{k} {c}")).collect();
            format!("{count}× `{text}` ({})", kinds.join(", "))
        })
        .collect()
}

fn print_errors(t: &Tally, n: usize) {
    println!("\n**Errors** (strict; kinds: spurious/missed, boundary = overlaps the same label, type:X = overlaps label X)");
    for l in t.per_label.keys() {
        for fp in [true, false] {
            let errs: Vec<&ErrorRec> = t
                .errors
                .iter()
                .filter(|e| e.label == *l && e.fp == fp)
                .collect();
            let what = if fp {
                "false positives"
            } else {
                "false negatives"
            };
            println!("\n### {l} {what}: {}\n", errs.len());
            if errs.is_empty() {
                continue;
            }
            let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
            for e in &errs {
                let k = e.kind.split(':').next().unwrap_or("");
                *kinds.entry(k).or_default() += 1;
            }
            let kinds: Vec<String> = kinds.iter().map(|(k, c)| format!("{k} {c}")).collect();
            println!("kinds: {}\n", kinds.join(", "));
            println!("most frequent:\n");
            for line in frequent(&errs, n) {
                println!("- {line}");
            }
            println!("\nexamples:\n");
            // Spread the examples over the corpus rather than taking the
            // first N.
            let k = n.min(errs.len());
            for i in 0..k {
                let e = errs[i * errs.len() / k];
                println!("- [{}] {}", e.kind, e.context);
            }
        }
    }
}
