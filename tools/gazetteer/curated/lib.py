import os, re, unicodedata
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
HEADER = "key\tlabel\tlang\tkind\tcase\talias\tattrs"
ACR = re.compile(r"^[A-Z0-9][A-Z0-9&\-/+]*[A-Z0-9]$|^[A-Z]$")

COMMON = set()
for _p in [os.path.join(ROOT, "data", "lexicon/common_id.tsv")]:
    for _l in open(_p, encoding="utf-8"):
        _f = _l.rstrip("\n").split("\t")
        if len(_f) >= 6 and not _l.startswith("key"): COMMON.add(_f[5].lower())
COMMON |= set("penjabat pegiat penasehat direksi epidemiolog redaktur penyunting usahawan konglomerat miliarder taipan pebisnis koresponden kolumnis kontributor advokat akademisi pengajar bhikkhu biku patriarkh kader pastur lektor periset jurubicara walikota legislator".split())
class Out:
    def __init__(self, label, file_defaults):
        self.label = label
        self.rows = []   # (key, label, lang, kind, case, alias, attrs)
        self.seen = set()
        self.defaults = file_defaults  # function(alias, kind, first) -> case
        self.entries = {}
    def add(self, key, lang, kind, case, alias, attrs="", label=None):
        alias = unicodedata.normalize("NFC", alias.strip())
        label = label or self.label
        if (key, alias) in self.seen:
            return
        self.seen.add((key, alias))
        if key in self.entries:
            assert self.entries[key] == label, key
        self.entries[key] = label
        self.rows.append((key, label, lang, kind, case, alias, attrs))
    def parse_entry(self, line, label=None):
        """key|attrs|en: A; B{flags}|id: ...|und: ..."""
        parts = [p.strip() for p in line.split("|")]
        key, attrs = parts[0], parts[1]
        for grp in parts[2:]:
            if not grp: continue
            lang, rest = grp.split(":", 1)
            lang = lang.strip()
            first = True
            for tok in [t.strip() for t in rest.split(";")]:
                if not tok: continue
                flags = []
                m = re.match(r"^(.*)\{([^}]*)\}$", tok)
                if m:
                    tok = m.group(1).strip(); flags = [f.strip() for f in m.group(2).split(",")]
                kind = None; case = None; amb = False; extra = []
                for f in flags:
                    if f in ("cs", "cap", "ci"): case = f
                    elif f == "amb": amb = True
                    elif f == "a": kind = "abbr"
                    elif f == "s": kind = "short"
                    elif f == "x": kind = "exonym"
                    elif f == "o": kind = "official"
                    elif f == "m": kind = "mt"
                    elif f == "n": kind = "name"
                    elif f == "v": kind = "variant"
                    elif f == "ac": kind = "acronym"
                    elif f == "g": extra.append("generic=1")
                    else: raise ValueError(f"bad flag {f} in {line}")
                if kind is None:
                    if first and lang != "und": kind = "name"
                    elif ACR.match(tok) and len(tok) <= 12: kind = "acronym"
                    elif re.search(r"\.(com|co|id|net|org)(\.id)?$", tok.lower()): kind = "variant"
                    elif "." in tok and len(tok) <= 12 and " " not in tok: kind = "abbr"
                    else: kind = "variant"
                    if kind == "variant" and getattr(self, "single_abbr", False) and lang == "id" and tok.lower() not in COMMON and " " not in tok and tok[:1].isupper() and not ACR.match(tok):
                        kind = "abbr"
                if case is None:
                    case = self.defaults(tok, kind)
                a = attrs
                if amb: extra.append("amb=1")
                for x in extra: a = (a + ";" + x) if a else x
                self.add(key, lang, kind, case, tok, a, label)
                first = False
    def write(self, path, comment=""):
        # sort by key, keep insertion order within key (name rows first)
        order = {}
        for i, r in enumerate(self.rows): order.setdefault(r[0], i)
        rows = sorted(enumerate(self.rows), key=lambda x: (x[1][0], x[0]))
        with open(path, "w", encoding="utf-8") as f:
            f.write(HEADER + "\n")
            for c in comment.strip().splitlines():
                f.write("# " + c + "\n")
            for _, r in rows:
                f.write("\t".join(r).rstrip("\t") + "\n" if not r[6] else "\t".join(r) + "\n")
        return len(self.rows), len(self.entries)
