//! Relations and the graph: the seed article scored against a hand
//! annotation (`tests/fixtures/*.rel`), short fixtures in both languages
//! for every relation type and for negatives, entity merging across
//! languages and back-references, corpus merging, and property tests
//! (edges point at nodes, evidence spans are valid, JSON round-trips, DOT
//! stays valid for any name).

use std::collections::BTreeSet;

use crate::properties::newsy;
use once_cell::sync::Lazy;
use proptest::prelude::*;
use warta::dates::CivilDate;
use warta::graph::{Edge, Evidence};
use warta::{Document, Extractor, Graph, Input, Label, Lang, Node, Relation, RelationType};

static EX: Lazy<Extractor> = Lazy::new(|| Extractor::new().unwrap());

fn extract(text: &str, lang: Lang) -> Document {
    EX.extract(
        Input::new(text)
            .lang(lang)
            .date(CivilDate::parse_iso("2023-06-01").unwrap()),
    )
}

// ---------------------------------------------------------------------------
// Gold relations and matching.

/// One annotated relation.
#[derive(Debug)]
struct Gold {
    kind: RelationType,
    src: String,
    tgt: String,
    /// (key, alternatives) for place, date, of, planned.
    quals: Vec<(String, Vec<String>)>,
    core: bool,
    /// A word of the evidence sentence.
    at: Option<String>,
}

fn kind_of(s: &str) -> RelationType {
    match s {
        "has_rank" => RelationType::HasRank,
        "holds_title" => RelationType::HoldsTitle,
        "met" => RelationType::Met,
        "visited" => RelationType::Visited,
        "said_to" => RelationType::SaidTo,
        "part_of" => RelationType::PartOf,
        "located_in" => RelationType::LocatedIn,
        _ => panic!("unknown relation type {s:?}"),
    }
}

fn gold(kind: &str, src: &str, tgt: &str, quals: &[&str]) -> Gold {
    let mut g = Gold {
        kind: kind_of(kind),
        src: src.trim().to_string(),
        tgt: tgt.trim().to_string(),
        quals: Vec::new(),
        core: false,
        at: None,
    };
    for q in quals {
        let q = q.trim();
        if q.is_empty() {
            continue;
        }
        let (k, v) = q
            .split_once('=')
            .unwrap_or_else(|| panic!("bad qualifier {q:?}"));
        match k {
            "core" => g.core = v == "1",
            "at" => g.at = Some(v.to_string()),
            "place" | "date" | "of" | "planned" => g
                .quals
                .push((k.to_string(), v.split('|').map(str::to_string).collect())),
            _ => panic!("unknown qualifier {k:?}"),
        }
    }
    g
}

/// `type<TAB>source<TAB>target[<TAB>key=value...]` lines.
fn load_rel(ann: &str) -> Vec<Gold> {
    ann.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 3, "bad .rel line {l:?}");
            gold(f[0], f[1], f[2], &f[3..])
        })
        .collect()
}

/// `met(A, B; place=X; date=Y)`.
fn spec(s: &str) -> Gold {
    let (kind, rest) = s.split_once('(').expect("type(");
    let rest = rest.strip_suffix(')').expect(")");
    let mut parts = rest.split(';');
    let args = parts.next().unwrap();
    let (a, b) = args.split_once(", ").expect("two arguments");
    let quals: Vec<&str> = parts.collect();
    gold(kind.trim(), a, b, &quals)
}

fn ent_is(doc: &Document, e: usize, s: &str) -> bool {
    let e = &doc.entities[e];
    e.name == s || e.aliases.iter().any(|a| a == s)
}

fn date_value(doc: &Document, r: &Relation) -> Option<String> {
    r.date
        .and_then(|d| doc.mentions[d].value.as_deref().map(str::to_string))
}

/// `s` may list alternatives separated by `|` (a title may be segmented
/// with or without its organization: "NATO Secretary General" or
/// "Secretary General").
fn ent_is_any(doc: &Document, e: usize, s: &str) -> bool {
    s.split('|').any(|a| ent_is(doc, e, a))
}

fn ends_match(doc: &Document, text: &str, g: &Gold, r: &Relation) -> bool {
    if g.kind != r.kind {
        return false;
    }
    if let Some(at) = &g.at {
        if !text[r.evidence.range()].contains(at.as_str()) {
            return false;
        }
    }
    let fwd = ent_is_any(doc, r.source, &g.src) && ent_is_any(doc, r.target, &g.tgt);
    let back = r.kind == RelationType::Met
        && ent_is_any(doc, r.source, &g.tgt)
        && ent_is_any(doc, r.target, &g.src);
    fwd || back
}

fn quals_match(doc: &Document, g: &Gold, r: &Relation) -> bool {
    g.quals.iter().all(|(k, alts)| {
        let any = |e: Option<usize>| e.is_some_and(|e| alts.iter().any(|a| ent_is(doc, e, a)));
        match k.as_str() {
            "place" => any(r.place),
            "of" => any(r.of),
            "date" => date_value(doc, r).is_some_and(|d| alts.contains(&d)),
            "planned" => r.planned == (alts[0] == "1"),
            _ => false,
        }
    })
}

