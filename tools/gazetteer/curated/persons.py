import sys, re, unicodedata; import os; HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..")); sys.path.insert(0, HERE)
from lib import Out
o = Out("PERSON", lambda t, k: "cap")
def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
AMB = {"p:muhammad-ali", "p:budi-santoso", "p:mike-johnson", "p:dong-jun", "p:lin-jian", "p:karim-khan", "p:sugiono", "p:suharyanto", "p:mardiono", "p:wihaji", "p:muhammad-herindra", "p:budi-gunawan", "p:dedi-prasetyo", "p:wang-yi", "p:li-qiang",
       # added 2025: one-word or very common names
       "p:mulyono", "p:sunarto", "p:sunarso", "p:sutarman", "p:karyoto", "p:ahmad-ali", "p:abdul-wahid"}
ID_HINT = ("Paus ", "Raja ", "Ratu ", "Pangeran ", "Kaisar ", "Kardinal ")
for line in open(os.path.join(HERE, "persons.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"): continue
    names, role = line.split("|")
    toks = [t.strip() for t in names.split(";") if t.strip()]
    first = re.sub(r"\{.*\}$", "", toks[0]).strip()
    key = "p:" + slug(first)
    attrs = "role=" + role.replace(";", ",")
    for i, t in enumerate(toks):
        case = "cap"
        m = re.match(r"^(.*)\{(.*)\}$", t)
        flags = []
        if m: t, flags = m.group(1).strip(), [f.strip() for f in m.group(2).split(",")]
        for f in flags:
            if f in ("cs", "cap", "ci"): case = f
        a = attrs + (";amb=1" if ("amb" in flags or (i == 0 and key in AMB)) else "")
        if i == 0:
            kind, lang = "name", "und"
        else:
            lang = "id" if t.startswith(ID_HINT) else ("en" if t.startswith(("Pope ", "King ", "Queen ", "Prince ", "Emperor ", "Sultan ", "Ayatollah ")) else "und")
            if re.fullmatch(r"[A-Z][A-Za-z.]*", t) and len(t.split()) == 1 and (t.isupper() or t.endswith(".")):
                kind = "acronym"
            elif " " not in t and " " in first:
                kind = "short"
            else:
                kind = "variant"
        o.add(key, lang, kind, case, t, a)
n = o.write(os.path.join(ROOT, "data", "persons/public_figures.tsv"), """Public figures frequent in Indonesian and international news (2015-2026): heads of state/government, ministers, military/police chiefs,
international-organisation heads, party/religious/business leaders. Hand-curated for warta; MIT OR Apache-2.0. See data/CURATED.md.
Name rows are lang=und (names are the same in both languages); short forms only for widely used nicknames/mononyms; attrs role = short English description (as of writing).""")
print("persons rows, entries:", n)
