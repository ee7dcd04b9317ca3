//! Evaluate the DATE tagger on the shared TimeML / BILOU corpora and time it.
//!
//! ```text
//! cargo run --release --example eval_dates            # all corpora found under ../shared/eval-data
//! cargo run --release --example eval_dates -- --dump  # also print every Kompas mention
//! EVAL_DATA=/path/to/eval-data cargo run --release --example eval_dates
//! ```
//!
//! * `en-tempeval3-tbaq` (TimeML, DCT as anchor): TIMEX3 of type DATE and TIME;
//!   strict/relaxed extent P/R/F1 and value accuracy on relaxed matches.
//! * `id-indotimex-dev` (Kompas TimeML, DCT only, no gold): counts and a dump to read.
//! * `id-pfsa/dev-40.txt` (BILOU DATETIME spans): extent recall, exact and overlap.
//! * `id-news-raw/dev.01.jsonl`: throughput of `find` in MB/s.
//!
//! Missing corpora are skipped with a note.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use warta::dates::{CivilDate, DateMatch, DateTagger};
use warta::lang::Lang;

#[derive(Debug, Clone)]
struct Gold {
    start: usize,
    end: usize,
    ty: String,
    value: String,
}

struct Doc {
    text: String,
    dct: Option<CivilDate>,
    gold: Vec<Gold>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let pat = format!("{name}=\"");
    let i = tag.find(&pat)? + pat.len();
    let j = tag[i..].find('"')? + i;
    Some(tag[i..j].to_string())
}

fn decode_entity(s: &str) -> Option<(char, usize)> {
    for (e, c) in [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&apos;", '\''),
    ] {
        if s.starts_with(e) {
            return Some((c, e.len()));
        }
    }
    None
}

/// Strip tags from TimeML `<TEXT>`, recording TIMEX3 spans in the stripped text.
fn parse_timeml(xml: &str) -> Doc {
    let dct = xml.find("<DCT>").and_then(|i| {
        let tag_end = xml[i..].find('>').map(|k| i + k)?;
        let rest = &xml[tag_end..];
        let t = rest.find("<TIMEX3")?;
        let v = attr(&rest[t..t + rest[t..].find('>')?], "value")?;
        // Lenient: Kompas DCTs are sometimes unpadded ("2013-12-5").
        let mut it = v
            .get(0..10.min(v.len()))?
            .split(|c: char| !c.is_ascii_digit())
            .filter(|x| !x.is_empty());
        let (y, m, d) = (
            it.next()?.parse().ok()?,
            it.next()?.parse().ok()?,
            it.next()?.parse().ok()?,
        );
        CivilDate::new(y, m, d)
    });
    let body = match (xml.find("<TEXT>"), xml.find("</TEXT>")) {
        (Some(a), Some(b)) if b > a => &xml[a + 6..b],
        _ => "",
    };
    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open: Vec<Option<(usize, String, String)>> = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with('<') {
            let Some(k) = rest.find('>') else { break };
            let tag = &rest[1..k];
            if let Some(name) = tag.strip_prefix('/') {
                if name.trim() == "TIMEX3" {
                    if let Some(Some((s, ty, v))) = open.pop() {
                        gold.push(Gold {
                            start: s,
                            end: text.len(),
                            ty,
                            value: v,
                        });
                    }
                }
            } else if tag.starts_with("TIMEX3") && !tag.ends_with('/') {
                open.push(Some((
                    text.len(),
                    attr(tag, "type").unwrap_or_default(),
                    attr(tag, "value").unwrap_or_default(),
                )));
            }
            i += k + 1;
            continue;
        }
        if let Some((c, n)) = decode_entity(rest) {
            text.push(c);
            i += n;
            continue;
        }
        let c = rest.chars().next().unwrap();
        text.push(if c == '\r' { ' ' } else { c });
        i += c.len_utf8();
    }
    Doc { text, dct, gold }
}

fn cp1252(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes
            .iter()
            .map(|&b| match b {
                0x91 | 0x92 => '\'',
                0x93 => '“',
                0x94 => '”',
                0x96 => '–',
                0x97 => '—',
                b if b < 0x80 => b as char,
                b => char::from_u32(b as u32).unwrap_or(' '),
            })
            .collect(),
    }
}

