import sys; import os; HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..")); sys.path.insert(0, HERE)
from lib import Out
o = Out("PLACE", lambda tok, kind: "cs" if kind == "acronym" else "cap")
for line in open(os.path.join(HERE, "geo.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if line.strip() and not line.startswith("#"): o.parse_entry(line)
n = o.write(os.path.join(ROOT, "data", "places/geo_regions.tsv"), """Geographic and geopolitical regions, seas, straits, islands, Jakarta districts, landmarks, airports, ports and stations not covered by CLDR or GeoNames cities (no countries, no CLDR continents/subregions).
Hand-curated for warta; MIT OR Apache-2.0. See data/CURATED.md. attrs: type = region|sea|island|city|district|landmark|airport|port|station|former-state; amb=1 when also an everyday word.""")
print("geo rows, entries:", n)
