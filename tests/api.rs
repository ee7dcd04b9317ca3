//! The public API contract: errors at the edges, thread safety, spans.

use warta::{Error, ErrorKind, Extractor, Input, Label, Lang};

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<Extractor>();
    check::<warta::Document>();
    check::<warta::Graph>();
    check::<Error>();
}

#[test]
fn malformed_gazetteer_row_names_file_and_line() {
    let tsv = "key\tlabel\tlang\tkind\tcase\talias\n# ok\no:acme\tORG\ten\tname\tcap\tAcme Corp\no:bad\tORG\ten\tname\n";
    let e = Extractor::builder()
        .add_gazetteer_tsv("user/orgs.tsv", tsv)
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Data);
    assert_eq!(e.source_name(), Some("user/orgs.tsv"));
    assert_eq!(e.line(), Some(4));
    assert!(
        e.to_string()
            .starts_with("user/orgs.tsv:4: expected 6 or 7 tab-separated fields"),
        "{e}"
    );
}

#[test]
fn user_gazetteer_entries_are_found_with_their_key() {
    let tsv = "o:acme\tORG\ten\tname\tcap\tZebulon Widget Works\n";
    let ex = Extractor::builder()
        .add_gazetteer_tsv("user.tsv", tsv)
        .build()
        .unwrap();
    let doc = ex.extract(Input::new("Shares of Zebulon Widget Works rose.").lang(Lang::En));
    let m = doc
        .mentions
        .iter()
        .find(|m| m.text == "Zebulon Widget Works")
        .expect("found");
    assert_eq!((m.label, m.source.as_str()), (Label::Org, "o:acme"));
}

#[test]
fn shared_strings_compare_and_serialize_like_strings() {
    let ex = Extractor::new().unwrap();
    let doc = ex.extract(Input::new("NATO dan PBB bertemu. NATO menolak.").lang(Lang::Id));
    let nato: Vec<_> = doc.mentions.iter().filter(|m| m.text == "NATO").collect();
    assert_eq!(nato.len(), 2);
    // Every mention of one entry carries the same key and canonical name.
    assert!(nato.iter().all(|m| m.source == nato[0].source));
    assert_eq!(nato[0].source, "o:nato");
    assert_eq!(nato[0].value.as_deref(), Some("NATO"));
    let json = serde_json::to_value(nato[0]).unwrap();
    assert_eq!(json["source"], serde_json::json!(nato[0].source.as_str()));
    assert_eq!(json["value"], serde_json::json!("NATO"));
    let back: warta::Mention = serde_json::from_value(json).unwrap();
    assert_eq!(&back, nato[0]);
    let e = doc.entity_of(nato[0]);
    assert_eq!(e.name, "NATO");
    assert_eq!(e.key.as_ref(), Some(&nato[0].source));
}

#[test]
fn unknown_rule_selector_and_language_are_errors() {
    let e = Extractor::builder()
        .disable_rules("per/no-such-rule")
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Config);
    assert!(e.to_string().contains("per/no-such-rule"));
    let e = "klingon".parse::<Lang>().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownLanguage);
    let e = warta::dates::CivilDate::parse_iso("2023-02-30").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidDate);
}

#[test]
fn invalid_utf8_error_names_its_source() {
    let bytes: Vec<u8> = [&b"Seoul "[..], &[0xff, 0xfe], &b" dan"[..]].concat();
    let err = std::str::from_utf8(&bytes).unwrap_err();
    let e = Error::invalid_utf8("news/a.txt", err);
    assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
    assert!(
        e.to_string()
            .starts_with("news/a.txt: invalid UTF-8 at byte 6"),
        "{e}"
    );
}

#[test]
fn spans_index_the_original_text_with_curly_quotes_and_dashes() {
    let text = "SEOUL – “Kami siap,” kata Menteri Pertahanan Korea Selatan Lee Jong-sup di Seoul.";
    let doc = Extractor::new()
        .unwrap()
        .extract(Input::new(text).lang(Lang::Id));
    assert!(!doc.mentions.is_empty());
    for m in &doc.mentions {
        assert_eq!(&text[m.span.range()], m.text);
    }
    let ks = doc
        .mentions
        .iter()
        .find(|m| m.text == "Korea Selatan")
        .expect("Korea Selatan found");
    assert_eq!(ks.label, Label::Place);
    assert_eq!(ks.span.start, text.find("Korea Selatan").unwrap());
}

