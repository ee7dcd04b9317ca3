"""List aliases of the curated files that another key (in any data file) also carries, or that are common words.
Usage: python3 collisions.py [--new-since GITREV]  (only aliases absent from data/ at GITREV)."""
import os, sys, subprocess, glob, collections
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
CUR = ["orgs.tsv", "titles.tsv", "places/geo_regions.tsv", "persons/public_figures.tsv"]
def rows(text):
    for l in text.splitlines():
        if not l or l.startswith("#") or l.startswith("key\t"): continue
        f = l.split("\t"); yield f
by = collections.defaultdict(set)
for p in glob.glob(os.path.join(ROOT, "data", "**", "*.tsv"), recursive=True):
    rel = os.path.relpath(p, os.path.join(ROOT, "data"))
    if rel.startswith("time"): continue
    for f in rows(open(p, encoding="utf-8").read()):
        by[f[5].casefold()].add((rel, f[0], f[1], f[2], f[4], f[6] if len(f) > 6 else ""))
old = set()
if len(sys.argv) > 2 and sys.argv[1] == "--new-since":
    for c in CUR:
        try: t = subprocess.run(["git", "-C", ROOT, "show", f"{sys.argv[2]}:data/{c}"], capture_output=True, text=True, check=True).stdout
        except subprocess.CalledProcessError: continue
        for f in rows(t): old.add((f[0], f[5]))
for c in CUR:
    for f in rows(open(os.path.join(ROOT, "data", c), encoding="utf-8").read()):
        if (f[0], f[5]) in old: continue
        others = {x for x in by[f[5].casefold()] if x[1] != f[0]}
        if others:
            print(f"{c}\t{f[0]}\t{f[5]}\t{f[4]}\t<->\t" + "; ".join(f"{o[0]}:{o[1]}({o[2]},{o[3]},{o[4]}{','+o[5][:30] if o[5] else ''})" for o in sorted(others)[:4]))