fn show(doc: &Document, r: &Relation) -> String {
    let name = |e: usize| doc.entities[e].name.clone();
    let mut s = format!("{}({}, {}", r.kind.as_str(), name(r.source), name(r.target));
    if let Some(p) = r.place {
        s += &format!("; place={}", name(p));
    }
    if let Some(d) = date_value(doc, r) {
        s += &format!("; date={d}");
    }
    if let Some(o) = r.of {
        s += &format!("; of={}", name(o));
    }
    if r.planned {
        s += "; planned";
    }
    s + &format!(") [{} {:.2}]", r.rule, r.confidence)
}

fn show_all(doc: &Document) -> String {
    doc.relations
        .iter()
        .map(|r| format!("\n  {}", show(doc, r)))
        .collect()
}

struct RelScore {
    gold: usize,
    found: usize,
    found_q: usize,
    core: usize,
    core_found: usize,
    core_found_q: usize,
    emitted: usize,
    correct: usize,
    report: String,
}

/// One-to-one matching of gold relations to edges (an edge with the right
/// qualifiers preferred); precision over all emitted edges (an edge is
/// correct when it matches any gold relation).
fn score(text: &str, doc: &Document, golds: &[Gold]) -> RelScore {
    let mut used = vec![false; doc.relations.len()];
    let mut s = RelScore {
        gold: golds.len(),
        found: 0,
        found_q: 0,
        core: golds.iter().filter(|g| g.core).count(),
        core_found: 0,
        core_found_q: 0,
        emitted: doc.relations.len(),
        correct: 0,
        report: String::new(),
    };
    for g in golds {
        let cands: Vec<usize> = (0..doc.relations.len())
            .filter(|&i| !used[i] && ends_match(doc, text, g, &doc.relations[i]))
            .collect();
        let best = cands
            .iter()
            .copied()
            .find(|&i| quals_match(doc, g, &doc.relations[i]))
            .or_else(|| cands.first().copied());
        match best {
            Some(i) => {
                used[i] = true;
                let q = quals_match(doc, g, &doc.relations[i]);
                s.found += 1;
                s.found_q += q as usize;
                if g.core {
                    s.core_found += 1;
                    s.core_found_q += q as usize;
                }
                if !q {
                    s.report += &format!(
                        "\n  qualifiers differ: gold {g:?}\n      got {}",
                        show(doc, &doc.relations[i])
                    );
                }
            }
            None => s.report += &format!("\n  missed: {g:?}"),
        }
    }
    for r in &doc.relations {
        if golds.iter().any(|g| ends_match(doc, text, g, r)) {
            s.correct += 1;
        } else {
            s.report += &format!("\n  wrong: {}", show(doc, r));
        }
    }
    s
}

// ---------------------------------------------------------------------------
// The seed article.

#[test]
fn seed_article_relations() {
    let text = include_str!("fixtures/seed-korea-nato-id.txt");
    let golds = load_rel(include_str!("fixtures/seed-korea-nato-id.rel"));
    let doc = EX.extract(Input::new(text));
    assert_eq!(doc.lang, Lang::Id);

    // The headline edge.
    let head = doc
        .relations
        .iter()
        .find(|r| {
            r.kind == RelationType::Met
                && ((ent_is(&doc, r.source, "Lee Jong-sup")
                    && ent_is(&doc, r.target, "Jens Stoltenberg"))
                    || (ent_is(&doc, r.target, "Lee Jong-sup")
                        && ent_is(&doc, r.source, "Jens Stoltenberg")))
        })
        .unwrap_or_else(|| panic!("headline edge missing:{}", show_all(&doc)));
    assert!(ent_is(&doc, head.place.expect("place"), "Seoul"));
    let d = &doc.mentions[head.date.expect("date")];
    assert_eq!(d.value.as_deref(), Some("2023-01"));
    assert_eq!(
        d.date.as_ref().and_then(warta::graph::date_modifier),
        Some("END")
    );
    assert!(!head.planned);
    let sentences = doc.graph().sentences(Lang::En);
    assert!(
        sentences.contains(&"Lee Jong-sup met Jens Stoltenberg in Seoul, late January 2023".into()),
        "{sentences:#?}"
    );

    let s = score(text, &doc, &golds);
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let frac = |a: usize, b: usize| format!("{a}/{b} ({:.0}%)", pct(a, b));
    eprintln!(
        "seed relations: core {}, core with qualifiers {}; all {}, with qualifiers {}; precision {}{}",
        frac(s.core_found, s.core),
        frac(s.core_found_q, s.core),
        frac(s.found, s.gold),
        frac(s.found_q, s.gold),
        frac(s.correct, s.emitted),
        s.report
    );
    // Targets: ≥ 90% of core relations, ≥ 70% with qualifiers, ≥ 80%
    // precision. The asserted floors are the measured levels.
    assert!(pct(s.core_found, s.core) >= 90.0, "{}", s.report);
    assert!(pct(s.core_found_q, s.core) >= 70.0, "{}", s.report);
    assert!(pct(s.found_q, s.gold) >= 70.0, "{}", s.report);
    assert!(pct(s.correct, s.emitted) >= 80.0, "{}", s.report);
}

// ---------------------------------------------------------------------------
// Fixtures: every relation type in both languages, and negatives.

struct Case {
    lang: Lang,
    text: &'static str,
    /// `type(source, target; key=value...)`; every one must be found with
    /// its qualifiers.
    expect: &'static [&'static str],
    /// Relation types that must not appear at all.
    none: &'static [RelationType],
}

use RelationType::*;

