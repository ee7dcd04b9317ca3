//! Print the entities warta finds.
//!
//! ```text
//! cargo run --release --example extract -- [OPTIONS] [FILE ...]
//!   (no FILE or "-": read stdin)
//!   --json            one JSON document per input (mentions, entities, graph)
//!   --jsonl           batch mode: JSONL in, one JSON object per line out
//!   --lang id|en      language (default: detected per document)
//!   --date YYYY-MM-DD document date (default: dateline / first date)
//!   --gazetteer FILE  extra gazetteer in the data/ row format
//!   --disable RULE    disable a rule by id or prefix ("place/")
//! ```

mod common;

use serde_json::json;
use warta::Input;

const USAGE: &str = "usage: extract [--json|--jsonl] [--lang id|en] [--date YYYY-MM-DD] [--gazetteer FILE] [--disable RULE] [FILE ...]";

fn main() {
    let o = common::parse_args(&["--json", "--jsonl"], USAGE);
    let ex = o.extractor();
    let failed = if o.has("--jsonl") {
        common::run_jsonl(&o, &ex, common::doc_json)
    } else {
        common::for_each_text(&o, |name, text| {
            let mut input = Input::new(text);
            input.lang = o.lang;
            input.date = o.date;
            let doc = ex.extract(input);
            if o.has("--json") {
                let mut v = common::doc_json(json!(name), &doc);
                v["lang"] = json!(doc.lang);
                v["document_date"] = json!(doc.document_date);
                println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            } else {
                print_table(name, &doc);
            }
        })
    };
    std::process::exit(if failed > 0 { 1 } else { 0 });
}

fn print_table(name: &str, doc: &warta::Document) {
    use std::io::Write;
    // Write errors (a closed pipe, as in `| head`) end the output quietly.
    let out = std::io::stdout();
    let mut w = out.lock();
    let dd = doc
        .document_date
        .as_ref()
        .map(|d| format!("{} ({:?})", d.date, d.source))
        .unwrap_or_else(|| "none".into());
    let detected = if doc.lang_detected { " (detected)" } else { "" };
    let _ = writeln!(
        w,
        "# {name}  lang={}{detected}  document date={dd}",
        doc.lang
    );
    let _ = writeln!(
        w,
        "{:>6} {:>6}  {:<6} {:<4} {:<40} {:<32} {:<22} conf",
        "start", "end", "label", "ent", "text", "value", "source"
    );
    for m in &doc.mentions {
        let text: String = m.text.replace('\n', " ");
        let _ = writeln!(
            w,
            "{:>6} {:>6}  {:<6} {:<4} {:<40} {:<32} {:<22} {:.2}",
            m.span.start,
            m.span.end,
            m.label.as_str(),
            doc.entities[m.entity].id,
            text,
            m.value.as_deref().unwrap_or(""),
            m.source,
            m.confidence
        );
    }
    if !doc.relations.is_empty() {
        let _ = writeln!(w, "# relations");
        for s in doc.graph().sentences(warta::Lang::En) {
            let _ = writeln!(w, "  {s}");
        }
    }
    let _ = writeln!(w);
}
