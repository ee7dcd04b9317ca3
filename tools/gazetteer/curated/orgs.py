import sys; import os; HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..")); sys.path.insert(0, HERE)
from lib import Out, ACR
def dcase(tok, kind):
    if kind == "acronym": return "cs"
    return "cap"
o = Out("ORG", dcase); o.single_abbr = True
for fn in ["orgs1.txt", "orgs2.txt", "orgs3.txt", "orgs4.txt", "orgs5.txt", "orgs6.txt", "orgs7.txt", "orgs8.txt", "orgs9.txt", "orgs10.txt", "orgs11.txt", "orgs12.txt", "orgs13.txt"]:
    for line in open(os.path.join(HERE, fn), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.strip() and not line.startswith("#"):
            o.parse_entry(line)
PROV = [("Aceh", "", "Aceh"), ("Sumatera Utara", "Sumut", "North Sumatra"), ("Sumatera Barat", "Sumbar", "West Sumatra"),
 ("Riau", "", "Riau"), ("Kepulauan Riau", "Kepri", "Riau Islands"), ("Jambi", "", "Jambi"), ("Sumatera Selatan", "Sumsel", "South Sumatra"),
 ("Bengkulu", "", "Bengkulu"), ("Lampung", "", "Lampung"), ("Kepulauan Bangka Belitung", "Babel", "Bangka Belitung Islands"),
 ("Banten", "", "Banten"), ("Jawa Barat", "Jabar", "West Java"), ("Jawa Tengah", "Jateng", "Central Java"),
 ("Daerah Istimewa Yogyakarta", "DIY", "Yogyakarta"), ("Jawa Timur", "Jatim", "East Java"), ("Bali", "", "Bali"),
 ("Nusa Tenggara Barat", "NTB", "West Nusa Tenggara"), ("Nusa Tenggara Timur", "NTT", "East Nusa Tenggara"),
 ("Kalimantan Barat", "Kalbar", "West Kalimantan"), ("Kalimantan Tengah", "Kalteng", "Central Kalimantan"),
 ("Kalimantan Selatan", "Kalsel", "South Kalimantan"), ("Kalimantan Timur", "Kaltim", "East Kalimantan"),
 ("Kalimantan Utara", "Kaltara", "North Kalimantan"), ("Sulawesi Utara", "Sulut", "North Sulawesi"), ("Gorontalo", "", "Gorontalo"),
 ("Sulawesi Tengah", "Sulteng", "Central Sulawesi"), ("Sulawesi Barat", "Sulbar", "West Sulawesi"), ("Sulawesi Selatan", "Sulsel", "South Sulawesi"),
 ("Sulawesi Tenggara", "Sultra", "Southeast Sulawesi"), ("Maluku", "", "Maluku"), ("Maluku Utara", "Malut", "North Maluku"),
 ("Papua", "", "Papua"), ("Papua Barat", "Pabar", "West Papua"), ("Papua Barat Daya", "", "Southwest Papua"),
 ("Papua Tengah", "", "Central Papua"), ("Papua Selatan", "", "South Papua"), ("Papua Pegunungan", "", "Highland Papua")]
for idn, ab, en in PROV:
    key = "o:polda-" + en.lower().replace(" ", "-")
    at = "type=police;country=ID"
    o.add(key, "en", "name", "cap", f"{en} Regional Police", at)
    o.add(key, "en", "variant", "cap", f"{en} Police", at)
    o.add(key, "id", "name", "cap", f"Kepolisian Daerah {idn}", at)
    o.add(key, "id", "short", "cap", f"Polda {idn}", at)
    if ab:
        o.add(key, "id", "abbr", "cs" if ab.isupper() else "cap", f"Polda {ab}", at)
    if idn == "Daerah Istimewa Yogyakarta":
        o.add(key, "id", "short", "cap", "Polda Yogyakarta", at)
    if idn == "Jawa Tengah": o.add(key, "id", "abbr", "cap", "Polda Jateng", at)
k = "o:polda-metro-jaya"; at = "type=police;country=ID"
for lang, kind, alias in [("en", "name", "Jakarta Metropolitan Regional Police"), ("en", "variant", "Jakarta Metropolitan Police"), ("en", "variant", "Jakarta Police"),
                          ("id", "name", "Kepolisian Daerah Metropolitan Jakarta Raya"), ("id", "short", "Polda Metro Jaya"), ("id", "short", "Polda Metro"), ("id", "variant", "Kepolisian Daerah Metro Jaya"), ("id", "abbr", "PMJ")]:
    o.add(k, lang, kind, "cs" if alias == "PMJ" else "cap", alias, at)
KODAM = [("IM", "Iskandar Muda", "Aceh"), ("I", "Bukit Barisan", "North Sumatra"), ("II", "Sriwijaya", "South Sumatra"), ("III", "Siliwangi", "West Java"),
         ("IV", "Diponegoro", "Central Java"), ("V", "Brawijaya", "East Java"), ("VI", "Mulawarman", "Kalimantan"), ("IX", "Udayana", "Bali and Nusa Tenggara"),
         ("XII", "Tanjungpura", "West Kalimantan"), ("XIII", "Merdeka", "North Sulawesi"), ("XIV", "Hasanuddin", "South Sulawesi"), ("XVI", "Pattimura", "Maluku"),
         ("XVII", "Cenderawasih", "Papua"), ("XVIII", "Kasuari", "West Papua"), ("Jaya", "Jayakarta", "Jakarta"),
         # the six Kodam created in 2025
         ("XIX", "Tuanku Tambusai", "Riau"), ("XX", "Tuanku Imam Bonjol", "West Sumatra"), ("XXI", "Radin Inten", "Lampung"),
         ("XXII", "Tambun Bungai", "Central Kalimantan"), ("XXIII", "Palaka Wira", "Central Sulawesi"), ("XXIV", "Mandala Trikora", "South Papua")]
for num, name, area in KODAM:
    key = "o:kodam-" + name.lower().replace(" ", "-")
    at = "type=military;country=ID"
    o.add(key, "en", "name", "cap", f"{name} Regional Military Command", at)
    o.add(key, "en", "variant", "cap", f"Kodam {name}", at)
    if num == "Jaya":
        o.add(key, "id", "name", "cap", "Komando Daerah Militer Jaya", at)
        for a in ["Kodam Jaya", "Kodam Jaya/Jayakarta", "Kodam Jayakarta", "Kodam Jaya Jayakarta"]:
            o.add(key, "id", "short", "cap", a, at)
        continue
    if num == "IM":
        o.add(key, "id", "name", "cap", "Komando Daerah Militer Iskandar Muda", at)
        for a in ["Kodam Iskandar Muda", "Kodam IM"]:
            o.add(key, "id", "short", "cap", a, at)
        continue
    o.add(key, "id", "name", "cap", f"Komando Daerah Militer {num}/{name}", at)
    for a in [f"Kodam {num}/{name}", f"Kodam {num} {name}", f"Kodam {name}", f"Kodam {num}/ {name}"]:
        o.add(key, "id", "short", "cap", a, at)
exec(open(os.path.join(HERE, "regional.py"), encoding="utf-8").read())
n = o.write(os.path.join(ROOT, "data", "orgs.tsv"), """Organizations: international bodies, militaries and police, Indonesian ministries/agencies/legislatures/courts, parties, NGOs, think tanks,
universities, news media, companies, sport bodies. Hand-curated for warta; MIT OR Apache-2.0. See data/CURATED.md.
attrs: type = intl|military|police|ministry|agency|legislature|party|university|media|company|court|ngo|sport|hospital; country = ISO 3166-1 alpha-2 (omitted for intl);
generic=1 on an alias that also names the same kind of body in other countries ("Defense Ministry"); amb=1 when the alias is also an everyday word; soe=1 state-owned.""")
print("orgs rows, entries:", n)