const CASES: &[Case] = &[
    // --- met
    Case {
        lang: Lang::Id,
        text: "Menteri Perdagangan Arvinda Sulistyo dan Duta Besar Jepang Haruki Tanemura bertemu di Jakarta pada 6 Februari 2023.",
        expect: &[
            "met(Arvinda Sulistyo, Haruki Tanemura; place=Jakarta; date=2023-02-06; planned=0)",
            "holds_title(Haruki Tanemura, Duta Besar; of=Jepang)",
            "holds_title(Arvinda Sulistyo, Menteri Perdagangan)",
        ],
        none: &[Visited, SaidTo],
    },
    Case {
        lang: Lang::Id,
        text: "Gubernur Jawa Tengah Wirasena Pratama bertemu dengan Duta Besar Australia Marguerite Halloway di Semarang pada 9 Maret 2023.",
        expect: &[
            "met(Wirasena Pratama, Marguerite Halloway; place=Semarang; date=2023-03-09)",
            "holds_title(Wirasena Pratama, Gubernur; of=Jawa Tengah)",
        ],
        none: &[Visited],
    },
    Case {
        lang: Lang::Id,
        text: "Kepala Staf Angkatan Darat Jenderal TNI Darmawan Sukmajati mengadakan pertemuan dengan Panglima Angkatan Darat Filipina Letjen Andres Villanueva di Manila pada 12 Mei 2023.",
        expect: &[
            "met(Darmawan Sukmajati, Andres Villanueva; place=Manila; date=2023-05-12)",
            "has_rank(Darmawan Sukmajati, Jenderal TNI)",
            "has_rank(Andres Villanueva, Letjen)",
        ],
        none: &[],
    },
    Case {
        lang: Lang::Id,
        text: "Pertemuan antara Menteri Luar Negeri Ardiansyah Wiratama dan Menteri Luar Negeri Malaysia Zulkarnain Hamid berlangsung di Bogor pada Juli 2023.",
        expect: &["met(Ardiansyah Wiratama, Zulkarnain Hamid; place=Bogor; date=2023-07)"],
        none: &[Visited],
    },
    Case {
        lang: Lang::Id,
        text: "Menteri Pertahanan Sutrisno Hadiwijoyo menerima kunjungan Menteri Pertahanan Singapura Lim Wei Ming di Jakarta pada 3 Maret 2023.",
        expect: &["met(Sutrisno Hadiwijoyo, Lim Wei Ming; place=Jakarta; date=2023-03-03)"],
        none: &[],
    },
    Case {
        lang: Lang::Id,
        text: "Menteri Perdagangan Hendra Kusumawardana melakukan lawatan ke Seoul untuk bertemu dengan Menteri Perindustrian Korea Selatan Park Min-jae.",
        expect: &["met(Hendra Kusumawardana, Park Min-jae)", "visited(Hendra Kusumawardana, Seoul)"],
        none: &[],
    },
    Case {
        lang: Lang::En,
        text: "Trade Minister Olga Brenneck will travel to Nairobi next month to meet Kenyan President Daniel Omondi.",
        expect: &["met(Olga Brenneck, Daniel Omondi; planned=1)"],
        none: &[],
    },
    Case {
        lang: Lang::Id,
        text: "Menteri Luar Negeri Ardiansyah Wiratama akan bertemu dengan Menteri Luar Negeri Vietnam Nguyen Van Thanh di Hanoi pada Agustus 2023.",
        expect: &["met(Ardiansyah Wiratama, Nguyen Van Thanh; place=Hanoi; date=2023-08; planned=1)"],
        none: &[],
    },
    Case {
        lang: Lang::En,
        text: "Foreign Minister Mareka Tulloch met Chinese Foreign Minister Zhao Minghui in Beijing on March 2, 2023.",
        expect: &["met(Mareka Tulloch, Zhao Minghui; place=Beijing; date=2023-03-02; planned=0)"],
        none: &[Visited],
    },
    Case {
        lang: Lang::En,
        text: "Defense Secretary Harlan Voss held talks with Japanese Defense Minister Kenta Shimura in Tokyo on May 9, 2023.",
        expect: &["met(Harlan Voss, Kenta Shimura; place=Tokyo; date=2023-05-09)"],
        none: &[],
    },
    Case {
        lang: Lang::En,
        text: "Foreign Minister Mareka Tulloch will meet Indian Foreign Minister Rajiv Menon in New Delhi in August 2023.",
        expect: &["met(Mareka Tulloch, Rajiv Menon; place=New Delhi; date=2023-08; planned=1)"],
        none: &[],
    },
    // --- visited
    Case {
        lang: Lang::Id,
        text: "Gubernur Bali Made Suarjaya mengunjungi Yogyakarta pada 10 Januari 2023.",
        expect: &["visited(Made Suarjaya, Yogyakarta; date=2023-01-10)"],
        none: &[Met],
    },
    Case {
        lang: Lang::Id,
        text: "Menteri Luar Negeri Belanda Henrike van Dalen berkunjung ke Jakarta pada Maret 2023.",
        expect: &[
            "visited(Henrike van Dalen, Jakarta; date=2023-03)",
            "holds_title(Henrike van Dalen, Menteri Luar Negeri; of=Belanda)",
        ],
        none: &[Met],
    },
    Case {
        lang: Lang::Id,
        text: "Wakil Presiden Sutanto Prawiro tiba di Makassar pada 5 Mei 2023.",
        expect: &["visited(Sutanto Prawiro, Makassar; date=2023-05-05)"],
        none: &[Met],
    },
    Case {
        lang: Lang::Id,
        text: "Kunjungan Menteri Perdagangan Rahmat Subagyo ke Tokyo pada Juni 2023 menghasilkan tiga kesepakatan.",
        expect: &["visited(Rahmat Subagyo, Tokyo; date=2023-06)"],
        none: &[Met],
    },
    Case {
        lang: Lang::Id,
        text: "Presiden Wiranto Hadisaputro melakukan lawatan ke Beijing pada Oktober 2023.",
        expect: &["visited(Wiranto Hadisaputro, Beijing; date=2023-10)"],
        none: &[Met],
    },
    Case {
        lang: Lang::En,
        text: "Trade Secretary Morwenna Tate visited Jakarta in July 2023.",
        expect: &["visited(Morwenna Tate, Jakarta; date=2023-07)"],
        none: &[Met],
    },
    Case {
        lang: Lang::En,
        text: "Prime Minister Elias Varga arrived in Canberra on June 5, 2023.",
        expect: &["visited(Elias Varga, Canberra; date=2023-06-05)"],
        none: &[Met],
    },
    Case {
        lang: Lang::En,
        text: "Defence Minister Tomas Reyes made a two-day trip to Seoul in May 2023.",
        expect: &["visited(Tomas Reyes, Seoul; date=2023-05)"],
        none: &[Met],
    },
    // --- said_to
    Case {
        lang: Lang::Id,
        text: "“Kami siap menghadapi musim hujan,” kata Hendra Wijaya kepada Kompas.",
        expect: &["said_to(Hendra Wijaya, Kompas)"],
        none: &[Met, Visited],
    },
    Case {
        lang: Lang::En,
        text: "Defence Minister Tomas Reyes told Reuters that the talks were productive.",
        expect: &["said_to(Tomas Reyes, Reuters)"],
        none: &[Met],
    },
    Case {
        lang: Lang::Id,
        text: "“Kami siap menghadapi musim hujan,” kata Hendra Wijaya kepada wartawan.",
        expect: &[],
        none: &[SaidTo, Met, Visited],
    },
    Case {
        lang: Lang::En,
        text: "\"We are ready,\" Tomas Reyes told reporters in Manila.",
        expect: &[],
        none: &[SaidTo, Met, Visited],
    },
    // --- holds_title / has_rank
    Case {
        lang: Lang::Id,
        text: "Menteri Luar Negeri Larasati Wiryawan menyampaikan pernyataan itu di Jakarta.",
        expect: &["holds_title(Larasati Wiryawan, Menteri Luar Negeri)"],
        none: &[Met, Visited],
    },
    Case {
        lang: Lang::En,
        text: "Antony Blinken, the U.S. Secretary of State, said the talks were useful.",
        expect: &["holds_title(Antony Blinken, U.S. Secretary of State|Secretary of State; of=U.S.|United States)"],
        none: &[Met],
    },
    Case {
        lang: Lang::Id,
        text: "Komandan Kodim 0734 Letkol (Inf) Budi Santoso meninjau lokasi banjir.",
        expect: &[
            "has_rank(Budi Santoso, Letkol)",
            "holds_title(Budi Santoso, Komandan|Komandan Kodim)",
        ],
        none: &[Met, Visited],
    },
    Case {
        lang: Lang::En,
        text: "NATO Secretary General Jens Stoltenberg spoke in Brussels. NATO allies pledged more troops.",

        expect: &["holds_title(Jens Stoltenberg, NATO Secretary General|Secretary General; of=NATO)"],
        none: &[Met, Visited],
    },
    // --- part_of / located_in
    Case {
        lang: Lang::Id,
        text: "Ketua Komite Militer NATO Laksamana Rob Bauer tiba di Seoul. Komite Militer NATO adalah otoritas militer tertinggi NATO.",
        expect: &[
            "holds_title(Rob Bauer, Ketua Komite Militer NATO|Ketua; of=Komite Militer NATO)",
            "has_rank(Rob Bauer, Laksamana)",
            "visited(Rob Bauer, Seoul)",
            "part_of(Komite Militer NATO, NATO)",
        ],
        none: &[Met],
    },
    Case {
        lang: Lang::Id,
        text: "Dekan Fakultas Teknik Universitas Gadjah Mada Hadi Kelana hadir.",
        expect: &["part_of(Fakultas Teknik, Universitas Gadjah Mada)"],
        none: &[Met],
    },
    Case {
        lang: Lang::Id,
        text: "Penjagaan di markas NATO di Brussels diperketat.",
        expect: &["located_in(NATO, Brussels)"],
        none: &[Met, Visited],
    },
    Case {
        lang: Lang::Id,
        text: "Gempa terasa di Mataram, ibu kota Nusa Tenggara Barat, pada Minggu pagi.",
        expect: &["located_in(Mataram, Nusa Tenggara Barat)"],
        none: &[Met, Visited],
    },
    Case {
        lang: Lang::En,
        text: "The blast was felt in Mataram, the capital of West Nusa Tenggara, on Sunday.",
        expect: &["located_in(Mataram, West Nusa Tenggara)"],
        none: &[Met, Visited],
    },
    Case {
        lang: Lang::En,
        text: "Guards stood outside NATO headquarters in Brussels.",
        expect: &["located_in(NATO, Brussels)"],
        none: &[Met, Visited],
    },
    // --- negatives
    Case {
        lang: Lang::Id,
        text: "Kapal itu bertemu ombak besar di Selat Sunda.",
        expect: &[],
        none: &[Met, Visited, SaidTo],
    },
    Case {
        lang: Lang::Id,
        text: "Jumlah kunjungan turis ke Bali naik 20 persen pada Mei 2023.",
        expect: &[],
        none: &[Met, Visited, SaidTo],
    },
    Case {
        lang: Lang::En,
        text: "The ship met heavy seas off Java.",
        expect: &[],
        none: &[Met, Visited, SaidTo],
    },
    Case {
        lang: Lang::En,
        text: "Tourist visits to Bali rose 20 percent in May 2023.",
        expect: &[],
        none: &[Met, Visited, SaidTo],
    },
];

