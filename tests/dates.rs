//! Integration tests for the DATE subsystem (`warta::dates`).

use proptest::prelude::*;
use warta::dates::{is_valid_value, CivilDate, DateTagger, Granularity, Modifier};
use warta::lang::Lang;

fn tagger() -> &'static DateTagger {
    static T: std::sync::OnceLock<DateTagger> = std::sync::OnceLock::new();
    T.get_or_init(DateTagger::new)
}

const SEED: &str = "15 Februari 2023\n\
SEOUL – Korea Selatan dan NATO mengadakan pembicaraan antar staf militer pertama mereka di Seoul, kata Kepala Staf Gabungan Korea Selatan pada hari Selasa.\n\
Direktur Jenderal. Mayor. Kim Su-kwang berpartisipasi sebagai delegasi utama dalam pertemuan dua hari yang dimulai pada hari Senin.\n\
Pertemuan kedua akan diadakan di Brussels tahun depan.\n\
Keduanya berbagi pandangan tentang perlunya kunjungan ketua JCS Korea Selatan ke markas NATO di Brussels pada November 2021 dan ketua Komite Militer NATO, adm. Perjalanan langka Rob Bauer ke Seoul pada April 2022.\n\
Khususnya, Korea Selatan dan NATO juga mengadakan dua pertemuan militer berturut-turut selama sekitar dua minggu. Menteri Pertahanan Korea Selatan Lee Jong-sup dan Sekretaris Jenderal NATO Jens Stoltenberg bertemu di Seoul pada akhir Januari dan berkomitmen.\n\
Misalnya, para pemimpin diundang untuk berpartisipasi sebagai mitra dalam KTT NATO pada Juni 2022. Pada pertemuan puncak tersebut, NATO mengadopsi konsep strategis baru untuk 10 tahun ke depan.\n";

