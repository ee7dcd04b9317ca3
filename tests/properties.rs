//! Property tests: no panic on any string; spans on char boundaries, in
//! bounds, sorted, non-overlapping and equal to their text; deterministic
//! across runs and clones; a fixture sentence inserted into random filler
//! yields the same mentions, shifted.

use once_cell::sync::Lazy;
use proptest::prelude::*;
use warta::{Document, Extractor, Input, Lang};

static EX: Lazy<Extractor> = Lazy::new(|| Extractor::new().unwrap());

fn check_spans(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for m in &doc.mentions {
        prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
        prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        prop_assert!(
            m.span.start >= prev_end,
            "overlap or unsorted at {}",
            m.span.start
        );
        prop_assert_eq!(&text[m.span.range()], m.text.as_str());
        prop_assert!((0.0..=1.0).contains(&m.confidence));
        prop_assert!(m.entity < doc.entities.len());
        prev_end = m.span.end;
    }
    for n in &doc.nested {
        prop_assert_eq!(&text[n.span.range()], n.text.as_str());
    }
    for r in &doc.relations {
        prop_assert!(r.source < doc.entities.len() && r.target < doc.entities.len());
        prop_assert!(r.evidence.end <= text.len());
    }
    Ok(())
}

/// Word salad over names, titles, meeting and visit verbs, abbreviations,
/// dates and Unicode edge cases (case folding that changes length, NUL,
/// zero-width space), up to `max_words` words.
pub(crate) fn newsy(max_words: usize) -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Menteri",
        "Pertahanan",
        "Korea",
        "Selatan",
        "Lee",
        "Jong-sup",
        "bertemu",
        "di",
        "Seoul",
        "pada",
        "akhir",
        "Januari",
        "kata",
        "Jenderal.",
        "Mayor.",
        "kol.",
        "adm.",
        "NATO",
        "AS",
        "as",
        "(JCS)",
        "“",
        "”",
        "–",
        ",",
        ".",
        "\n",
        "İstanbul",
        "Ünye",
        "ß",
        "ﬁ",
        "Σ",
        "日本",
        "2023",
        "15/2/2023",
        "Dr.",
        "Prof.",
        "Universitas",
        "Nasional",
        "the",
        "said",
        "Stoltenberg",
        "Jens",
        "\u{0}",
        "\u{200b}",
        "hari",
        "Selasa",
        "tahun",
        "depan",
        "Rp",
        "1.000",
        "-",
        "(",
        ")",
        "Sekretaris",
        "Jenderal",
        "dengan",
        "mengadakan",
        "pertemuan",
        "antara",
        "dan",
        "ke",
        "Brussels",
        "kepada",
        "Reuters",
        "kunjungan",
        "mengunjungi",
        "tiba",
        "markas",
        "ibu",
        "kota",
        "Komite",
        "Militer",
        "Letkol",
        "(Inf)",
        "Budi",
        "Santoso",
        "met",
        "with",
        "visited",
        "told",
        "capital",
        "of",
        "akan",
        "Pertemuan",
        "kedua",
        "diadakan",
        "Ö",
        "İ",
    ]);
    prop::collection::vec(words, 0..max_words).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_strings(s in any::<String>()) {
        let doc = EX.extract(s.as_str());
        check_spans(&s, &doc)?;
    }

    #[test]
    fn never_panics_on_control_chars_and_huge_tokens(
        s in "[\\x00-\\x1f\\u{80}-\\u{10ffff}a-zA-Z0-9 .,\\-]{0,200}",
        n in 0usize..5000,
    ) {
        let text = format!("{s}{}{s}", "A".repeat(n));
        let doc = EX.extract(Input::new(&text).lang(Lang::Id));
        check_spans(&text, &doc)?;
    }

    #[test]
    fn spans_hold_on_newsy_text(s in newsy(60), lang in prop::sample::select(vec![Lang::Id, Lang::En])) {
        let doc = EX.extract(Input::new(&s).lang(lang));
        check_spans(&s, &doc)?;
        // Deterministic across runs and clones.
        let again = EX.clone().extract(Input::new(&s).lang(lang));
        let json = serde_json::to_string(&doc).unwrap();
        prop_assert_eq!(&json, &serde_json::to_string(&again).unwrap());
        // The JSON reads back to the same document (shared strings
        // included; the mention-entity links are not serialized).
        let back: Document = serde_json::from_str(&json).unwrap();
        let unlinked = |ms: &[warta::Mention]| {
            ms.iter().map(|m| warta::Mention { entity: 0, ..m.clone() }).collect::<Vec<_>>()
        };
        prop_assert_eq!(&back.mentions, &unlinked(&doc.mentions));
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    #[test]
    fn inserted_sentence_yields_same_mentions_shifted(
        before in prop::collection::vec("[a-z]{1,8}", 0..30),
        after in prop::collection::vec("[a-z]{1,8}", 0..30),
    ) {
        let sentence = "Menteri Pertahanan Korea Selatan Lee Jong-sup dan Sekretaris Jenderal NATO Jens Stoltenberg bertemu di Seoul.";
        let alone = EX.extract(Input::new(sentence).lang(Lang::Id));
        let pre = if before.is_empty() { String::new() } else { format!("{}.\n", before.join(" ")) };
        let text = format!("{pre}{sentence}\n{}", after.join(" "));
        let doc = EX.extract(Input::new(&text).lang(Lang::Id));
        let shift = pre.len();
        let inside: Vec<_> = doc
            .mentions
            .iter()
            .filter(|m| m.span.start >= shift && m.span.end <= shift + sentence.len())
            .map(|m| (m.span.start - shift, m.span.end - shift, m.label))
            .collect();
        let want: Vec<_> = alone.mentions.iter().map(|m| (m.span.start, m.span.end, m.label)).collect();
        prop_assert_eq!(inside, want);
    }
}