#[test]
fn relation_fixtures_in_both_languages() {
    let mut failures = Vec::new();
    for c in CASES {
        let doc = extract(c.text, c.lang);
        for e in c.expect {
            let g = spec(e);
            let ok = doc
                .relations
                .iter()
                .any(|r| ends_match(&doc, c.text, &g, r) && quals_match(&doc, &g, r));
            if !ok {
                failures.push(format!(
                    "{:?} {}\n  want {e}{}",
                    c.lang,
                    c.text,
                    show_all(&doc)
                ));
            }
        }
        for r in &doc.relations {
            if c.none.contains(&r.kind) {
                failures.push(format!(
                    "{:?} {}\n  unwanted {}",
                    c.lang,
                    c.text,
                    show(&doc, r)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn meeting_named_in_the_previous_sentence_links_with_lower_confidence() {
    let text = "Menteri Pertahanan Korea Selatan Lee Jong-sup dan Sekretaris Jenderal NATO Jens Stoltenberg bertemu di Seoul pada Januari 2023. Pertemuan kedua akan diadakan di Brussels tahun depan.";
    let doc = extract(text, Lang::Id);
    let met: Vec<&Relation> = doc
        .relations
        .iter()
        .filter(|r| r.kind == RelationType::Met)
        .collect();
    assert_eq!(met.len(), 2, "{}", show_all(&doc));
    let (first, second) = (met[0], met[1]);
    assert!(!first.planned && second.planned, "{}", show_all(&doc));
    assert!(ent_is(&doc, second.place.unwrap(), "Brussels"));
    assert_eq!(date_value(&doc, second).as_deref(), Some("2024"));
    assert!(second.confidence < first.confidence);
    assert_eq!(second.rule, "rel/meet-previous");
    assert!(second.evidence.start > first.evidence.end);
    // Not across a paragraph of unrelated sentences.
    let far = "Menteri Pertahanan Korea Selatan Lee Jong-sup dan Sekretaris Jenderal NATO Jens Stoltenberg bertemu di Seoul pada Januari 2023. Harga minyak naik. Inflasi turun. Cuaca cerah. Pertemuan kedua akan diadakan di Brussels tahun depan.";
    let doc = extract(far, Lang::Id);
    assert!(
        doc.relations.iter().all(|r| r.rule != "rel/meet-previous"),
        "{}",
        show_all(&doc)
    );
}

#[test]
fn readable_sentences_in_both_languages() {
    let text = "Menteri Pertahanan Korea Selatan Lee Jong-sup dan Sekretaris Jenderal NATO Jens Stoltenberg bertemu di Seoul pada akhir Januari 2023.";
    let g = extract(text, Lang::Id).graph();
    let en = g.sentences(Lang::En);
    let id = g.sentences(Lang::Id);
    assert!(
        en.contains(&"Lee Jong-sup met Jens Stoltenberg in Seoul, late January 2023".into()),
        "{en:#?}"
    );
    assert!(
        id.contains(&"Lee Jong-sup bertemu Jens Stoltenberg di Seoul, akhir Januari 2023".into()),
        "{id:#?}"
    );
    assert!(
        en.contains(&"Lee Jong-sup holds the title Minister of Defense of South Korea".into()),
        "{en:#?}"
    );
}

// ---------------------------------------------------------------------------
// Entity merging.

fn entity_of<'d>(doc: &'d Document, text: &str, surface: &str) -> &'d warta::Entity {
    let m = doc
        .mentions
        .iter()
        .find(|m| m.text == surface)
        .unwrap_or_else(|| panic!("no mention {surface:?} in {text:?}: {:?}", doc.mentions));
    doc.entity_of(m)
}

#[test]
fn cross_language_aliases_merge_by_gazetteer_key() {
    let text = "Korea Selatan dan AS menggelar latihan. Pejabat South Korea menyebut Amerika Serikat sekutu utama, dan Amerika akan mengirim kapal.";
    let doc = extract(text, Lang::Id);
    let kr = entity_of(&doc, text, "Korea Selatan");
    assert_eq!(kr.key.as_deref(), Some("c:KR"));
    assert!(std::ptr::eq(kr, entity_of(&doc, text, "South Korea")));
    assert_eq!(kr.name, "South Korea");
    let us = entity_of(&doc, text, "AS");
    assert_eq!(us.key.as_deref(), Some("c:US"));
    assert!(std::ptr::eq(us, entity_of(&doc, text, "Amerika Serikat")));
    assert!(std::ptr::eq(us, entity_of(&doc, text, "Amerika")));
    assert_eq!(us.aliases, vec!["AS", "Amerika Serikat", "Amerika"]);
}

#[test]
fn a_clipped_name_joins_the_full_name() {
    let text = "Pelatih Rudy Kelderman memuji timnya. Kelder juga mengkritik wasit.";
    let doc = extract(text, Lang::Id);
    let p = entity_of(&doc, text, "Rudy Kelderman");
    assert!(
        std::ptr::eq(p, entity_of(&doc, text, "Kelder")),
        "{:?}",
        doc.entities
    );
    assert_eq!(entity_of(&doc, text, "Kelder").label, Label::Person);
}

#[test]
fn a_company_and_its_bare_name_merge() {
    let text =
        "Shares of Douglas & Brackwood Co rose 4%. Douglas & Brackwood said its profit doubled.";
    let doc = extract(text, Lang::En);
    let co = entity_of(&doc, text, "Douglas & Brackwood Co");
    assert_eq!(co.label, Label::Org);
    assert!(std::ptr::eq(
        co,
        entity_of(&doc, text, "Douglas & Brackwood")
    ));
    assert!(
        !doc.mentions.iter().any(|m| m.text == "Douglas"),
        "{:?}",
        doc.mentions
    );
    let text = "Saham PT Kelderman Baja Tbk naik. Saham Kelderman Baja sempat turun.";
    let doc = extract(text, Lang::Id);
    let co = entity_of(&doc, text, "PT Kelderman Baja Tbk");
    assert_eq!(co.mentions.len(), 2, "{:?}", doc.mentions);
    assert!(std::ptr::eq(co, entity_of(&doc, text, "Kelderman Baja")));
    // The bare name of one company is not a prefix of another's.
    let text = "Shares of Acme Steel Ltd fell. Acme Steel Works was not affected.";
    let doc = extract(text, Lang::En);
    assert!(
        !doc.mentions.iter().any(|m| m.text == "Acme Steel"),
        "{:?}",
        doc.mentions
    );
}

#[test]
fn acronym_definitions_merge() {
    // Gazetteer: the acronym and its expansion share a key.
    let text = "Kepala Staf Gabungan (JCS) Korea Selatan menyatakan latihan berlanjut. JCS juga mengatakan hal itu.";
    let doc = extract(text, Lang::Id);
    let jcs = entity_of(&doc, text, "Kepala Staf Gabungan");
    assert_eq!(jcs.key.as_deref(), Some("o:jcs"));
    assert!(jcs.aliases.iter().any(|a| a == "JCS"), "{jcs:?}");
    assert_eq!(jcs.mentions.len(), 3);
    // Defined in the text only.
    let text =
        "Lembaga Kajian Pertahanan Nusantara (LKPN) merilis laporan. Menurut LKPN, anggaran naik.";
    let doc = extract(text, Lang::Id);
    let e = entity_of(&doc, text, "Lembaga Kajian Pertahanan Nusantara");
    assert_eq!(e.label, Label::Org);
    assert!(e.aliases.iter().any(|a| a == "LKPN"), "{:?}", doc.entities);
    assert_eq!(e.mentions.len(), 3, "{:?}", doc.mentions);
    // "…, atau ITPP": the programme is not a mention (programmes are not
    // organizations), so ITPP stays its own entity and joins nothing.
    let seed = include_str!("fixtures/seed-korea-nato-id.txt");
    let doc = EX.extract(Input::new(seed));
    if let Some(m) = doc.mentions.iter().find(|m| m.text == "ITPP") {
        assert_eq!(doc.entity_of(m).aliases, vec!["ITPP"]);
    }
}

#[test]
fn surname_back_references() {
    let text = "Sekretaris Jenderal NATO Jens Stoltenberg tiba di Seoul. Stoltenberg mengatakan aliansi siap.";
    let doc = extract(text, Lang::Id);
    let js = entity_of(&doc, text, "Jens Stoltenberg");
    assert!(std::ptr::eq(js, entity_of(&doc, text, "Stoltenberg")));
    assert_eq!(js.name, "Jens Stoltenberg");
    // Two Lees: a lone "Lee" refers to neither.
    let text = "Menteri Pertahanan Lee Jong-sup bertemu Juru bicara kol. Lee Sung-jun di Seoul. “Kami siap,” kata Lee.";
    let doc = extract(text, Lang::Id);
    let a = entity_of(&doc, text, "Lee Jong-sup");
    let b = entity_of(&doc, text, "Lee Sung-jun");
    assert!(!std::ptr::eq(a, b));
    let g = spec("met(Lee Jong-sup, Lee Sung-jun; place=Seoul)");
    assert!(
        doc.relations
            .iter()
            .any(|r| ends_match(&doc, text, &g, r) && quals_match(&doc, &g, r)),
        "{}",
        show_all(&doc)
    );
    if let Some(m) = doc.mentions.iter().find(|m| m.text == "Lee") {
        let e = doc.entity_of(m);
        assert!(!std::ptr::eq(e, a) && !std::ptr::eq(e, b));
    }
}

// ---------------------------------------------------------------------------
// Corpus graph.

#[test]
fn merge_document_unifies_nodes_and_keeps_provenance() {
    let a = extract(
        "Menteri Pertahanan Korea Selatan Lee Jong-sup dan Sekretaris Jenderal NATO Jens Stoltenberg bertemu di Seoul pada akhir Januari 2023.",
        Lang::Id,
    );
    let b = extract(
        "South Korean Defense Minister Lee Jong-sup and NATO Secretary General Jens Stoltenberg met in Seoul in late January 2023.",
        Lang::En,
    );
    let mut g = Graph::default();
    g.merge_document("doc-a", &a.graph());
    g.merge_document("doc-b", &b.graph());
    let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    let uniq: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), uniq.len(), "{ids:?}");
    // By gazetteer key (or, for names no list has, by label + canonical
    // name): one node for Lee Jong-sup across both documents.
    assert_eq!(
        g.nodes.iter().filter(|n| n.name == "Lee Jong-sup").count(),
        1,
        "{ids:?}"
    );
    let seoul: Vec<&Node> = g.nodes.iter().filter(|n| n.name == "Seoul").collect();
    assert_eq!(seoul.len(), 1, "{ids:?}");
    let seoul = seoul[0];
    assert!(seoul.id.starts_with("k:"), "{}", seoul.id);
    let met: Vec<&Edge> = g
        .edges
        .iter()
        .filter(|e| e.kind == RelationType::Met)
        .collect();
    assert_eq!(met.len(), 1, "{:#?}", g.edges);
    let e = met[0];
    assert_eq!(e.place.as_deref(), Some(seoul.id.as_str()));
    assert_eq!(e.date.as_deref(), Some("2023-01"));
    let docs: Vec<Option<&str>> = std::iter::once(&e.evidence)
        .chain(&e.more_evidence)
        .map(|ev| ev.doc.as_deref())
        .collect();
    assert_eq!(docs, vec![Some("doc-a"), Some("doc-b")]);
    // Every edge endpoint is a node of the corpus graph.
    for e in &g.edges {
        for id in e.node_ids() {
            assert!(uniq.contains(id), "{id}");
        }
        assert!(e.evidence.doc.is_some());
    }
    // Merging the same document twice adds provenance, not edges.
    let n = g.edges.len();
    g.merge_document("doc-c", &a.graph());
    assert_eq!(g.edges.len(), n);
    assert!(g.to_dot().contains("met @ Seoul 2023-01"));
}

// ---------------------------------------------------------------------------
// DOT validation.

/// A quoted DOT string at the start of `s`: returns the unescaped content
/// and the rest. Raw newlines and unknown escapes are rejected.
fn dot_string(s: &str) -> Result<(String, &str), String> {
    let mut it = s.char_indices();
    if it.next().map(|(_, c)| c) != Some('"') {
        return Err(format!("expected '\"' at {s:?}"));
    }
    let mut out = String::new();
    while let Some((i, c)) = it.next() {
        match c {
            '"' => return Ok((out, &s[i + 1..])),
            '\\' => match it.next() {
                Some((_, '"')) => out.push('"'),
                Some((_, '\\')) => out.push('\\'),
                Some((_, 'n')) => out.push('\n'),
                Some((_, 'r')) => out.push('\r'),
                other => return Err(format!("bad escape {other:?} in {s:?}")),
            },
            '\n' | '\r' => return Err(format!("raw newline in {s:?}")),
            c => out.push(c),
        }
    }
    Err(format!("unterminated string {s:?}"))
}

/// `[key=value, key=value];` with quoted or bare values.
fn dot_attrs(s: &str) -> Result<(), String> {
    let mut s = s
        .strip_prefix(" [")
        .ok_or(format!("expected ' [' at {s:?}"))?;
    loop {
        let k = s.find('=').ok_or(format!("expected key= at {s:?}"))?;
        if k == 0
            || !s[..k]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Err(format!("bad key at {s:?}"));
        }
        s = &s[k + 1..];
        if s.starts_with('"') {
            s = dot_string(s)?.1;
        } else {
            let e = s
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(s.len());
            if e == 0 {
                return Err(format!("empty value at {s:?}"));
            }
            s = &s[e..];
        }
        if let Some(r) = s.strip_prefix(", ") {
            s = r;
        } else if s == "];" {
            return Ok(());
        } else {
            return Err(format!("expected ', ' or '];' at {s:?}"));
        }
    }
}

/// Validate the DOT we write: a `digraph` block whose lines are graph
/// attributes, node statements `"id" [..];` or edge statements
/// `"a" -> "b" [..];` with every string properly escaped and every edge
/// endpoint declared as a node. Returns (nodes, edges).
fn validate_dot(dot: &str) -> Result<(usize, usize), String> {
    let lines: Vec<&str> = dot.split('\n').collect();
    if lines.first() != Some(&"digraph warta {") {
        return Err("bad header".into());
    }
    if lines.len() < 3 || !lines[lines.len() - 1].is_empty() || lines[lines.len() - 2] != "}" {
        return Err("bad footer".into());
    }
    let mut nodes = BTreeSet::new();
    let mut edges = Vec::new();
    for l in &lines[1..lines.len() - 2] {
        let l = l.strip_prefix("  ").ok_or(format!("bad indent {l:?}"))?;
        if l == "rankdir=LR;" {
            continue;
        }
        if let Some(rest) = l.strip_prefix("node") {
            dot_attrs(rest)?;
            continue;
        }
        let (a, rest) = dot_string(l)?;
        if let Some(rest) = rest.strip_prefix(" -> ") {
            let (b, rest) = dot_string(rest)?;
            dot_attrs(rest)?;
            edges.push((a, b));
        } else {
            dot_attrs(rest)?;
            nodes.insert(a);
        }
    }
    for (a, b) in &edges {
        if !nodes.contains(a) || !nodes.contains(b) {
            return Err(format!("edge {a:?} -> {b:?} to an undeclared node"));
        }
    }
    Ok((nodes.len(), edges.len()))
}

#[test]
fn dot_keeps_ids_with_different_line_breaks_apart() {
    let node = |id: &str| warta::Node {
        id: id.into(),
        label: Label::Person,
        name: id.into(),
        key: None,
        aliases: Vec::new(),
        value: None,
    };
    let g = Graph {
        nodes: vec![node("a\nb"), node("a\rb"), node("a\r\nb")],
        edges: Vec::new(),
    };
    assert_eq!(validate_dot(&g.to_dot()), Ok((3, 0)));
}

#[test]
fn dot_validator_rejects_broken_dot() {
    assert!(validate_dot("digraph warta {\n  \"a\" [label=\"x\"];\n}\n").is_ok());
    assert!(validate_dot("digraph warta {\n  \"a\" [label=\"x\"y\"];\n}\n").is_err());
    assert!(validate_dot("digraph warta {\n  \"a\" [label=\"x\ny\"];\n}\n").is_err());
    assert!(validate_dot("digraph warta {\n  \"a\" -> \"b\" [label=\"x\"];\n}\n").is_err());
    assert!(validate_dot("digraph warta {\n  \"a\\\" [label=\"x\"];\n}\n").is_err());
}

// ---------------------------------------------------------------------------
// Properties.

fn check_graph(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    let g = doc.graph();
    let ids: BTreeSet<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    prop_assert_eq!(ids.len(), g.nodes.len());
    for e in &g.edges {
        for id in e.node_ids() {
            prop_assert!(ids.contains(id), "edge endpoint {} is no node", id);
        }
        prop_assert!(e.source != e.target);
        let ev = &e.evidence;
        prop_assert!(ev.start < ev.end && ev.end <= text.len());
        prop_assert!(text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end));
        prop_assert!((0.0..=1.0).contains(&e.confidence));
    }
    for r in &doc.relations {
        prop_assert!(doc.entities[r.source].label != Label::Date);
        prop_assert!(doc.entities[r.target].label != Label::Date);
        if let Some(d) = r.date {
            prop_assert_eq!(doc.mentions[d].label, Label::Date);
        }
        // Evidence contains the relation's mentions' sentence.
        prop_assert!(doc
            .sentences
            .iter()
            .any(|s| s.start <= r.evidence.start && r.evidence.end <= s.end));
    }
    let json = serde_json::to_string(&g).unwrap();
    let back: Graph = serde_json::from_str(&json).unwrap();
    prop_assert_eq!(&back, &g);
    validate_dot(&g.to_dot()).map_err(TestCaseError::fail)?;
    Ok(())
}

