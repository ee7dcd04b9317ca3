//! The news corpus of the bench and `stage_timing`: the IndoSum news in
//! `../shared/eval-data/id-news-raw` (detokenized, about 2 MB) when
//! present, else the shipped sample repeated to the same size.
#![allow(dead_code)]

use std::path::Path;

const SAMPLE: &str = include_str!("../samples/seed-korea-nato-id.txt");
const TARGET_BYTES: usize = 2_000_000;

/// Documents of the bench corpus and where they came from.
pub fn corpus() -> (Vec<String>, &'static str) {
    let p =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval-data/id-news-raw/dev.01.jsonl");
    if let Ok(raw) = std::fs::read_to_string(&p) {
        let mut docs = Vec::new();
        let mut total = 0;
        for line in raw.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let Some(paras) = v["paragraphs"].as_array() else {
                continue;
            };
            let mut doc = String::new();
            for para in paras {
                for sent in para.as_array().into_iter().flatten() {
                    let toks: Vec<&str> = sent
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|t| t.as_str())
                        .collect();
                    doc.push_str(&detok(&toks));
                    doc.push(' ');
                }
                doc.push('\n');
            }
            total += doc.len();
            docs.push(doc);
            if total >= TARGET_BYTES {
                break;
            }
        }
        if !docs.is_empty() {
            return (docs, "id-news-raw/dev.01.jsonl (IndoSum)");
        }
    }
    (
        vec![SAMPLE.to_string(); TARGET_BYTES / SAMPLE.len()],
        "examples/samples (repeated)",
    )
}

/// Join tokens with spaces, without spaces before closing punctuation.
fn detok(toks: &[&str]) -> String {
    let mut s = String::new();
    for t in toks {
        let close = matches!(*t, "," | "." | ":" | ";" | "?" | "!" | ")" | "%" | "'s");
        if !s.is_empty() && !close && !s.ends_with('(') {
            s.push(' ');
        }
        s.push_str(t);
    }
    s
}
