use super::*;

fn tagger() -> DateTagger {
    DateTagger::try_new().expect("embedded data/time must parse")
}

fn a(y: i32, m: u8, d: u8) -> Option<CivilDate> {
    CivilDate::new(y, m, d)
}

/// (surface, value, modifier) for every match.
fn run(
    text: &str,
    lang: Lang,
    anchor: Option<CivilDate>,
) -> Vec<(String, String, Option<Modifier>)> {
    tagger()
        .find(text, lang, anchor)
        .into_iter()
        .map(|m| {
            (
                text[m.span.range()].to_string(),
                m.value.value,
                m.value.modifier,
            )
        })
        .collect()
}

fn one(text: &str, lang: Lang, anchor: Option<CivilDate>) -> (String, String) {
    let r = run(text, lang, anchor);
    assert_eq!(r.len(), 1, "{text:?} -> {r:?}");
    (r[0].0.clone(), r[0].1.clone())
}

fn none(text: &str, lang: Lang) {
    let r = run(text, lang, a(2023, 2, 15));
    assert!(r.is_empty(), "{text:?} should have no date, got {r:?}");
}

#[test]
fn embedded_data_parses() {
    assert!(DateTagger::try_new().is_ok());
}

#[test]
fn seed_article_dates() {
    let anc = a(2023, 2, 15);
    let id = Lang::Id;
    assert_eq!(
        one("15 Februari 2023", id, anc),
        ("15 Februari 2023".into(), "2023-02-15".into())
    );
    assert_eq!(
        one(
            "kerja sama militer, kata Kepala Staf Gabungan Korea Selatan pada hari Selasa.",
            id,
            anc
        ),
        ("hari Selasa".into(), "2023-02-14".into())
    );
    assert_eq!(
        one(
            "dalam pertemuan dua hari yang dimulai pada hari Senin.",
            id,
            anc
        ),
        ("hari Senin".into(), "2023-02-13".into())
    );
    assert_eq!(
        one(
            "Pertemuan kedua akan diadakan di Brussels tahun depan.",
            id,
            anc
        ),
        ("tahun depan".into(), "2024".into())
    );
    let r = run("markas NATO di Brussels pada November 2021 dan Perjalanan langka Rob Bauer ke Seoul pada April 2022.", id, anc);
    assert_eq!(
        r.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
        ["2021-11", "2022-04"]
    );
    assert_eq!(
        one("dalam KTT NATO pada Juni 2022. Pada pertemuan", id, anc).1,
        "2022-06"
    );
    let r = run(
        "bertemu di Seoul pada akhir Januari dan berkomitmen",
        id,
        anc,
    );
    assert_eq!(
        r,
        vec![(
            "akhir Januari".to_string(),
            "2023-01".to_string(),
            Some(Modifier::End)
        )]
    );
    none(
        "konsep strategis baru untuk 10 tahun ke depan yang menekankan",
        id,
    );
    none(
        "dua pertemuan militer berturut-turut selama sekitar dua minggu.",
        id,
    );
    none(
        "Jenderal. Mayor. Kim Su-kwang dan Staf Jenderal. Mayor. Francesco Diella",
        id,
    );
}

#[test]
fn indonesian_absolute_forms() {
    let anc = a(2023, 2, 15);
    let id = Lang::Id;
    assert_eq!(one("pada 15 Feb 2023 lalu", id, anc).1, "2023-02-15");
    assert_eq!(one("tanggal 15/2/2023", id, anc).1, "2023-02-15");
    assert_eq!(one("rilis 2023-02-15 ini", id, anc).0, "2023-02-15");
    assert_eq!(
        one("Jakarta, Senin (5/10/2020)", id, anc),
        ("Senin (5/10/2020)".into(), "2020-10-05".into())
    );
    assert_eq!(
        one("ujarnya, Senin (27/3).", id, a(2017, 3, 28)),
        ("Senin (27/3)".into(), "2017-03-27".into())
    );
    assert_eq!(one("Rabu (9/8/2023)", id, anc).1, "2023-08-09");
    assert_eq!(
        one(
            "terjadi Sabtu (14/3) pukul 09.30 WIB di",
            id,
            a(2020, 3, 15)
        ),
        (
            "Sabtu (14/3) pukul 09.30 WIB".into(),
            "2020-03-14T09:30".into()
        )
    );
    assert_eq!(one("Jumat, 18 Oktober 2013", id, None).1, "2013-10-18");
    assert_eq!(
        one("pada 13-14 Februari", id, anc).1,
        "2023-02-13/2023-02-14"
    );
    assert_eq!(
        one("pada 20-22 Oktober 2023", id, anc).1,
        "2023-10-20/2023-10-22"
    );
    assert_eq!(
        one("dari 13 hingga 14 Februari 2023", id, anc).1,
        "2023-02-13/2023-02-14"
    );
    assert_eq!(
        one("sejak tahun 2022", id, anc),
        ("tahun 2022".into(), "2022".into())
    );
    assert_eq!(
        one("pada 2022 ekonomi", id, anc),
        ("2022".into(), "2022".into())
    );
    assert_eq!(one("tahun 2019-2020", id, anc).1, "2019/2020");
    assert_eq!(one("era 1990-an", id, anc).1, "199");
    assert_eq!(one("bulan Mei 2020", id, anc).1, "2020-05");
    assert_eq!(one("pada Januari-Maret 2023", id, anc).1, "2023-01/2023-03");
    assert_eq!(one("kuartal I 2023", id, anc).1, "2023-Q1");
    assert_eq!(one("triwulan ketiga tahun lalu", id, anc).1, "2022-Q3");
    assert_eq!(one("pada bulan Ramadan", id, anc).1, "H1443-09");
    assert_eq!(
        one("Mereka akan berpuasa pada bulan Ramadan", id, anc).1,
        "H1444-09"
    );
    assert_eq!(one("Ramadan 1445 H", id, anc).1, "H1445-09");
}

