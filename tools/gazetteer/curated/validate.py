import sys, unicodedata, collections
files = sys.argv[1:]
ok = True
for fn in files:
    rows = 0; keys = {}; seen = set(); names = collections.Counter(); errs = []
    for i, l in enumerate(open(fn, encoding="utf-8"), 1):
        l = l.rstrip("\n")
        if not l or l.startswith("#") or (i == 1 and l.startswith("key\t")): continue
        f = l.split("\t")
        def e(m): errs.append(f"{fn}:{i}: {m}: {l!r}")
        if len(f) not in (6, 7): e("fields"); continue
        k, lab, lang, kind, case, alias = f[:6]
        if not k or " " in k: e("key")
        if not lab.isupper(): e("label")
        if lang not in ("id", "en", "und"): e("lang")
        if kind not in ("name","short","abbr","acronym","variant","exonym","official","mt"): e("kind")
        if case not in ("ci","cap","cs"): e("case")
        for x in f:
            if x != x.strip(): e("spaces")
            if unicodedata.normalize("NFC", x) != x: e("nfc")
        if not alias: e("empty alias")
        if (k, alias) in seen: e("dup")
        seen.add((k, alias))
        if keys.setdefault(k, lab) != lab: e("label mismatch")
        if len(f) == 7:
            for kv in f[6].split(";"):
                if "=" not in kv: e("attr")
        if kind == "name": names[(k, lang)] += 1
        rows += 1
    for (k, lang), c in names.items():
        if c > 1: errs.append(f"{fn}: {k} has {c} name rows for {lang}")
    noen = [k for k in keys if (k, "en") not in names and (k, "und") not in names]
    if noen: errs.append(f"{fn}: keys without en/und name: {noen[:10]} ({len(noen)})")
    # sorted by key?
    ks = [l.split("\t")[0] for l in open(fn, encoding="utf-8") if l.strip() and not l.startswith(("#", "key\t"))]
    if ks != sorted(ks, key=lambda x: x): errs.append(f"{fn}: not sorted by key")
    print(f"{fn}: {rows} rows, {len(keys)} entries, {len(errs)} problems")
    for x in errs[:15]: print("  ", x)
    ok &= not errs
sys.exit(0 if ok else 1)
