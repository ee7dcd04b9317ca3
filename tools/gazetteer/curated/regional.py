# Regional government, legislatures, prosecutors and courts of Indonesian provinces and big cities.
# Executed inside orgs.py (uses its `o` and `PROV`). Generated forms:
#   Pemprov X / Pemerintah Provinsi X / Pemprov Abbr          -> o:pemprov-<province>
#   DPRD X / DPRD Provinsi X / DPRD Abbr                       -> o:dprd-<province>
#   Kejati X / Kejaksaan Tinggi X / Kejati Abbr                -> o:kejati-<province>
#   Pemkot X, DPRD Kota X, Kejari X, PN X for ~45 cities; Pemkab X, DPRD Kabupaten X for ~35 regencies.
# Bare "DPRD X" / "Kejari X" are only generated where no regency or province shares the city's name.
import re as _re
def _slug(x): return _re.sub(r"[^a-z0-9]+", "-", x.lower()).strip("-")
def _c(a): return "cap"
GOV = "type=agency;country=ID"; LEG = "type=legislature;country=ID"; JUD = "type=court;country=ID"; PROS = "type=agency;country=ID"
PROVS = [(idn, ab, en) for idn, ab, en in PROV]
for idn, ab, en in PROVS:
    sl = _slug(en)
    names = [idn] + ([ab] if ab else [])
    if idn == "Daerah Istimewa Yogyakarta": names += ["DI Yogyakarta", "Yogyakarta", "Jogja"]
    if idn == "Kepulauan Bangka Belitung": names += ["Bangka Belitung"]
    if idn == "Jawa Tengah": names += ["Jateng"]
    if idn == "Aceh": names += ["Nanggroe Aceh Darussalam"]
    # provincial government (Jakarta has its own hand-written key o:id-pemprov-dki)
    k = "o:pemprov-" + sl
    o.add(k, "en", "name", "cap", f"{en} Provincial Government", GOV)
    o.add(k, "en", "variant", "cap", f"{en} Province Government", GOV)
    o.add(k, "id", "name", "cap", f"Pemerintah Provinsi {idn}", GOV)
    for n in names:
        o.add(k, "id", "abbr", "cap", f"Pemprov {n}", GOV)
        if n != idn: o.add(k, "id", "variant", "cap", f"Pemerintah Provinsi {n}", GOV)
    if idn == "Daerah Istimewa Yogyakarta":
        for a in ["Pemda DIY", "Pemerintah Daerah DIY", "Pemda Daerah Istimewa Yogyakarta"]: o.add(k, "id", "variant", "cap", a, GOV)
    # provincial legislature
    k = "o:dprd-" + sl
    o.add(k, "en", "name", "cap", f"{en} Provincial Legislature", LEG)
    o.add(k, "en", "variant", "cap", f"{en} Legislative Council", LEG)
    o.add(k, "id", "name", "cap", f"Dewan Perwakilan Rakyat Daerah Provinsi {idn}", LEG)
    for n in names:
        o.add(k, "id", "abbr", "cap", f"DPRD {n}", LEG)
        o.add(k, "id", "abbr", "cap", f"DPRD Provinsi {n}", LEG)
    # high prosecutor's office
    k = "o:kejati-" + sl
    o.add(k, "en", "name", "cap", f"{en} High Prosecutor's Office", PROS)
    o.add(k, "id", "name", "cap", f"Kejaksaan Tinggi {idn}", PROS)
    for n in names:
        o.add(k, "id", "abbr", "cap", f"Kejati {n}", PROS)
        if n != idn: o.add(k, "id", "variant", "cap", f"Kejaksaan Tinggi {n}", PROS)
    # high court
    k = "o:pt-" + sl
    o.add(k, "en", "name", "cap", f"{en} High Court", JUD)
    o.add(k, "id", "name", "cap", f"Pengadilan Tinggi {idn}", JUD)
    for n in names:
        if n != idn: o.add(k, "id", "variant", "cap", f"Pengadilan Tinggi {n}", JUD)