#[test]
fn indonesian_relative_forms() {
    let anc = a(2023, 2, 15); // Wednesday
    let id = Lang::Id;
    for (t, v) in [
        ("kemarin", "2023-02-14"),
        ("hari ini", "2023-02-15"),
        ("besok", "2023-02-16"),
        ("lusa", "2023-02-17"),
        ("kemarin lusa", "2023-02-13"),
        ("pekan lalu", "2023-W06"),
        ("minggu depan", "2023-W08"),
        ("bulan lalu", "2023-01"),
        ("bulan ini", "2023-02"),
        ("tahun lalu", "2022"),
        ("dua hari yang lalu", "2023-02-13"),
        ("3 tahun silam", "2020"),
        ("dua bulan lalu", "2022-12"),
        ("tiga hari lagi", "2023-02-18"),
        ("Selasa lalu", "2023-02-14"),
        ("Rabu lalu", "2023-02-08"),
        ("hari Rabu", "2023-02-15"),
        ("Jumat pekan depan", "2023-02-24"),
        ("Juli lalu", "2022-07"),
        ("Oktober ini", "2023-10"),
        ("Maret mendatang", "2023-03"),
        ("akhir pekan lalu", "2023-W06-WE"),
        ("awal tahun ini", "2023"),
        ("pertengahan 2014", "2014"),
        ("akhir tahun lalu", "2022"),
        ("saat ini", "PRESENT_REF"),
        ("kemarin pagi", "2023-02-14TMO"),
        ("sore hari ini", "2023-02-15TEV"),
        ("pada 19 Desember 2022 lalu", "2022-12-19"),
        ("Juni 2023 mendatang", "2023-06"),
        ("pada 27 November mendatang", "2023-11-27"),
        ("beberapa waktu lalu", "PAST_REF"),
        ("setahun lalu", "2022"),
    ] {
        let (_, val) = one(&format!("Hal itu terjadi {t}."), id, anc);
        assert_eq!(val, v, "{t}");
    }
    // Future cue in the clause turns a bare weekday forward.
    assert_eq!(
        one("Rapat akan digelar pada hari Jumat.", id, anc).1,
        "2023-02-17"
    );
    assert_eq!(
        one("Rapat digelar pada hari Jumat.", id, anc).1,
        "2023-02-10"
    );
    // Bare month: not after the anchor month unless future.
    assert_eq!(one("Ia datang pada November.", id, anc).1, "2022-11");
    assert_eq!(one("Ia akan datang pada November.", id, anc).1, "2023-11");
    let r = run("pada awal pekan ini", id, anc);
    assert_eq!(r[0].2, Some(Modifier::Start));
}

#[test]
fn unresolved_forms_without_anchor() {
    let id = Lang::Id;
    assert_eq!(one("kemarin", id, None).1, "REL:-1D");
    assert_eq!(one("pada hari Selasa", id, None).1, "REL:WD-2");
    assert_eq!(one("pekan depan", id, None).1, "REL:+1W");
    assert_eq!(one("akhir Januari", id, None).1, "REL:MO-01");
    assert_eq!(one("Jumat pekan depan", id, None).1, "REL:WD=+1:5");
    assert_eq!(one("Mei tahun lalu", id, None).1, "REL:MO=-1:05");
    assert_eq!(one("pukul 09.30 WIB", id, None).1, "REL:+0DT09:30");
    let m = tagger().find("kemarin", id, None);
    assert!(!m[0].value.resolved);
    assert!(is_valid_value(&m[0].value.value, m[0].value.granularity));
}