#[test]
fn language_is_detected_when_not_given() {
    let ex = Extractor::new().unwrap();
    assert_eq!(
        ex.extract("The minister said the talks were held in Seoul.")
            .lang,
        Lang::En
    );
    let d = ex.extract("Menteri itu mengatakan bahwa pertemuan diadakan di Seoul.");
    assert_eq!((d.lang, d.lang_detected), (Lang::Id, true));
}

/// The example binaries are built by `cargo test`; run `extract --jsonl`
/// on good and bad lines and check the contract.
#[test]
fn jsonl_contract_one_line_out_per_line_in() {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap().join("examples");
    let bin = dir.join(if cfg!(windows) {
        "extract.exe"
    } else {
        "extract"
    });
    if !bin.exists() {
        eprintln!("skipping: {} not built", bin.display());
        return;
    }
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Menteri Pertahanan Korea Selatan Lee Jong-sup tiba di Seoul.\", \"lang\": \"id\", \"date\": \"2023-02-15\"}\n",
        "this is not json\n",
        "{\"id\": \"c\", \"lang\": \"id\"}\n",
        "{\"id\": \"d\", \"text\": \"x\", \"lang\": \"fr\"}\n",
        "{\"id\": 5, \"text\": \"NATO met in Brussels on Tuesday.\"}\n",
    );
    // A line that is not UTF-8 gets an error object too.
    let input = [
        input.as_bytes(),
        &b"{\"id\": \"u\", \"text\": \"bad \xff byte\"}\n"[..],
    ]
    .concat();
    let mut child = std::process::Command::new(&bin)
        .arg("--jsonl")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6, "{stdout}");
    assert_eq!(lines[0]["id"], "a");
    let text = "Menteri Pertahanan Korea Selatan Lee Jong-sup tiba di Seoul.";
    let ms = lines[0]["mentions"].as_array().unwrap();
    assert!(
        ms.iter()
            .any(|m| m["label"] == "PERSON" && m["text"] == "Lee Jong-sup"),
        "{}",
        lines[0]
    );
    for m in ms {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], m["text"].as_str().unwrap());
        let ent = m["entity"].as_str().unwrap();
        assert!(lines[0]["graph"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == ent));
    }
    assert!(lines[1]["id"].is_null() && lines[1]["error"].as_str().unwrap().contains("line 2"));
    assert_eq!(lines[2]["id"], "c");
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert!(lines[3]["error"].as_str().unwrap().contains("fr"));
    assert_eq!(lines[4]["id"], 5);
    assert!(lines[4]["mentions"].is_array());
    assert!(
        lines[5]["error"].as_str().unwrap().contains("UTF-8"),
        "{}",
        lines[5]
    );
    assert!(
        !out.status.success(),
        "bad lines make the exit status non-zero"
    );
}