# Jakarta (province-level keys for Pemprov and DPRD already exist in orgs2.txt)
for a in ["Pemda DKI", "Pemda DKI Jakarta", "Pemerintah Daerah DKI Jakarta", "Pemerintah Provinsi Jakarta"]:
    o.add("o:id-pemprov-dki", "id", "variant", "cap", a, GOV)
for a in ["DPRD Provinsi DKI Jakarta", "Dewan Perwakilan Rakyat Daerah DKI Jakarta", "DPRD Provinsi Jakarta"]:
    o.add("o:id-dprd-dki", "id", "variant", "cap", a, "type=legislature;country=ID")
k = "o:kejati-jakarta"
o.add(k, "en", "name", "cap", "Jakarta High Prosecutor's Office", PROS)
o.add(k, "id", "name", "cap", "Kejaksaan Tinggi DKI Jakarta", PROS)
for a in ["Kejati DKI Jakarta", "Kejati DKI", "Kejati Jakarta", "Kejaksaan Tinggi Jakarta"]: o.add(k, "id", "abbr", "cap", a, PROS)
k = "o:pt-jakarta"
o.add(k, "en", "name", "cap", "Jakarta High Court", JUD)
o.add(k, "id", "name", "cap", "Pengadilan Tinggi DKI Jakarta", JUD)
o.add(k, "id", "variant", "cap", "Pengadilan Tinggi Jakarta", JUD)
o.add(k, "id", "abbr", "cap", "PT DKI Jakarta", JUD)
o.add(k, "id", "abbr", "cap", "PT DKI", JUD)
# Jakarta's five administrative cities
JKT = [("Pusat", "Central", "Jakpus"), ("Selatan", "South", "Jaksel"), ("Utara", "North", "Jakut"), ("Barat", "West", "Jakbar"), ("Timur", "East", "Jaktim")]
for d, en, ab in JKT:
    sl = "jakarta-" + d.lower(); x = f"Jakarta {d}"
    k = "o:pemkot-" + sl
    o.add(k, "en", "name", "cap", f"{en} Jakarta Administration", GOV)
    o.add(k, "en", "variant", "cap", f"{en} Jakarta City Government", GOV)
    o.add(k, "id", "name", "cap", f"Pemerintah Kota Administrasi {x}", GOV)
    for a in [f"Pemerintah Kota {x}", f"Pemkot {x}", f"Pemkot {ab}", f"Pemkot Administrasi {x}", f"Pemkot Adm {x}", f"Pemkot Jakarta {d}"]:
        o.add(k, "id", "abbr" if a.startswith("Pemkot") else "variant", "cap", a, GOV)
    k = "o:kejari-" + sl
    o.add(k, "en", "name", "cap", f"{en} Jakarta District Prosecutor's Office", PROS)
    o.add(k, "id", "name", "cap", f"Kejaksaan Negeri {x}", PROS)
    o.add(k, "id", "abbr", "cap", f"Kejari {x}", PROS)
    o.add(k, "id", "abbr", "cap", f"Kejari {ab}", PROS)
    k = "o:kantor-walikota-" + sl
    o.add(k, "en", "name", "cap", f"{en} Jakarta Mayor's Office", GOV)
    o.add(k, "id", "name", "cap", f"Kantor Wali Kota {x}", GOV)
    o.add(k, "id", "variant", "cap", f"Kantor Walikota {x}", GOV)