#[test]
fn seed_article_eight_dates() {
    let t = tagger();
    let dd = t.document_date(SEED, Lang::Id).expect("dateline");
    assert_eq!(dd.date, CivilDate::new(2023, 2, 15).unwrap());
    let got: Vec<(String, String, Option<Modifier>)> = t
        .find(SEED, Lang::Id, Some(dd.date))
        .into_iter()
        .map(|m| {
            (
                SEED[m.span.range()].to_string(),
                m.value.value,
                m.value.modifier,
            )
        })
        .collect();
    let want = [
        ("15 Februari 2023", "2023-02-15", None),
        ("hari Selasa", "2023-02-14", None),
        ("hari Senin", "2023-02-13", None),
        ("tahun depan", "2024", None),
        ("November 2021", "2021-11", None),
        ("April 2022", "2022-04", None),
        ("akhir Januari", "2023-01", Some(Modifier::End)),
        ("Juni 2022", "2022-06", None),
    ];
    let want: Vec<(String, String, Option<Modifier>)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn tagger_is_send_sync() {
    fn check<T: Send + Sync>() {}
    check::<DateTagger>();
}

fn date_soup() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "15",
        "2023",
        "/",
        "-",
        ".",
        ":",
        "(",
        ")",
        " ",
        " ",
        "Februari",
        "Feb.",
        "May",
        "Mei",
        "Senin",
        "Minggu",
        "hari",
        "tahun",
        "lalu",
        "depan",
        "akhir",
        "awal",
        "pukul",
        "09.30",
        "WIB",
        "kemarin",
        "the",
        "end",
        "of",
        "last",
        "week",
        "Q",
        "1",
        "31",
        "12",
        "1990",
        "an",
        "s",
        "kuartal",
        "I",
        "é",
        "ke",
        "Ramadan",
        "H",
        "ago",
        "two",
        "dua",
        "pekan",
        "on",
        "Tuesday",
        "at",
        "9",
        "a.m.",
        "1/2/3/4",
        "ü",
        "日",
        "0",
        "00",
        "99999999999",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

fn value_start(v: &str) -> Option<i64> {
    let v = v.split('/').next()?;
    let y: i64 = v.get(0..4)?.parse().ok()?;
    let rest = &v[4..];
    let days = |y: i64, m: u8, d: u8| CivilDate::new(y as i32, m, d).map(|c| c.days_since_epoch());
    if rest.is_empty() {
        return days(y, 1, 1);
    }
    if let Some(w) = rest.strip_prefix("-W") {
        let wk: i64 = w.get(0..2)?.parse().ok()?;
        return Some(days(y, 1, 4)? + (wk - 1) * 7);
    }
    if let Some(q) = rest.strip_prefix("-Q") {
        let q: u8 = q.parse().ok()?;
        return days(y, (q - 1) * 3 + 1, 1);
    }
    let m: u8 = rest.get(1..3)?.parse().ok()?;
    let d: u8 = rest.get(4..6).and_then(|s| s.parse().ok()).unwrap_or(1);
    days(y, m, d)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn no_panic_and_well_formed(s in date_soup(), y in 1990i32..2030, doy in 0i64..365, en in any::<bool>()) {
        let lang = if en { Lang::En } else { Lang::Id };
        let anchor = CivilDate::new(y, 1, 1).unwrap().add_days(doy);
        let t = tagger();
        let _ = t.document_date(&s, lang);
        for anc in [Some(anchor), None] {
            let ms = t.find(&s, lang, anc);
            let mut last_end = 0;
            for m in &ms {
                prop_assert!(m.span.start >= last_end, "overlap/unsorted in {:?}", s);
                prop_assert!(m.span.start < m.span.end);
                prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
                last_end = m.span.end;
                prop_assert!(is_valid_value(&m.value.value, m.value.granularity),
                    "bad value {:?} {:?} for {:?}", m.value.value, m.value.granularity, &s[m.span.range()]);
                prop_assert!((0.0..=1.0).contains(&m.confidence));
                if anc.is_none() && !m.value.resolved {
                    prop_assert!(m.value.value.contains("REL:"));
                }
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(s in "\\PC{0,200}") {
        let t = tagger();
        let _ = t.find(&s, Lang::Id, CivilDate::new(2023, 2, 15));
        let _ = t.find(&s, Lang::En, None);
    }

    #[test]
    fn resolution_is_monotone(
        idx in 0usize..20,
        y in 1995i32..2030, doy in 0i64..365, delta in 1i64..400,
    ) {
        let exprs = [
            ("kemarin", Lang::Id), ("pada hari Selasa", Lang::Id), ("Senin lalu", Lang::Id), ("pekan lalu", Lang::Id),
            ("bulan depan", Lang::Id), ("tahun lalu", Lang::Id), ("pada akhir Januari", Lang::Id), ("pada November", Lang::Id),
            ("dua hari yang lalu", Lang::Id), ("3 bulan lalu", Lang::Id), ("akhir pekan", Lang::Id), ("Juli lalu", Lang::Id),
            ("pada 17 Agustus", Lang::Id), ("kuartal I", Lang::Id),
            ("on Tuesday", Lang::En), ("last week", Lang::En), ("next year", Lang::En), ("two days ago", Lang::En),
            ("in March", Lang::En), ("Oct. 15", Lang::En),
        ];
        let (text, lang) = exprs[idx];
        let a1 = CivilDate::new(y, 1, 1).unwrap().add_days(doy);
        let a2 = a1.add_days(delta);
        let t = tagger();
        let v1 = t.find(text, lang, Some(a1));
        let v2 = t.find(text, lang, Some(a2));
        prop_assert_eq!(v1.len(), 1, "{:?}", text);
        prop_assert_eq!(v2.len(), 1);
        let s1 = value_start(&v1[0].value.value).unwrap();
        let s2 = value_start(&v2[0].value.value).unwrap();
        prop_assert!(s2 >= s1, "{:?}: {} @ {} then {} @ {}", text, v1[0].value.value, a1, v2[0].value.value, a2);
    }
}

#[test]
fn granularities_serialize_lowercase() {
    let m = &tagger().find("pada akhir Januari 2020", Lang::Id, None)[0];
    assert_eq!(m.value.granularity, Granularity::Month);
    assert_eq!(m.rule, "date/id/modifier");
}