fn tml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(tml_files(&p));
        } else if p.extension().is_some_and(|x| x == "tml") {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[derive(Default)]
struct Score {
    gold: usize,
    sys: usize,
    strict: usize,
    relaxed_g: usize,
    relaxed_s: usize,
    val_ok: usize,
    val_n: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Score {
    fn report(&self, name: &str) {
        let pr = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (sp, sr) = (pr(self.strict, self.sys), pr(self.strict, self.gold));
        let (rp, rr) = (pr(self.relaxed_s, self.sys), pr(self.relaxed_g, self.gold));
        println!(
            "{name}: gold {} sys {} | strict P {:.3} R {:.3} F1 {:.3} | relaxed P {:.3} R {:.3} F1 {:.3} | value acc {:.3} ({}/{})",
            self.gold, self.sys, sp, sr, f1(sp, sr), rp, rr, f1(rp, rr), pr(self.val_ok, self.val_n), self.val_ok, self.val_n
        );
    }
}

fn eval_timeml(t: &DateTagger, dir: &Path, lang: Lang, errors: bool) -> Option<Score> {
    let files = tml_files(dir);
    if files.is_empty() {
        return None;
    }
    let mut sc = Score::default();
    for f in files {
        let Ok(bytes) = fs::read(&f) else { continue };
        let doc = parse_timeml(&cp1252(&bytes));
        let gold: Vec<&Gold> = doc
            .gold
            .iter()
            .filter(|g| g.ty == "DATE" || g.ty == "TIME")
            .collect();
        let other: Vec<&Gold> = doc
            .gold
            .iter()
            .filter(|g| !(g.ty == "DATE" || g.ty == "TIME"))
            .collect();
        let sys = t.find(&doc.text, lang, doc.dct);
        // System mentions inside a gold DURATION/SET are not scored either way.
        let sys: Vec<&DateMatch> = sys
            .iter()
            .filter(|m| {
                !other
                    .iter()
                    .any(|g| g.start < m.span.end && m.span.start < g.end)
                    || gold
                        .iter()
                        .any(|g| g.start < m.span.end && m.span.start < g.end)
            })
            .collect();
        sc.gold += gold.len();
        sc.sys += sys.len();
        for g in &gold {
            let exact = sys
                .iter()
                .any(|m| m.span.start == g.start && m.span.end == g.end);
            if exact {
                sc.strict += 1;
            } else if errors {
                if let Some(m) = sys
                    .iter()
                    .find(|m| m.span.start < g.end && g.start < m.span.end)
                {
                    println!(
                        "  EXTENT gold {:?} sys {:?}",
                        &doc.text[g.start..g.end],
                        &doc.text[m.span.range()]
                    );
                }
            }
            if let Some(m) = sys
                .iter()
                .find(|m| m.span.start < g.end && g.start < m.span.end)
            {
                sc.relaxed_g += 1;
                sc.val_n += 1;
                if m.value.value == g.value {
                    sc.val_ok += 1;
                } else if errors {
                    let mut a = g.start.saturating_sub(60);
                    while !doc.text.is_char_boundary(a) {
                        a += 1;
                    }
                    let mut b = (g.end + 40).min(doc.text.len());
                    while !doc.text.is_char_boundary(b) {
                        b += 1;
                    }
                    println!("    [{}]", doc.text[a..b].replace('\n', " "));
                    println!(
                        "  VAL {:?} gold {:?} {} sys {:?} {} (dct {:?})",
                        &doc.text[g.start..g.end],
                        g.ty,
                        g.value,
                        &doc.text[m.span.range()],
                        m.value.value,
                        doc.dct.map(|d| d.to_string())
                    );
                }
            } else if errors {
                let mut a = g.start.saturating_sub(40);
                while !doc.text.is_char_boundary(a) {
                    a += 1;
                }
                let mut b = (g.end + 30).min(doc.text.len());
                while !doc.text.is_char_boundary(b) {
                    b += 1;
                }
                println!(
                    "  MISS {:?} {} {}   [{}]",
                    &doc.text[g.start..g.end],
                    g.ty,
                    g.value,
                    doc.text[a..b].replace('\n', " ")
                );
            }
        }
        for m in &sys {
            if gold
                .iter()
                .any(|g| g.start < m.span.end && m.span.start < g.end)
            {
                sc.relaxed_s += 1;
            } else if errors {
                println!("  FP {:?} {}", &doc.text[m.span.range()], m.value.value);
            }
        }
    }
    Some(sc)
}

fn eval_kompas_dev(t: &DateTagger, dir: &Path, dump: bool) {
    let files = tml_files(dir);
    if files.is_empty() {
        println!("id-indotimex-dev: not found, skipped");
        return;
    }
    let (mut n, mut unresolved, mut docs) = (0, 0, 0);
    let mut by_rule: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in &files {
        let Ok(bytes) = fs::read(f) else { continue };
        let doc = parse_timeml(&cp1252(&bytes));
        docs += 1;
        let ms = t.find(&doc.text, Lang::Id, doc.dct);
        if dump {
            println!(
                "== {} dct {:?}",
                f.file_name().unwrap().to_string_lossy(),
                doc.dct.map(|d| d.to_string())
            );
        }
        for m in &ms {
            n += 1;
            *by_rule.entry(m.rule).or_default() += 1;
            if !m.value.resolved {
                unresolved += 1;
            }
            if dump {
                let s = m.span.start.saturating_sub(30);
                let mut s2 = s;
                while !doc.text.is_char_boundary(s2) {
                    s2 += 1;
                }
                println!(
                    "  {:<28} {:<24} {:?}  …{}",
                    format!("{:?}", &doc.text[m.span.range()]),
                    m.value.value,
                    m.value.modifier,
                    doc.text[s2..m.span.start].replace('\n', " ")
                );
            }
        }
    }
    println!("id-indotimex-dev: {docs} docs, {n} mentions ({unresolved} unresolved); by rule: {by_rule:?}");
}

fn eval_pfsa(t: &DateTagger, path: &Path, errors: bool) {
    let Ok(s) = fs::read_to_string(path) else {
        println!("id-pfsa: not found, skipped");
        return;
    };
    let (mut gold_n, mut exact, mut overlap, mut sys_n, mut sys_hit) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for sent in s.split("\n\n") {
        let mut text = String::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut cur: Option<usize> = None;
        for line in sent.lines() {
            let mut it = line.split('\t');
            let (Some(tok), Some(lab)) = (it.next(), it.next()) else {
                continue;
            };
            if !text.is_empty() {
                text.push(' ');
            }
            let st = text.len();
            text.push_str(tok);
            let en = text.len();
            match lab {
                "U-DATETIME" => spans.push((st, en)),
                "B-DATETIME" => cur = Some(st),
                "L-DATETIME" => {
                    if let Some(b) = cur.take() {
                        spans.push((b, en));
                    }
                }
                "I-DATETIME" => {}
                _ => cur = None,
            }
        }
        if text.is_empty() {
            continue;
        }
        let ms = t.find(&text, Lang::Id, CivilDate::new(2020, 6, 15));
        sys_n += ms.len();
        for m in &ms {
            if spans
                .iter()
                .any(|&(a, b)| a < m.span.end && m.span.start < b)
            {
                sys_hit += 1;
            }
        }
        for &(a, b) in &spans {
            gold_n += 1;
            if ms.iter().any(|m| m.span.start == a && m.span.end == b) {
                exact += 1;
            } else if errors {
                if let Some(m) = ms.iter().find(|m| a < m.span.end && m.span.start < b) {
                    println!(
                        "  PFSA EXTENT gold {:?} sys {:?}",
                        &text[a..b],
                        &text[m.span.range()]
                    );
                }
            }
            if ms.iter().any(|m| a < m.span.end && m.span.start < b) {
                overlap += 1;
            } else if errors {
                println!("  PFSA MISS {:?}", &text[a..b]);
            }
        }
    }
    let r = |a: usize| {
        if gold_n == 0 {
            0.0
        } else {
            a as f64 / gold_n as f64
        }
    };
    println!(
        "id-pfsa dev-40 DATETIME: gold {gold_n} | recall exact {:.3} overlap {:.3} | sys {sys_n} ({sys_hit} overlap a gold DATETIME)",
        r(exact),
        r(overlap)
    );
}

fn bench(t: &DateTagger, path: &Path) {
    let Ok(s) = fs::read_to_string(path) else {
        println!("id-news-raw: not found, speed skipped");
        return;
    };
    // Tokenized IndoSum JSONL: "paragraphs": [[[tok, ...], ...], ...]; join tokens with spaces.
    let mut docs = Vec::new();
    for line in s.lines() {
        let Ok(v) = serde_json_value(line) else {
            continue;
        };
        docs.push(v);
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    // Best of several rounds (the machine may be shared).
    let mut n = 0;
    let mut best = f64::MAX;
    for _ in 0..7 {
        let t0 = Instant::now();
        n = 0;
        for d in &docs {
            n += t.find(d, Lang::Id, CivilDate::new(2017, 3, 28)).len();
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    println!(
        "speed: {} docs, {:.1} MB, {} mentions, find = {:.1} MB/s (best of 7 rounds)",
        docs.len(),
        bytes as f64 / 1e6,
        n,
        bytes as f64 / 1e6 / best
    );
}

fn serde_json_value(line: &str) -> Result<String, ()> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|_| ())?;
    let mut out = String::new();
    for para in v.get("paragraphs").and_then(|p| p.as_array()).ok_or(())? {
        for sent in para.as_array().ok_or(())? {
            let toks: Vec<&str> = sent
                .as_array()
                .ok_or(())?
                .iter()
                .filter_map(|t| t.as_str())
                .collect();
            out.push_str(&toks.join(" "));
            out.push(' ');
        }
        out.push('\n');
    }
    Ok(out)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dump = args.iter().any(|a| a == "--dump");
    let errors = args.iter().any(|a| a == "--errors");
    let root = std::env::var("EVAL_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            let here = Path::new(env!("CARGO_MANIFEST_DIR"));
            here.join("../shared/eval-data")
        });
    if !root.is_dir() {
        println!(
            "eval data not found at {} - nothing to evaluate",
            root.display()
        );
        return;
    }
    let t = DateTagger::new();
    match eval_timeml(&t, &root.join("en-tempeval3-tbaq"), Lang::En, errors) {
        Some(sc) => sc.report("en-tempeval3-tbaq (DATE+TIME)"),
        None => println!("en-tempeval3-tbaq: not found, skipped"),
    }
    if let Some(sc) = eval_timeml(&t, &root.join("id-indotimex-gold"), Lang::Id, errors) {
        sc.report("id-indotimex-gold (DATE+TIME)");
    }
    eval_kompas_dev(&t, &root.join("id-indotimex-dev/kompas_development"), dump);
    eval_pfsa(&t, &root.join("id-pfsa/dev-40.txt"), errors);
    bench(&t, &root.join("id-news-raw/dev.01.jsonl"));
}