#[test]
fn english_forms() {
    let anc = a(2023, 2, 15);
    let en = Lang::En;
    for (t, v) in [
        ("Feb. 15, 2023", "2023-02-15"),
        ("February 15", "2023-02-15"),
        ("15th February", "2023-02-15"),
        ("the 15th of February 2023", "2023-02-15"),
        ("2/15/2023", "2023-02-15"),
        ("yesterday", "2023-02-14"),
        ("tomorrow", "2023-02-16"),
        ("tonight", "2023-02-15TNI"),
        ("last week", "2023-W06"),
        ("next month", "2023-03"),
        ("this year", "2023"),
        ("two days ago", "2023-02-13"),
        ("a year ago", "2022"),
        ("last Tuesday", "2023-02-14"),
        ("March 2022", "2022-03"),
        ("the first quarter", "2023-Q1"),
        ("Q3 2022", "2022-Q3"),
        ("the 1990s", "199"),
    ] {
        let r = run(&format!("It happened {t}."), en, anc);
        assert_eq!(r.len(), 1, "{t}: {r:?}");
        assert_eq!(r[0].1, v, "{t}");
    }
    assert_eq!(
        one("The talks were held on Tuesday.", en, anc),
        ("Tuesday".into(), "2023-02-14".into())
    );
    assert_eq!(one("He will visit on Friday.", en, anc).1, "2023-02-17");
    assert_eq!(one("in 2022", en, anc), ("2022".into(), "2022".into()));
    let r = run("prices rose in late January", en, anc);
    assert_eq!(r[0].1, "2023-01");
    assert_eq!(r[0].2, Some(Modifier::End));
    let r = run("by the end of the year", en, anc);
    assert_eq!(
        (r[0].0.as_str(), r[0].1.as_str(), r[0].2),
        ("the end of the year", "2023", Some(Modifier::End))
    );
    assert_eq!(
        one("at 11:45 GMT on Monday", en, anc),
        ("11:45 GMT on Monday".into(), "2023-02-13T11:45".into())
    );
    assert_eq!(one("at 11:45 GMT", en, anc).1, "2023-02-15T11:45");
    assert_eq!(one("on Monday at 9 a.m.", en, anc).1, "2023-02-13T09:00");
    assert_eq!(
        one("It rose earlier this year.", en, anc),
        ("earlier this year".into(), "2023".into())
    );
    assert_eq!(
        one("in fiscal 1989", en, anc),
        ("fiscal 1989".into(), "1989".into())
    );
    let r = run("nearly four years ago", en, anc);
    assert_eq!((r[0].1.as_str(), r[0].2), ("2019", Some(Modifier::Approx)));
    let r = run("on Thursday, Jan. 6, 2000", en, anc);
    assert_eq!(
        r.iter()
            .map(|x| (x.0.as_str(), x.1.as_str()))
            .collect::<Vec<_>>(),
        [("Thursday", "2000-01-06"), ("Jan. 6, 2000", "2000-01-06")]
    );
}

#[test]
fn false_positives_refused() {
    for t in [
        "Pesawat GA 152 jatuh.",
        "selama 10 tahun terakhir",
        "menang 2-1 atas lawannya",
        "sesuai UU No 12/2011 tentang",
        "diatur dalam PP 23/2018",
        "UU Nomor 12 Tahun 2011",
        "halaman 2019 buku",
        "Mayor Jenderal Kim datang",
        "Juni Rahayu hadir",
        "April Jasmine bernyanyi",
        "sekitar dua minggu",
        "setiap 2000 orang",
        "harga naik 2,5 persen",
        "sebanyak 1.500 orang",
        "Mei",
    ] {
        none(t, Lang::Id);
    }
    for t in [
        "We may go.",
        "Troops march on the capital.",
        "The Sun reported it.",
        "It may rain.",
        "Flight 2012 landed.",
        "He scored 2012 points.",
        "March on!",
        "May I ask?",
    ] {
        none(t, Lang::En);
    }
}

#[test]
fn document_dates() {
    let t = tagger();
    let seed = "15 Februari 2023\nSEOUL – Korea Selatan dan NATO mengadakan pembicaraan";
    let d = t.document_date(seed, Lang::Id).unwrap();
    assert_eq!(d.date.to_string(), "2023-02-15");
    assert_eq!(d.source, DocDateSource::Dateline);
    let d = t
        .document_date("Jakarta, Senin (5/10/2020) - Presiden berkata", Lang::Id)
        .unwrap();
    assert_eq!(
        (d.date.to_string(), d.source),
        ("2020-10-05".to_string(), DocDateSource::Dateline)
    );
    assert!(t
        .document_date("SEOUL, Feb. 15 (Yonhap) -- talks", Lang::En)
        .is_none());
    let d = t
        .document_date(
            "JAKARTA, KOMPAS.com – Menteri itu berkata. Kemudian pada 3 Maret 2021 ia pergi.",
            Lang::Id,
        )
        .unwrap();
    assert_eq!(
        (d.date.to_string(), d.source),
        ("2021-03-03".to_string(), DocDateSource::FirstAbsolute)
    );
    assert!(t
        .document_date("Tidak ada tanggal di sini kemarin.", Lang::Id)
        .is_none());
}

#[test]
fn never_panics_on_odd_input() {
    let t = tagger();
    for s in [
        "",
        "1",
        "/",
        "((((",
        "12/",
        "2023-",
        "Senin (",
        "Senin (1/",
        "é2023",
        "pukul",
        "Q",
        "Q9",
        "31/02/2023",
        "\u{2019}2023",
        "kuartal ke-",
        "mid-",
        "the end of",
        "99999999999999999999 tahun lalu",
        "2023-02-15T",
    ] {
        for l in [Lang::Id, Lang::En] {
            let _ = t.find(s, l, a(2023, 2, 15));
            let _ = t.find(s, l, None);
            let _ = t.document_date(s, l);
        }
    }
}
