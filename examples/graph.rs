//! Print the relation graph warta reads: readable sentences by default,
//! Graphviz DOT or the graph JSON on flags.
//!
//! ```text
//! cargo run --release --example graph -- [OPTIONS] [FILE ...]
//!   (no FILE or "-": read stdin; each FILE is one plain-text document)
//!   --lang-out en|id  language of the readable sentences (default en)
//!   --evidence        with each sentence, its rule, confidence and evidence
//!   --dot             Graphviz DOT (`| dot -Tsvg > g.svg`)
//!   --json            the graph JSON (nodes, edges)
//!   --jsonl           input is a JSONL corpus (one {"id", "text", "lang"?,
//!                     "date"?} object per line, as in the extract contract);
//!                     the output is ONE corpus graph merged over all lines
//!                     (nodes by gazetteer key or label + canonical name,
//!                     each edge keeping every document id + evidence span)
//!   --lang id|en      input language (default: detected per document)
//!   --date YYYY-MM-DD document date (default: dateline / first date)
//!   --gazetteer FILE  extra gazetteer in the data/ row format
//!   --disable RULE    disable a rule by id or prefix ("rel/visit")
//! ```
//!
//! Bad JSONL lines and unreadable files are reported on stderr, naming the
//! file and line; the other inputs are still processed and the exit status
//! is 1.

mod common;

use std::collections::HashMap;
use std::io::Write;

use warta::{Graph, Input, Lang};

const USAGE: &str = "usage: graph [--dot|--json] [--evidence] [--lang-out en|id] [--jsonl] [--lang id|en] [--date YYYY-MM-DD] [--gazetteer FILE] [--disable RULE] [FILE ...]";

fn main() {
    let o = common::parse_args_with(
        &["--dot", "--json", "--jsonl", "--evidence"],
        &["--lang-out"],
        USAGE,
    );
    let lang_out: Lang = match o.value("--lang-out") {
        None => Lang::En,
        Some(v) => v.parse().unwrap_or_else(|e| common::die(&format!("{e}"))),
    };
    let ex = o.extractor();
    let out = std::io::stdout();
    let mut w = out.lock();
    let failed = if o.has("--jsonl") {
        let mut corpus = Graph::default();
        // Evidence spans index each document's text; keep the texts for
        // --evidence.
        let mut texts: HashMap<Option<String>, String> = HashMap::new();
        let failed = common::for_each_record(&o, |src, lineno, rec| {
            if let common::Record::Doc {
                id,
                text,
                lang,
                date,
            } = rec
            {
                let mut input = Input::new(&text);
                input.lang = lang.or(o.lang);
                input.date = date.or(o.date);
                let doc = ex.extract(input);
                let id = match id {
                    serde_json::Value::String(s) => s,
                    serde_json::Value::Null => format!("{src}:{lineno}"),
                    v => v.to_string(),
                };
                corpus.merge_document(&id, &doc.graph());
                if o.has("--evidence") {
                    texts.insert(Some(id), text);
                }
            }
        });
        print_graph(&mut w, &o, &corpus, lang_out, &texts);
        failed
    } else {
        common::for_each_text(&o, |name, text| {
            let mut input = Input::new(text);
            input.lang = o.lang;
            input.date = o.date;
            let g = ex.extract(input).graph();
            if !o.has("--dot") && !o.has("--json") {
                let _ = writeln!(w, "# {name}");
            }
            let mut texts = HashMap::new();
            if o.has("--evidence") {
                texts.insert(None, text.to_string());
            }
            print_graph(&mut w, &o, &g, lang_out, &texts);
        })
    };
    let _ = w.flush();
    std::process::exit(if failed > 0 { 1 } else { 0 });
}

fn print_graph(
    w: &mut dyn Write,
    o: &common::Opts,
    g: &Graph,
    lang: Lang,
    texts: &HashMap<Option<String>, String>,
) {
    // Write errors (a closed pipe, as in `| head`) end the output quietly.
    if o.has("--dot") {
        let _ = w.write_all(g.to_dot().as_bytes());
    } else if o.has("--json") {
        let _ = writeln!(w, "{}", serde_json::to_string_pretty(g).unwrap_or_default());
    } else {
        for e in &g.edges {
            let Some(s) = g.edge_sentence(e, lang) else {
                continue;
            };
            let _ = writeln!(w, "  {s}");
            if o.has("--evidence") {
                for ev in std::iter::once(&e.evidence).chain(&e.more_evidence) {
                    let snippet = texts
                        .get(&ev.doc)
                        .and_then(|t| t.get(ev.start..ev.end))
                        .map(|t| t.replace('\n', " "))
                        .unwrap_or_default();
                    let snippet: String = snippet.chars().take(160).collect();
                    let doc = ev
                        .doc
                        .as_deref()
                        .map(|d| format!("{d} "))
                        .unwrap_or_default();
                    let _ = writeln!(
                        w,
                        "      [{} {:.2}{}] {doc}{}..{}: {snippet}",
                        e.rule,
                        e.confidence,
                        if e.planned { " planned" } else { "" },
                        ev.start,
                        ev.end
                    );
                }
            }
        }
    }
}
