//! Invariants of the embedded data: every file parses on its own, keys are
//! consistent, and the facts everything else relies on hold.

use warta::gazetteer::{builtin::FILES, tsv, Gazetteer};
use warta::{Extractor, Input, Label, Lang};

#[test]
fn every_data_file_parses_without_duplicates() {
    let mut total = 0;
    for (name, text) in FILES {
        let rows = tsv::parse(name, text).unwrap_or_else(|e| panic!("{e}"));
        total += rows.len();
        let mut seen = std::collections::HashSet::new();
        for r in &rows {
            assert!(
                seen.insert((r.key, r.alias)),
                "{name}:{}: duplicate (key, alias) ({}, {})",
                r.line,
                r.key,
                r.alias
            );
        }
        // Each file also compiles on its own (label consistency per key).
        Gazetteer::build([(*name, *text)]).unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(total > 20_000, "only {total} rows in data/");
}

#[test]
fn the_whole_gazetteer_is_broad() {
    let ex = Extractor::new().unwrap();
    let g = ex.gazetteer();
    assert!(
        g.patterns().len() > 30_000,
        "{} aliases",
        g.patterns().len()
    );
    // Ranks are a closed set (one entry per rank, with TNI, Polri and NATO
    // aliases hanging off it); the other lists are open.
    let mins = [
        (Label::Person, 300),
        (Label::Rank, 80),
        (Label::Title, 250),
        (Label::Org, 800),
        (Label::Place, 30_000),
    ];
    for (label, min) in mins {
        let n = g.entries().iter().filter(|e| e.label == label).count();
        assert!(n >= min, "{label}: {n} entries, expected at least {min}");
    }
}

fn first(text: &str, lang: Lang) -> Option<(Label, String, Option<String>)> {
    let doc = Extractor::new()
        .unwrap()
        .extract(Input::new(text).lang(lang));
    doc.mentions.first().map(|m| {
        (
            m.label,
            m.source.to_string(),
            m.value.as_deref().map(str::to_string),
        )
    })
}

#[test]
fn seed_facts() {
    let place = |t: &str, key: &str| {
        let got = first(&format!("Ia tiba di {t} kemarin."), Lang::Id);
        let (l, k, _) = got.unwrap_or_else(|| panic!("{t} not found"));
        assert_eq!((l, k.as_str()), (Label::Place, key), "{t}");
    };
    place("Korea Selatan", "c:KR");
    place("Tiongkok", "c:CN");
    place("Selandia Baru", "c:NZ");
    place("Ukraina", "c:UA");
    place("AS", "c:US");
    let doc = Extractor::new()
        .unwrap()
        .extract(Input::new("Kami bekerja sama dengan mereka as usual.").lang(Lang::Id));
    assert!(
        doc.mentions
            .iter()
            .all(|m| m.text != "as" && m.text != "Sama"),
        "{:?}",
        doc.mentions
    );
    let (l, k, _) = first("Pertemuan NATO di Brussels.", Lang::Id).unwrap();
    assert_eq!(l, Label::Org);
    assert!(k.starts_with("o:"), "{k}");
    let (l, _, v) = first("Mayjen Budi Santoso hadir.", Lang::Id).unwrap();
    assert_eq!((l, v.as_deref()), (Label::Rank, Some("Major General")));
    let (l, _, v) = first("Menhan Prabowo hadir.", Lang::Id).unwrap();
    assert_eq!(
        (l, v.as_deref()),
        (Label::Title, Some("Minister of Defense"))
    );
}