# cities: (Indonesian name, English name, other names, homonym) - homonym=1 when a regency or province shares the name
CITIES = [("Surabaya", "Surabaya", [], 0), ("Bandung", "Bandung", [], 1), ("Medan", "Medan", [], 0), ("Semarang", "Semarang", [], 1),
    ("Makassar", "Makassar", [], 0), ("Palembang", "Palembang", [], 0), ("Depok", "Depok", [], 0), ("Tangerang", "Tangerang", [], 1),
    ("Tangerang Selatan", "South Tangerang", ["Tangsel"], 0), ("Bekasi", "Bekasi", [], 1), ("Bogor", "Bogor", [], 1), ("Batam", "Batam", [], 0),
    ("Pekanbaru", "Pekanbaru", [], 0), ("Padang", "Padang", [], 0), ("Malang", "Malang", [], 1), ("Denpasar", "Denpasar", [], 0),
    ("Samarinda", "Samarinda", [], 0), ("Balikpapan", "Balikpapan", [], 0), ("Banjarmasin", "Banjarmasin", [], 0), ("Pontianak", "Pontianak", [], 0),
    ("Manado", "Manado", [], 0), ("Yogyakarta", "Yogyakarta", ["Jogja", "Yogya"], 1), ("Surakarta", "Surakarta", ["Solo"], 0), ("Jambi", "Jambi", [], 1),
    ("Bandar Lampung", "Bandar Lampung", [], 0), ("Mataram", "Mataram", [], 0), ("Kupang", "Kupang", [], 1), ("Jayapura", "Jayapura", [], 1),
    ("Ambon", "Ambon", [], 0), ("Palu", "Palu", [], 0), ("Kendari", "Kendari", [], 0), ("Cirebon", "Cirebon", [], 1), ("Tasikmalaya", "Tasikmalaya", [], 1),
    ("Serang", "Serang", [], 1), ("Cilegon", "Cilegon", [], 0), ("Sukabumi", "Sukabumi", [], 1), ("Kediri", "Kediri", [], 1), ("Madiun", "Madiun", [], 1),
    ("Banda Aceh", "Banda Aceh", [], 0), ("Bengkulu", "Bengkulu", [], 1), ("Pangkalpinang", "Pangkalpinang", [], 0), ("Tanjungpinang", "Tanjungpinang", [], 0),
    ("Gorontalo", "Gorontalo", [], 1), ("Ternate", "Ternate", [], 0), ("Sorong", "Sorong", [], 1), ("Palangka Raya", "Palangka Raya", ["Palangkaraya"], 0),
    ("Tegal", "Tegal", [], 1), ("Pekalongan", "Pekalongan", [], 1), ("Magelang", "Magelang", [], 1), ("Salatiga", "Salatiga", [], 0),
    ("Pematangsiantar", "Pematangsiantar", [], 0), ("Batu", "Batu", [], 0)]
for idn, en, other, hom in CITIES:
    sl = _slug(idn); names = [idn] + other
    k = "o:pemkot-" + sl
    o.add(k, "en", "name", "cap", f"{en} City Government", GOV)
    o.add(k, "en", "variant", "cap", f"{en} Municipal Government", GOV)
    o.add(k, "id", "name", "cap", f"Pemerintah Kota {idn}", GOV)
    for n in names:
        o.add(k, "id", "abbr", "cap", f"Pemkot {n}", GOV)
        if n != idn: o.add(k, "id", "variant", "cap", f"Pemerintah Kota {n}", GOV)
    if idn == "Batu":  # "DPRD Batu", "Kejari Batu" are unambiguous but "Batu" is an everyday word: only the Pemkot forms
        continue
    k = "o:dprd-kota-" + sl
    o.add(k, "en", "name", "cap", f"{en} City Council", LEG)
    o.add(k, "id", "name", "cap", f"Dewan Perwakilan Rakyat Daerah Kota {idn}", LEG)
    for n in names:
        o.add(k, "id", "abbr", "cap", f"DPRD Kota {n}", LEG)
        if not hom: o.add(k, "id", "abbr", "cap", f"DPRD {n}", LEG)
    k = "o:kejari-" + sl
    o.add(k, "en", "name", "cap", f"{en} District Prosecutor's Office", PROS)
    o.add(k, "id", "name", "cap", f"Kejaksaan Negeri {idn}" if not hom else f"Kejaksaan Negeri Kota {idn}", PROS)
    for n in names:
        o.add(k, "id", "abbr", "cap", f"Kejari Kota {n}", PROS)
        if not hom: o.add(k, "id", "abbr", "cap", f"Kejari {n}", PROS)
    k = "o:pn-" + sl
    o.add(k, "en", "name", "cap", f"{en} District Court", JUD)
    o.add(k, "id", "name", "cap", f"Pengadilan Negeri {idn}", JUD)
    for n in names:
        o.add(k, "id", "abbr", "cap", f"PN {n}", JUD)
        if n != idn: o.add(k, "id", "variant", "cap", f"Pengadilan Negeri {n}", JUD)
