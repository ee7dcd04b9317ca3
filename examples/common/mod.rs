//! Shared input handling for the example binaries: files or stdin, plain
//! text or JSONL, with errors that name the file or line and lose nothing
//! else.
#![allow(dead_code)]

use std::io::{self, BufRead, Read, Write};

use serde_json::{json, Map, Value};
use warta::dates::CivilDate;
use warta::{Document, Extractor, Input, Lang};

/// Options common to the examples.
#[derive(Default)]
pub struct Opts {
    pub files: Vec<String>,
    pub lang: Option<Lang>,
    pub date: Option<CivilDate>,
    pub gazetteers: Vec<String>,
    pub disabled: Vec<String>,
    pub flags: Vec<String>,
    /// Example-specific options that take a value (`--lang-out id`).
    pub values: Vec<(String, String)>,
}

/// Parse `--lang`, `--date`, `--gazetteer`, `--disable` and the given
/// boolean `flags`; everything else is a file. Exits with a message on a
/// bad value.
pub fn parse_args(known_flags: &[&str], usage: &str) -> Opts {
    parse_args_with(known_flags, &[], usage)
}

/// Like [`parse_args`], plus example-specific `value_opts` that take a
/// value (read back with [`Opts::value`]).
pub fn parse_args_with(known_flags: &[&str], value_opts: &[&str], usage: &str) -> Opts {
    let mut o = Opts::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| die(&format!("{name} needs a value\n{usage}")))
        };
        match a.as_str() {
            "-h" | "--help" => {
                println!("{usage}");
                std::process::exit(0);
            }
            "--lang" => {
                o.lang = Some(
                    value("--lang")
                        .parse()
                        .unwrap_or_else(|e| die(&format!("{e}"))),
                )
            }
            "--date" => {
                o.date = Some(
                    CivilDate::parse_iso(&value("--date")).unwrap_or_else(|e| die(&format!("{e}"))),
                )
            }
            "--gazetteer" => o.gazetteers.push(value("--gazetteer")),
            "--disable" => o.disabled.push(value("--disable")),
            f if known_flags.contains(&f) => o.flags.push(f.to_string()),
            f if value_opts.contains(&f) => {
                let v = value(f);
                o.values.push((f.to_string(), v))
            }
            f if f.starts_with("--") => die(&format!("unknown option {f}\n{usage}")),
            f => o.files.push(f.to_string()),
        }
    }
    o
}

pub fn die(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(2)
}

impl Opts {
    pub fn has(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }

    /// The last value given for a value option.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn extractor(&self) -> Extractor {
        let mut b = Extractor::builder();
        for g in &self.gazetteers {
            b.add_gazetteer_file(g);
        }
        for d in &self.disabled {
            b.disable_rules(d);
        }
        b.build().unwrap_or_else(|e| die(&e.to_string()))
    }

    /// Each input as (name, bytes); `-` or no files means stdin.
    pub fn inputs(&self) -> Vec<(String, io::Result<Vec<u8>>)> {
        if self.files.is_empty() || self.files.iter().all(|f| f == "-") {
            let mut buf = Vec::new();
            let r = io::stdin().read_to_end(&mut buf).map(|_| buf);
            return vec![("<stdin>".to_string(), r)];
        }
        self.files
            .iter()
            .map(|f| (f.clone(), std::fs::read(f)))
            .collect()
    }
}

/// Read whole files as UTF-8 documents; report unreadable or non-UTF-8
/// inputs on stderr (naming the file) and go on with the others. Returns
/// the number of failed inputs.
pub fn for_each_text(o: &Opts, mut f: impl FnMut(&str, &str)) -> usize {
    let mut failed = 0;
    for (name, bytes) in o.inputs() {
        match bytes {
            Err(e) => {
                eprintln!("error: {name}: {e}");
                failed += 1;
            }
            Ok(b) => match std::str::from_utf8(&b) {
                Ok(t) => f(&name, t),
                Err(e) => {
                    eprintln!("error: {}", warta::Error::invalid_utf8(&name, e));
                    failed += 1;
                }
            },
        }
    }
    failed
}

/// One parsed JSONL record or the error object to print for its line.
pub enum Record {
    Doc {
        id: Value,
        text: String,
        lang: Option<Lang>,
        date: Option<CivilDate>,
    },
    Error(Value),
}

/// Parse one JSONL line (`lineno` is 1-based, `src` names the input).
pub fn parse_record(src: &str, lineno: usize, bytes: &[u8]) -> Record {
    let err = |id: Value, msg: String| {
        Record::Error(json!({"id": id, "error": format!("{src}: line {lineno}: {msg}")}))
    };
    let line = match std::str::from_utf8(bytes) {
        Ok(l) => l,
        Err(e) => {
            return err(
                Value::Null,
                format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            )
        }
    };
    let v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return err(Value::Null, format!("not valid JSON: {e}")),
    };
    let Some(obj) = v.as_object() else {
        return err(Value::Null, "expected a JSON object".into());
    };
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = obj.get("text").and_then(Value::as_str) else {
        return err(id, "missing string field \"text\"".into());
    };
    let lang = match obj.get("lang") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match s.parse::<Lang>() {
            Ok(l) => Some(l),
            Err(e) => return err(id, e.to_string()),
        },
        Some(_) => return err(id, "\"lang\" must be a string".into()),
    };
    let date = match obj.get("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match CivilDate::parse_iso(s) {
            Ok(d) => Some(d),
            Err(e) => return err(id, e.to_string()),
        },
        Some(_) => return err(id, "\"date\" must be a \"YYYY-MM-DD\" string".into()),
    };
    Record::Doc {
        id,
        text: text.to_string(),
        lang,
        date,
    }
}