/// Plain-file mode: a file that is not UTF-8 is reported by name; the
/// other files are still processed.
#[test]
fn extract_reports_invalid_utf8_files_and_goes_on() {
    let exe = std::env::current_exe().unwrap();
    let bin = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join("extract");
    if !bin.exists() {
        eprintln!("skipping: {} not built", bin.display());
        return;
    }
    let dir = std::env::temp_dir().join(format!("warta-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.txt");
    let bad = dir.join("bad.txt");
    std::fs::write(&good, "Presiden Sutarjo Wiratma tiba di Surabaya.").unwrap();
    std::fs::write(&bad, b"Seoul \xff\xfe").unwrap();
    let out = std::process::Command::new(&bin)
        .arg(&bad)
        .arg(&good)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stderr.contains("bad.txt") && stderr.contains("invalid UTF-8 at byte 6"),
        "{stderr}"
    );
    assert!(
        stdout.contains("Sutarjo Wiratma") && stdout.contains("Surabaya"),
        "{stdout}"
    );
    assert!(!out.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn listed_acronym_opens_a_sentence() {
    // "NASA" at a sentence start is no capital explained by the start
    // (the common-word guard), but a headline in capitals still is.
    let ex = warta::Extractor::new().unwrap();
    let doc =
        ex.extract(warta::Input::new("NASA welcomed the result on Friday.").lang(warta::Lang::En));
    assert!(doc
        .mentions
        .iter()
        .any(|m| m.text == "NASA" && m.source == "o:nasa"));
    let doc = ex.extract(warta::Input::new("WHO IS TO BLAME FOR THE DELAY").lang(warta::Lang::En));
    assert!(!doc.mentions.iter().any(|m| m.source == "o:who"));
}

#[test]
fn city_named_like_a_person_opens_a_dateline() {
    // "Paris" is also a given name: a sentence-start capital says nothing
    // about which, and a city of millions stays a place.
    let ex = warta::Extractor::new().unwrap();
    let doc = ex.extract(
        warta::Input::new("Paris - Nasib pemain itu di tim nasional masih belum jelas.")
            .lang(warta::Lang::Id),
    );
    assert!(doc
        .mentions
        .iter()
        .any(|m| m.text == "Paris" && m.label == warta::Label::Place));
    // "RI" is Indonesia in Indonesian news.
    let doc = ex.extract(warta::Input::new("Mantan Presiden RI itu absen.").lang(warta::Lang::Id));
    assert!(doc
        .mentions
        .iter()
        .any(|m| m.text == "RI" && m.source == "c:ID"));
}

#[test]
fn english_names_leave_the_article_out() {
    let ex = warta::Extractor::new().unwrap();
    let text = "Settlers moved into the West Bank, The Jakarta Post reported.";
    let doc = ex.extract(warta::Input::new(text).lang(warta::Lang::En));
    let names: Vec<&str> = doc.mentions.iter().map(|m| &*m.text).collect();
    assert!(names.contains(&"West Bank"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|t| t.starts_with("the ") || t.starts_with("The ")),
        "{names:?}"
    );
}

#[test]
fn dates_and_relations_can_be_switched_off() {
    let text = "JAKARTA, 15 Februari 2023 - Menteri Pertahanan Sutarjo Wiratma \
                bertemu Duta Besar Jepang di Jakarta pada Senin lalu.";
    let full = Extractor::new()
        .unwrap()
        .extract(Input::new(text).lang(Lang::Id));
    assert!(full.mentions.iter().any(|m| m.label == Label::Date));
    assert!(full.document_date.is_some());

    let core = Extractor::builder()
        .dates(false)
        .relations(false)
        .build()
        .unwrap();
    let doc = core.extract(Input::new(text).lang(Lang::Id));
    assert!(doc.mentions.iter().all(|m| m.label != Label::Date));
    assert!(doc.document_date.is_none());
    assert!(doc.relations.is_empty());
    // Here the other mentions are the full pipeline's (in general a date
    // may win an overlap that another candidate then takes).
    let no_dates = |d: &warta::Document| -> Vec<(usize, usize, Label)> {
        d.mentions
            .iter()
            .filter(|m| m.label != Label::Date)
            .map(|m| (m.span.start, m.span.end, m.label))
            .collect()
    };
    assert_eq!(no_dates(&doc), no_dates(&full));
    // An input date is still the document date.
    let d = warta::dates::CivilDate::parse_iso("2023-02-15").unwrap();
    let doc = core.extract(Input::new(text).lang(Lang::Id).date(d));
    assert_eq!(doc.document_date.map(|x| x.date), Some(d));
}

#[test]
fn article_alias_yields_to_the_name_after_it() {
    // "the West" (a region listed with its article) must not cut "the West
    // Bank" in two, which let "Bank" read as an organization's tail.
    let ex = warta::Extractor::new().unwrap();
    let doc = ex.extract(
        warta::Input::new("Farmers in the West Bank protested on Monday.").lang(warta::Lang::En),
    );
    assert!(
        doc.mentions
            .iter()
            .any(|m| m.text == "West Bank" && m.source == "r:west-bank"),
        "{:?}",
        doc.mentions
    );
    let doc = ex.extract(
        warta::Input::new("Tensions between the West and Moscow grew.").lang(warta::Lang::En),
    );
    assert!(doc.mentions.iter().any(|m| m.source == "r:the-west"));
}