# regencies: (name, English name, other names, homonym with a city)
REGENCIES = [("Bogor", "Bogor", [], 1), ("Bekasi", "Bekasi", [], 1), ("Tangerang", "Tangerang", [], 1), ("Bandung", "Bandung", [], 1),
    ("Bandung Barat", "West Bandung", ["KBB"], 0), ("Sleman", "Sleman", [], 0), ("Bantul", "Bantul", [], 0), ("Gunungkidul", "Gunungkidul", ["Gunung Kidul"], 0),
    ("Kulon Progo", "Kulon Progo", ["Kulonprogo"], 0), ("Malang", "Malang", [], 1), ("Sidoarjo", "Sidoarjo", [], 0), ("Gresik", "Gresik", [], 0),
    ("Banyuwangi", "Banyuwangi", [], 0), ("Jember", "Jember", [], 0), ("Badung", "Badung", [], 0), ("Gianyar", "Gianyar", [], 0),
    ("Karawang", "Karawang", [], 0), ("Cianjur", "Cianjur", [], 0), ("Garut", "Garut", [], 0), ("Sumedang", "Sumedang", [], 0),
    ("Purwakarta", "Purwakarta", [], 0), ("Serang", "Serang", [], 1), ("Lebak", "Lebak", [], 0), ("Pandeglang", "Pandeglang", [], 0),
    ("Kutai Kartanegara", "Kutai Kartanegara", ["Kukar"], 0), ("Deli Serdang", "Deli Serdang", [], 0), ("Klaten", "Klaten", [], 0),
    ("Sukoharjo", "Sukoharjo", [], 0), ("Boyolali", "Boyolali", [], 0), ("Kudus", "Kudus", [], 0), ("Semarang", "Semarang", [], 1),
    ("Indramayu", "Indramayu", [], 0), ("Subang", "Subang", [], 0), ("Cirebon", "Cirebon", [], 1), ("Tasikmalaya", "Tasikmalaya", [], 1),
    ("Sukabumi", "Sukabumi", [], 1), ("Kediri", "Kediri", [], 1), ("Jombang", "Jombang", [], 0), ("Lamongan", "Lamongan", [], 0),
    ("Pasuruan", "Pasuruan", [], 1), ("Mojokerto", "Mojokerto", [], 1), ("Morowali", "Morowali", [], 0), ("Mimika", "Mimika", [], 0),
    ("Lombok Barat", "West Lombok", [], 0), ("Lombok Tengah", "Central Lombok", [], 0), ("Lombok Timur", "East Lombok", [], 0)]
for idn, en, other, hom in REGENCIES:
    sl = _slug(idn); names = [idn] + other
    k = "o:pemkab-" + sl
    o.add(k, "en", "name", "cap", f"{en} Regency Government", GOV)
    o.add(k, "id", "name", "cap", f"Pemerintah Kabupaten {idn}", GOV)
    for n in names:
        o.add(k, "id", "abbr", "cap" if not n.isupper() else "cs", f"Pemkab {n}", GOV)
        if n != idn: o.add(k, "id", "variant", "cap", f"Pemerintah Kabupaten {n}", GOV)
    k = "o:dprd-kab-" + sl
    o.add(k, "en", "name", "cap", f"{en} Regency Council", LEG)
    o.add(k, "id", "name", "cap", f"Dewan Perwakilan Rakyat Daerah Kabupaten {idn}", LEG)
    for n in names:
        o.add(k, "id", "abbr", "cap", f"DPRD Kabupaten {n}", LEG)
        if not hom: o.add(k, "id", "abbr", "cap", f"DPRD {n}", LEG)