/// Run a JSONL batch: one output line per input line, same order; `emit`
/// builds the output object for a document.
pub fn run_jsonl(o: &Opts, ex: &Extractor, emit: impl Fn(Value, &Document) -> Value) -> usize {
    let out = io::stdout();
    let mut out = io::BufWriter::new(out.lock());
    let mut failed = 0;
    if o.files.is_empty() || o.files.iter().all(|f| f == "-") {
        let stdin = io::stdin();
        failed += jsonl_stream(o, ex, &emit, "<stdin>", &mut stdin.lock(), &mut out);
    } else {
        for f in &o.files {
            match std::fs::File::open(f) {
                Ok(file) => {
                    failed += jsonl_stream(o, ex, &emit, f, &mut io::BufReader::new(file), &mut out)
                }
                Err(e) => {
                    eprintln!("error: {f}: {e}");
                    failed += 1;
                }
            }
        }
    }
    let _ = out.flush();
    failed
}

fn jsonl_stream(
    o: &Opts,
    ex: &Extractor,
    emit: &dyn Fn(Value, &Document) -> Value,
    src: &str,
    reader: &mut dyn BufRead,
    out: &mut dyn Write,
) -> usize {
    let mut failed = 0;
    failed += read_records(src, reader, &mut |lineno, line| {
        let v = match parse_record(src, lineno, line) {
            Record::Error(v) => {
                failed += 1;
                v
            }
            Record::Doc {
                id,
                text,
                lang,
                date,
            } => {
                let mut input = Input::new(&text);
                input.lang = lang.or(o.lang);
                input.date = date.or(o.date);
                emit(id, &ex.extract(input))
            }
        };
        let _ = writeln!(out, "{v}");
    });
    failed
}

/// Call `f(lineno, line)` for every non-blank line of `reader` (1-based
/// line numbers, end-of-line stripped). Returns 1 when reading fails (the
/// error is reported naming `src`), else 0.
fn read_records(src: &str, reader: &mut dyn BufRead, f: &mut dyn FnMut(usize, &[u8])) -> usize {
    let mut buf = Vec::new();
    let mut lineno = 0;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return 0,
            Ok(_) => {}
            Err(e) => {
                eprintln!("error: {src}: {e}");
                return 1;
            }
        }
        lineno += 1;
        let line = trim_eol(&buf);
        if !line.iter().all(|b| b.is_ascii_whitespace()) {
            f(lineno, line);
        }
    }
}

/// Read JSONL records from the files (or stdin) and hand each parsed
/// line to `f` with its source name and 1-based line number; lines that do
/// not parse are reported on stderr (naming the line) and skipped. Returns
/// the number of failed lines and inputs.
pub fn for_each_record(o: &Opts, mut f: impl FnMut(&str, usize, Record)) -> usize {
    let mut failed = 0;
    let mut one = |src: &str, reader: &mut dyn BufRead| -> usize {
        let mut failed = 0;
        failed += read_records(src, reader, &mut |lineno, line| match parse_record(
            src, lineno, line,
        ) {
            Record::Error(v) => {
                failed += 1;
                eprintln!("error: {}", v["error"].as_str().unwrap_or("bad line"));
            }
            r => f(src, lineno, r),
        });
        failed
    };
    if o.files.is_empty() || o.files.iter().all(|f| f == "-") {
        let stdin = io::stdin();
        failed += one("<stdin>", &mut stdin.lock());
    } else {
        for name in &o.files {
            match std::fs::File::open(name) {
                Ok(file) => failed += one(name, &mut io::BufReader::new(file)),
                Err(e) => {
                    eprintln!("error: {name}: {e}");
                    failed += 1;
                }
            }
        }
    }
    failed
}

fn trim_eol(b: &[u8]) -> &[u8] {
    let b = b.strip_suffix(b"\n").unwrap_or(b);
    b.strip_suffix(b"\r").unwrap_or(b)
}

/// The JSONL contract object for one document.
pub fn doc_json(id: Value, doc: &Document) -> Value {
    let mentions: Vec<Value> = doc
        .mentions
        .iter()
        .map(|m| {
            let mut o = Map::new();
            o.insert("start".into(), json!(m.span.start));
            o.insert("end".into(), json!(m.span.end));
            o.insert("label".into(), json!(m.label));
            o.insert("text".into(), json!(m.text));
            o.insert("entity".into(), json!(doc.entities[m.entity].id));
            if let Some(v) = &m.value {
                o.insert("value".into(), json!(v));
            }
            if let Some(md) = m.date.as_ref().and_then(warta::graph::date_modifier) {
                o.insert("mod".into(), json!(md));
            }
            o.insert("source".into(), json!(m.source));
            o.insert(
                "confidence".into(),
                json!((m.confidence * 100.0).round() / 100.0),
            );
            Value::Object(o)
        })
        .collect();
    json!({"id": id, "mentions": mentions, "graph": doc.graph()})
}