fn graph_strategy() -> impl Strategy<Value = Graph> {
    let name = "\\PC*|[\"\\\\\n\r{}\\[\\];=-> a]{0,12}";
    let node =
        (name, name, prop::collection::vec(name, 0..3)).prop_map(|(id, name, aliases)| Node {
            id,
            label: Label::Person,
            name,
            key: None,
            aliases,
            value: None,
        });
    prop::collection::vec(node, 1..6).prop_flat_map(|mut nodes| {
        // Unique ids, as a graph has.
        let mut seen = BTreeSet::new();
        nodes.retain(|n| seen.insert(n.id.clone()));
        let n = nodes.len();
        let edge = (0..n, 0..n, proptest::option::of(0..n), "\\PC{0,8}")
            .prop_map(move |(s, t, p, d)| (s, t, p, d));
        (Just(nodes), prop::collection::vec(edge, 0..6)).prop_map(|(nodes, es)| {
            let edges = es
                .into_iter()
                .map(|(s, t, p, d)| Edge {
                    kind: RelationType::Met,
                    source: nodes[s].id.clone(),
                    target: nodes[t].id.clone(),
                    place: p.map(|p| nodes[p].id.clone()),
                    date: Some(d),
                    date_mod: None,
                    of: None,
                    evidence: Evidence {
                        doc: None,
                        start: 0,
                        end: 1,
                    },
                    more_evidence: Vec::new(),
                    rule: "rel/test".into(),
                    confidence: 0.5,
                    planned: false,
                })
                .collect();
            Graph { nodes, edges }
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn graph_is_consistent_on_newsy_text(text in newsy(40), en in any::<bool>()) {
        let doc = extract(&text, if en { Lang::En } else { Lang::Id });
        check_graph(&text, &doc)?;
    }

    #[test]
    fn graph_is_consistent_on_any_text(text in "\\PC{0,200}") {
        let doc = EX.extract(Input::new(&text));
        check_graph(&text, &doc)?;
    }

    #[test]
    fn dot_is_valid_for_any_names(g in graph_strategy()) {
        let (n, e) = validate_dot(&g.to_dot()).map_err(TestCaseError::fail)?;
        prop_assert_eq!(n, g.nodes.len());
        prop_assert_eq!(e, g.edges.len());
        let json = serde_json::to_string(&g).unwrap();
        let back: Graph = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, g);
    }

    #[test]
    fn corpus_merge_keeps_every_endpoint(a in newsy(40), b in newsy(40)) {
        let mut g = Graph::default();
        g.merge_document("a", &extract(&a, Lang::Id).graph());
        g.merge_document("b", &extract(&b, Lang::En).graph());
        let ids: BTreeSet<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
        prop_assert_eq!(ids.len(), g.nodes.len());
        for e in &g.edges {
            prop_assert!(ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()));
            prop_assert!(e.evidence.doc.is_some());
        }
        validate_dot(&g.to_dot()).map_err(TestCaseError::fail)?;
    }
}
