//! Closed-class cue words per language: short lists reviewed like code and
//! read by several stages (sentence splitting, rules, relations). Open-class
//! lists (people, organizations, places) live in `data/`.
//!
//! All words are folded (lower-case, ASCII punctuation).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

/// A fast, non-cryptographic hasher (the Fx hash) for the crate's
/// read-only word tables: only built-in and user data is ever inserted, so
/// input text cannot steer collisions.
#[derive(Clone, Copy, Default, Debug)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(FX_SEED);
    }

    /// The hash of a string of 1..=8 bytes packed by [`pack_word`]: what
    /// `write` of its bytes then `finish` give.
    #[inline]
    pub(crate) fn hash_packed(k: u64) -> u64 {
        let mut h = FxHasher::default();
        h.add(k);
        h.finish()
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        // The last 1..=7 bytes, zero-padded: packed like a short word.
        if let Some(rest) = pack_word(chunks.remainder()) {
            self.add(rest);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits depending only on the low input
        // bits (for words, their first three letters); hash tables and
        // bitsets index by low bits, so rotate the well-mixed high bits
        // down (as rustc-hash does).
        self.hash.rotate_left(26)
    }
}

/// `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A read-only map from folded words to small values, for per-token
/// lookups. Words of at most 8 bytes (most words of running text) are
/// packed into a `u64` and found with one multiply-shift and a few integer
/// comparisons, without hashing or comparing strings; longer words go
/// through a hash map.
#[derive(Clone, Debug)]
pub(crate) struct WordMap<V> {
    /// Open addressing with linear probing; key 0 marks an empty slot
    /// (a packed non-empty word is never 0).
    slots: Vec<(u64, V)>,
    shift: u32,
    long: FxHashMap<Box<str>, V>,
    /// The first 8 bytes of every long word, packed, in a table laid out
    /// like `slots`: most long words of running text share them with no
    /// entry and skip hashing the whole word.
    long_heads: Vec<u64>,
    long_shift: u32,
}

/// A word of 1..=8 bytes as a little-endian integer (the key of a
/// [`WordMap`] entry).
#[inline]
pub(crate) fn pack_word(w: &[u8]) -> Option<u64> {
    // Fixed-size reads (a variable-length copy into a buffer calls
    // memcpy); the two reads of 4..=7 bytes overlap on equal bytes.
    let n = w.len();
    let k = match n {
        8 => u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]),
        4..=7 => {
            let lo = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
            let hi = u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]);
            u64::from(lo) | u64::from(hi) << (8 * (n - 4))
        }
        1..=3 => {
            u64::from(w[0])
                | u64::from(w[n / 2]) << (8 * (n / 2))
                | u64::from(w[n - 1]) << (8 * (n - 1))
        }
        _ => return None,
    };
    Some(k)
}

impl<V: Copy + Default> WordMap<V> {
    /// Build from `(word, value)` pairs; a repeated word combines its
    /// values with `merge`.
    pub(crate) fn build<W: AsRef<str>>(
        entries: impl IntoIterator<Item = (W, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> WordMap<V> {
        let mut short: FxHashMap<u64, V> = FxHashMap::default();
        let mut long: FxHashMap<Box<str>, V> = FxHashMap::default();
        for (w, v) in entries {
            let w = w.as_ref();
            match pack_word(w.as_bytes()) {
                Some(k) => {
                    let e = short.entry(k).or_default();
                    *e = merge(*e, v);
                }
                None => {
                    let e = long.entry(w.into()).or_default();
                    *e = merge(*e, v);
                }
            }
        }
        // At most half full.
        let bits = (2 * short.len())
            .max(16)
            .next_power_of_two()
            .trailing_zeros();
        let mut slots = vec![(0u64, V::default()); 1 << bits];
        let shift = 64 - bits;
        let mask = slots.len() - 1;
        // In key order, so the layout does not depend on hash-map order.
        let mut keys: Vec<(u64, V)> = short.into_iter().collect();
        keys.sort_unstable_by_key(|&(k, _)| k);
        for (k, v) in keys {
            let mut i = Self::slot(k, shift);
            while slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = (k, v);
        }
        let (long_heads, long_shift) = Self::head_table(&long);
        WordMap {
            slots,
            shift,
            long,
            long_heads,
            long_shift,
        }
    }

    /// The set of the packed first 8 bytes of the long words.
    fn head_table(long: &FxHashMap<Box<str>, V>) -> (Vec<u64>, u32) {
        let mut heads: Vec<u64> = long
            .keys()
            .filter_map(|w| pack_word(w.as_bytes().get(..8)?))
            .collect();
        heads.sort_unstable();
        heads.dedup();
        let bits = (2 * heads.len())
            .max(16)
            .next_power_of_two()
            .trailing_zeros();
        let mut table = vec![0u64; 1 << bits];
        let shift = 64 - bits;
        let mask = table.len() - 1;
        for k in heads {
            let mut i = Self::slot(k, shift);
            while table[i] != 0 {
                i = (i + 1) & mask;
            }
            table[i] = k;
        }
        (table, shift)
    }

    /// Can a long word begin with these packed 8 bytes?
    #[inline]
    fn long_head(&self, k: u64) -> bool {
        let mask = self.long_heads.len() - 1;
        let mut i = Self::slot(k, self.long_shift);
        loop {
            let x = self.long_heads[i];
            if x == k {
                return true;
            }
            if x == 0 {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn slot(k: u64, shift: u32) -> usize {
        (k.wrapping_mul(FX_SEED) >> shift) as usize
    }

    /// The value of `w`, if present.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<V> {
        let b = w.as_bytes();
        if b.len() > 8 {
            let head = pack_word(&b[..8]).unwrap_or(0);
            if !self.long_head(head) {
                return None;
            }
            return self.long.get(w).copied();
        }
        match pack_word(b) {
            Some(k) => self.get_packed(k),
            None => self.long.get(w).copied(),
        }
    }

    /// The value of the word `text[s..e]` (on character boundaries), read
    /// as bytes: the text is sliced as a string only for a long word that
    /// shares its first 8 bytes with an entry.
    #[inline]
    pub(crate) fn get_at(&self, text: &str, s: usize, e: usize) -> Option<V> {
        let b = &text.as_bytes()[s..e];
        if b.len() > 8 {
            if !self.long_head(pack_word(&b[..8]).unwrap_or(0)) {
                return None;
            }
            return self.long.get(text.get(s..e)?).copied();
        }
        match pack_word(b) {
            Some(k) => self.get_packed(k),
            None => self.long.get("").copied(),
        }
    }

    /// The value of a word already packed by [`pack_word`].
    #[inline]
    pub(crate) fn get_packed(&self, k: u64) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = Self::slot(k, self.shift);
        loop {
            let (x, v) = self.slots[i];
            if x == k {
                return Some(v);
            }
            if x == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Every value.
    pub(crate) fn values(&self) -> impl Iterator<Item = V> + '_ {
        self.slots
            .iter()
            .filter(|(k, _)| *k != 0)
            .map(|(_, v)| *v)
            .chain(self.long.values().copied())
    }
}

/// A closed-class word list: single words and multi-word phrases (matched
/// token by token). Each list has a bit in [`first_word_mask`], so the
/// rules test a token against every list with one hash lookup per token.
#[derive(Debug)]
pub struct CueList {
    bit: u64,
    single: FxHashSet<&'static str>,
    multi: FxHashMap<&'static str, Vec<Vec<&'static str>>>,
}

impl CueList {
    /// Build list number `id` (its bit) from folded entries (words
    /// separated by single spaces).
    pub fn new(id: u32, entries: &[&'static str]) -> CueList {
        let mut single = FxHashSet::default();
        let mut multi: FxHashMap<&'static str, Vec<Vec<&'static str>>> = FxHashMap::default();
        for e in entries {
            if e.contains(' ') {
                let parts: Vec<&'static str> = e.split(' ').collect();
                multi.entry(parts[0]).or_default().push(parts);
            } else {
                single.insert(*e);
            }
        }
        for v in multi.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        CueList {
            bit: 1u64 << id,
            single,
            multi,
        }
    }

    /// This list's bit in a token's first-word mask.
    #[inline]
    pub fn bit(&self) -> u64 {
        self.bit
    }

    /// Is the single word `w` an entry?
    #[inline]
    pub fn has(&self, w: &str) -> bool {
        self.single.contains(w)
    }

    /// The longest entry matching the words `words(0), words(1), ...`
    /// (`words(k)` is `None` past the end); 0 when none matches.
    #[inline]
    pub fn longest<'w>(&self, first: &str, words: impl Fn(usize) -> Option<&'w str>) -> usize {
        if let Some(v) = self.multi.get(first) {
            for parts in v {
                if parts
                    .iter()
                    .enumerate()
                    .skip(1)
                    .all(|(k, p)| words(k) == Some(*p))
                {
                    return parts.len();
                }
            }
        }
        usize::from(self.single.contains(first))
    }

    fn first_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.single
            .iter()
            .copied()
            .chain(self.multi.keys().copied())
    }
}

/// Every first word of every list with the list's bit (a word that starts
/// entries of several lists comes once per list).
pub fn first_word_entries() -> impl Iterator<Item = (&'static str, u64)> {
    ALL_LISTS
        .iter()
        .flat_map(|list| list.first_words().map(|w| (w, list.bit())))
}

/// For a folded word: the bits of every list that has an entry starting
/// with it (0 for most words).
pub fn first_word_mask(w: &str) -> u64 {
    word_masks(w).0
}

/// For a folded word: the bits of every list that has an entry starting
/// with it, and the bits of every list that has it as a single-word entry
/// (`(first, single)`; a word's single bits are among its first bits,
/// except [`DATE_TRIGGER_BIT`]).
pub(crate) fn word_masks(w: &str) -> (u64, u64) {
    FIRST_WORDS.get(w).unwrap_or((0, 0))
}

/// The table of [`word_masks`], for per-token loops.
pub(crate) fn word_mask_table() -> &'static WordMap<(u64, u64)> {
    &FIRST_WORDS
}

/// The bit of the date stage's trigger words ([`crate::dates`]) among a
/// word's single-entry bits in [`word_mask_table`]; no list has it, and it
/// is not among the first-word bits.
pub(crate) const DATE_TRIGGER_BIT: u64 = 1 << 63;

static FIRST_WORDS: Lazy<WordMap<(u64, u64)>> = Lazy::new(|| {
    let singles = ALL_LISTS
        .iter()
        .flat_map(|list| list.single.iter().map(|&w| (w, (0, list.bit()))));
    let firsts = first_word_entries().map(|(w, bit)| (w, (bit, 0)));
    // The per-token lookup of the rules' context also finds the date
    // triggers, so the date stage need not scan the text for them.
    let dates = crate::dates::TRIGGER_WORDS
        .iter()
        .map(|w| (w.as_str(), (0, DATE_TRIGGER_BIT)));
    WordMap::build(firsts.chain(singles).chain(dates), |a, b| {
        (a.0 | b.0, a.1 | b.1)
    })
});

/// Words that end with '.' without ending a sentence: titles, ranks,
/// honorifics, address words and the machine-translation artefacts of
/// English abbreviations ("Jenderal. Mayor." from "Maj. Gen.").
pub static ABBREVIATIONS: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        0,
        &[
            // Indonesian
            "jend",
            "jenderal",
            "letjen",
            "mayjen",
            "brigjen",
            "kol",
            "kolonel",
            "letkol",
            "mayor",
            "kapt",
            "kapten",
            "lettu",
            "letda",
            "laks",
            "laksamana",
            "marsekal",
            "adm",
            "komjen",
            "irjen",
            "kombes",
            "dr",
            "drs",
            "dra",
            "ir",
            "prof",
            "h",
            "hj",
            "kh",
            "jl",
            "jln",
            "no",
            "kab",
            "kec",
            "kel",
            "ds",
            "sdr",
            "bpk",
            "yth",
            "st",
            "sh",
            "se",
            "mm",
            "msi",
            "mt",
            "mh",
            "phd",
            "tbk",
            "pt",
            "letnan",
            "brigadir",
            "staf",
            "purn",
            "inf",
            "pol",
            "lt",
            "hal",
            "dll",
            "dsb",
            "dkk",
            "tsb",
            // English
            "gen",
            "maj",
            "col",
            "capt",
            "cmdr",
            "sgt",
            "cpl",
            "pvt",
            "brig",
            "mr",
            "mrs",
            "ms",
            "sen",
            "rep",
            "gov",
            "pres",
            "rev",
            "jr",
            "sr",
            "inc",
            "corp",
            "co",
            "ltd",
            "pte",
            "bhd",
            "bros",
            "vs",
            "etc",
            "dept",
            "univ",
            "u.s",
            "u.n",
            "u.k",
            "mt",
            "ft",
            "fig",
            "approx",
            "est",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "vice",
            "rear",
            "adm",
        ],
    )
});

/// Is the folded word `w` (without its '.') an abbreviation?
pub fn is_abbreviation(w: &str) -> bool {
    ABBREVIATIONS.has(w)
}

/// Attribution verbs that introduce the speaker after them
/// ("..., kata Park", "said Stoltenberg").
pub static SPEECH_BEFORE_NAME_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        1,
        &[
            "kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "imbuh", "tegas", "terang",
            "sebut", "papar", "tambah", "lanjut", "pungkas", "katanya", "menurut", "kata dia",
            "jawab", "tanya", "timpal", "seru", "tukas", "sambung", "urai", "beber", "akui",
            "klaim", "kilah",
        ],
    )
});
/// English attribution verbs that precede the speaker.
pub static SPEECH_BEFORE_NAME_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        2,
        &[
            "said",
            "says",
            "told",
            "added",
            "according to",
            "asked",
            "wrote",
            "stated",
            "explained",
        ],
    )
});

/// Verbs that follow the speaker ("Chun mengatakan", "Stoltenberg said").
pub static SPEECH_AFTER_NAME_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        3,
        &[
            "mengatakan",
            "menyatakan",
            "menjelaskan",
            "menegaskan",
            "mengungkapkan",
            "menyebut",
            "menyebutkan",
            "menambahkan",
            "menuturkan",
            "mengakui",
            "berkata",
            "memaparkan",
            "menerangkan",
            "membenarkan",
            "mengklaim",
            "meminta",
            "menilai",
            "berharap",
            "mengimbau",
            "mengonfirmasi",
            "menggarisbawahi",
            "menekankan",
            "menunjukkan",
            "bertemu",
            "mengunjungi",
            "tiba",
            "berkunjung",
            "menerima",
            "memimpin",
            "melantik",
            "menandatangani",
            "mengumumkan",
            "membantah",
            "menolak",
            "menyampaikan",
            "mencatat",
            "berpendapat",
            "memperingatkan",
        ],
    )
});
/// English verbs that follow the speaker.
pub static SPEECH_AFTER_NAME_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        4,
        &[
            "said",
            "says",
            "told",
            "added",
            "stated",
            "announced",
            "urged",
            "warned",
            "met",
            "visited",
            "arrived",
            "denied",
            "confirmed",
            "argued",
            "noted",
            "explained",
            "wrote",
            "asked",
            "called",
            "insisted",
            "acknowledged",
            "claimed",
            "declared",
            "signed",
            "led",
            "praised",
            "criticized",
        ],
    )
});

/// Honorifics before a name ("Pak Budi", "Mr. Smith").
pub static HONORIFICS_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        5,
        &[
            "bapak", "pak", "ibu", "bu", "saudara", "sdr", "h", "hj", "kh", "dr", "prof", "ir",
            "drs", "habib", "gus", "kiai", "ustaz", "ustadz", "syekh", "tuan", "nyonya", "mbak",
            "mas", "bung",
        ],
    )
});
/// English honorifics.
pub static HONORIFICS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        6,
        &[
            "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "sen",
            "rep", "gov",
        ],
    )
});

/// Lower-case particles allowed inside a person name.
pub static NAME_PARTICLES: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        7,
        &[
            "bin", "binti", "van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "al",
            "el", "bt", "ibn", "ter", "dos", "du",
        ],
    )
});

/// Organization head nouns that start an organization name
/// ("Kementerian Luar Negeri", "Universitas Gadjah Mada").
pub static ORG_HEADS_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        8,
        &[
            "kementerian",
            "kemenko",
            "komite",
            "komisi",
            "divisi",
            "departemen",
            "universitas",
            "badan",
            "dewan",
            "partai",
            "pt",
            "cv",
            "polda",
            "polres",
            "polresta",
            "polrestabes",
            "polsek",
            "kodam",
            "korem",
            "kodim",
            "koramil",
            "lanud",
            "lantamal",
            "pengadilan",
            "kejaksaan",
            "kejati",
            "kejari",
            "bank",
            "lembaga",
            "institut",
            "sekolah",
            "rumah sakit",
            "rsud",
            "rs",
            "yayasan",
            "dinas",
            "direktorat",
            "biro",
            "pusat",
            "satuan",
            "batalyon",
            "brigade",
            "resimen",
            "armada",
            "pangkalan",
            "komando",
            "korps",
            "perusahaan umum",
            "perum",
            "persatuan",
            "perhimpunan",
            "asosiasi",
            "ikatan",
            "gabungan",
            "serikat",
            "federasi",
            "himpunan",
            "majelis",
            "mahkamah",
            "sekretariat",
            "kantor",
            "otoritas",
            "inspektorat",
            "kepolisian",
            "pemerintah",
            "pemprov",
            "pemkot",
            "pemkab",
            "dprd",
            "kpud",
            "bpbd",
            "politeknik",
            "sekolah tinggi",
            "akademi",
            "fakultas",
            "kedutaan besar",
            "kedubes",
            "konsulat",
            "organisasi",
            "forum",
            "aliansi",
            "koalisi",
            "front",
            "gerakan",
            "angkatan",
            "pasukan",
            "tentara",
            "kesatuan",
            "markas besar",
            "mabes",
            "pusat penelitian",
            "harian",
            "majalah",
            "koran",
            "stasiun televisi",
            "radio",
            "klub",
            "persatuan sepak bola",
            "kongres",
            "parlemen",
            "senat",
        ],
    )
});
/// English organization heads that start a name ("Ministry of Defense").
pub static ORG_HEADS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        9,
        &[
            "ministry",
            "department",
            "university",
            "committee",
            "council",
            "party",
            "agency",
            "bank",
            "institute",
            "commission",
            "bureau",
            "office",
            "court",
            "board",
            "house",
            "federation",
            "association",
            "union",
            "league",
            "corps",
            "command",
            "directorate",
            "authority",
            "embassy",
            "college",
            "school",
            "academy",
            "foundation",
            "centre",
            "center",
            "organization",
            "organisation",
            "army",
            "navy",
            "air force",
            "police",
            "parliament",
            "congress",
            "senate",
        ],
    )
});
/// English organization heads that end a name ("Seoul National University").
pub static ORG_TAILS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        10,
        &[
            "university",
            "ministry",
            "party",
            "council",
            "committee",
            "agency",
            "bank",
            "institute",
            "commission",
            "corporation",
            "corp",
            "inc",
            "ltd",
            "llc",
            "plc",
            "group",
            "company",
            "co",
            "association",
            "federation",
            "union",
            "foundation",
            "college",
            "academy",
            "army",
            "navy",
            "police",
            "command",
            "forces",
            "force",
            "court",
            "times",
            "post",
            "herald",
            "news",
            "journal",
            "press",
            "airlines",
            "airways",
            "motors",
            "holdings",
            "industries",
            "club",
            "fc",
            // football club names ("Kelderman Rovers", "Brookvale United")
            "united",
            "rovers",
            "wanderers",
            "rangers",
            "albion",
            "athletic",
            "hotspur",
            "thistle",
            "unit",
            "department",
            "office",
            "service",
            "authority",
            "guard",
            "tribune",
            "daily",
            "network",
            "organisation",
            "organization",
            "board",
            "bureau",
            "assembly",
            "parliament",
            "senate",
            "newsroom",
            "radio",
            "television",
            "tv",
            "broadcasting",
            // news media ("Kelderton Gazette", "Brookvale Weekly")
            "gazette",
            "magazine",
            "weekly",
            "chronicle",
            "telegraph",
            "observer",
            // associations and movements
            "society",
            "alliance",
            "coalition",
            "movement",
            // companies ("Borrowdale Stock Exchange", "Kelderman Bros")
            "exchange",
            "bancorp",
            "bancshares",
            "securities",
            "bros",
            "brothers",
            "systems",
            "technologies",
            "electronics",
            "pharmaceuticals",
            "chemical",
            "chemicals",
        ],
    )
});
/// Indonesian organization heads that end a name, rarely used.
pub static ORG_TAILS_ID: Lazy<CueList> = Lazy::new(|| CueList::new(11, &["tbk", "persero"]));

/// Function words allowed inside an organization or title name run.
pub static NAME_CONNECTORS_ID: Lazy<CueList> =
    Lazy::new(|| CueList::new(12, &["dan", "&", "untuk", "dari", "pada", "atas", "se"]));
/// English connectors inside organization and title names.
pub static NAME_CONNECTORS_EN: Lazy<CueList> =
    Lazy::new(|| CueList::new(13, &["of", "and", "&", "for", "the", "on", "de"]));

/// Place cues: a capitalized word after them is likely a place.
pub static PLACE_CUES_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        14,
        &[
            "di",
            "ke",
            "dari",
            "kota",
            "provinsi",
            "kabupaten",
            "kecamatan",
            "desa",
            "kelurahan",
            "pulau",
            "negara",
            "wilayah",
            "kawasan",
            "daerah",
            "ibu kota",
            "ibukota",
            "asal",
            "menuju",
            "sekitar",
            "dekat",
            "selatan",
            "utara",
            "timur",
            "barat",
            "tengah",
            "perbatasan",
            "kampung",
            "dusun",
            "distrik",
            "tiba di",
            "berkunjung ke",
            "jalan",
            "jl",
        ],
    )
});
/// English place cues.
pub static PLACE_CUES_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        15,
        &[
            "in",
            "near",
            "city of",
            "province of",
            "town of",
            "village of",
            "capital",
            "flew to",
            "travelled to",
            "traveled to",
            "across",
            "outside",
            "visit to",
            "visited",
            "arrived in",
        ],
    )
});

/// Capitalized words that are never names (sentence openers, pronouns,
/// discourse words) in addition to the common-word lexicon.
pub static NEVER_NAMES: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        16,
        &[
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "he",
            "she",
            "it",
            "we",
            "they",
            "i",
            "his",
            "her",
            "their",
            "our",
            "mr",
            "mrs",
            "ms",
            "in",
            "on",
            "at",
            "for",
            "but",
            "and",
            "or",
            "if",
            "when",
            "while",
            "after",
            "before",
            "as",
            "by",
            "with",
            "from",
            "to",
            "of",
            "yang",
            "dan",
            "di",
            "ke",
            "dari",
            "pada",
            "dalam",
            "untuk",
            "dengan",
            "oleh",
            "itu",
            "ini",
            "para",
            "sang",
            "si",
            "kami",
            "kita",
            "mereka",
            "dia",
            "ia",
            "beliau",
            "saya",
            "aku",
            "anda",
            "namun",
            "tetapi",
            "sementara",
            "selain",
            "menurut",
            "kata",
            "ujar",
            "sebelumnya",
            "kemudian",
            "sedangkan",
            "adapun",
            "bahkan",
            "juga",
            "karena",
            "jika",
            "bila",
            "saat",
            "ketika",
            "setelah",
            "sebelum",
            "sejak",
            "hingga",
            "sampai",
            "tak",
            "tidak",
            "bukan",
            "belum",
            "sudah",
            "telah",
            "akan",
            "bagi",
            "atas",
            "seperti",
            "antara",
            "secara",
            "tentang",
            "terhadap",
            "seorang",
            "sebuah",
            "pihak",
            "kedua",
            "keduanya",
            "pemerintah",
            "presiden",
            "menteri",
            "ketua",
            "kepala",
            "direktur",
            "warga",
            "masyarakat",
            "polisi",
            "jaksa",
            "hakim",
            "ada",
            "apa",
            "siapa",
            "mengapa",
            "bagaimana",
            "kapan",
            "dimana",
            "di mana",
            "berdasarkan",
            "terkait",
            "soal",
            "selama",
            "sebagai",
            "atau",
            "maka",
            "lalu",
            "pun",
            "nah",
            "ya",
            "tapi",
            "meski",
            "meskipun",
            "walaupun",
            "agar",
            "supaya",
            "misalnya",
            "khususnya",
            "terutama",
            "however",
            "meanwhile",
            "also",
            "not",
            "no",
            "yes",
            "there",
            "here",
            "what",
            "who",
            "why",
            "how",
            "where",
            "which",
            "you",
            "my",
            "your",
            "its",
            "us",
            "him",
            "them",
            "one",
            "all",
            "some",
            "many",
            "most",
            "more",
            "other",
            "another",
            "such",
            "so",
            "then",
            "than",
            "now",
            "senin",
            "selasa",
            "rabu",
            "kamis",
            "jumat",
            "sabtu",
            "minggu",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "januari",
            "februari",
            "maret",
            "april",
            "mei",
            "juni",
            "juli",
            "agustus",
            "september",
            "oktober",
            "november",
            "desember",
            "january",
            "february",
            "march",
            "june",
            "july",
            "august",
            "october",
            "december",
            "wib",
            "wita",
            "wit",
            "gmt",
            "utc",
            "rp",
            "us$",
            "usd",
            "idr",
            "km",
            "kg",
            "persen",
            "percent",
            "bapak",
            "ibu",
            "pak",
            "bu",
        ],
    )
});

/// Indonesian words that are never names in Indonesian text but are names
/// in English ("Tim" is Indonesian for team: "Tim SAR", "Tim Kelderman").
pub static NEVER_NAMES_ID: Lazy<CueList> = Lazy::new(|| CueList::new(45, &["tim"]));

/// Acronym-looking tokens that are not organizations.
pub static NOT_ORG_ACRONYMS: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        17,
        &[
            "wib", "wita", "wit", "gmt", "utc", "covid", "rp", "usd", "idr", "us$", "phk", "bbm",
            "apbn", "apbd", "rups", "pdb", "gdp", "ceo", "cfo", "coo", "ktt", "ham", "ppkm",
            "psbb", "rt", "rw", "sd", "smp", "sma", "smk", "tv", "ok", "pm", "am", "ii", "iii",
            "iv", "vi", "vii", "viii", "ix", "xi", "xii", "uu", "ruu", "perpu", "perppu", "pp",
            "perpres", "kuhp", "kuhap", "sim", "stnk", "ktp", "kk", "nik", "npwp", "ppn", "pph",
            "ott", "dpo", "tkp", "bap", "sop", "pns", "asn", "tki", "tkw", "pmi", "wna", "wni",
            "nkri", "ri", "usd", "eur", "jpy", "sgd", "qr", "hiv", "aids", "dbd", "tbc", "ispa",
            "mers", "sars", "vip", "pr", "it", "ai", "ui", "ux", "ipo", "ihsg", "lpg", "lng",
            "bbg", "sdm", "sda", "umkm", "ukm", "pilkada", "pilpres", "pileg", "pemilu", "dpt",
            "tps", "ppk", "pps", "kpps", "cpns", "pppk", "lpj", "rapbn", "ok", "vs", "dll", "dsb",
            "dkk", "the", "and", "of", "a", "i", "lrt", "mrt", "krl", "brt", "sms", "hp", "os",
            "hut", "atm", "gps", "pin", "usb", "led", "lcd", "cctv", "suv", "mpv", "pc", "id",
            "dvd", "cd", "mp3", "app", "api", "url", "www", "faq", "pdf", "cto", "vp", "gm", "hrd",
            "csr", "kpr", "kur", "npl", "roe", "roa", "eps", "yoy", "qoq", "ytd", "bps", "tbk",
            "rapim", "rakernas", "munas", "mubes", "lsm", "ormas", "parpol", "capres", "cawapres",
            "cagub", "cawagub", "caleg", "paslon", "bos", "bpjs", "jkn", "kis", "kip", "pkh",
            "blt", "bst", "ump", "umk", "thr", "skck", "ptn", "pts", "utbk", "unbk", "lhkpn",
            "kso", "spt", "sk", "sp", "spdp", "sprindik", "dpp", "dpw", "dpc", "dpd", "pac",
            "ranting", "hak", "dki",
            // units, measures, tech and economic terms in English news
            "pct", "gb", "mb", "kb", "tb", "ghz", "mhz", "iq", "vr", "ar", "ie", "eg", "html", "xp",
            "edt", "est", "pst", "cst", "mst", "pdt", "cdt", "isdn", "cpi", "ppi", "mln", "bln",
            "dna", "rna", "mri", "gps", "ufo", "rpm", "mph", "kph", "hq",
        ],
    )
});

/// Quote characters (folded).
pub fn is_quote(t: &str) -> bool {
    matches!(t, "\"" | "'")
}

/// Relation triggers. Single verbs that mean "meet".
pub static MEET_VERBS_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        18,
        &[
            "bertemu",
            "menemui",
            "berjumpa",
            "bertatap muka",
            "berunding",
            "berdialog",
            "bersua",
            "menjamu",
            "menyambut",
        ],
    )
});
/// English "meet" verbs.
pub static MEET_VERBS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        19,
        &[
            "met", "meet", "meets", "meeting", "hosted", "hosts", "host", "welcomed", "received",
        ],
    )
});
/// Light verbs that form a meeting with a noun ("mengadakan pertemuan").
pub static MEET_LIGHT_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        20,
        &[
            "mengadakan",
            "menggelar",
            "melakukan",
            "melangsungkan",
            "melaksanakan",
        ],
    )
});
/// English light verbs ("held talks").
pub static MEET_LIGHT_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        21,
        &[
            "held",
            "hold",
            "holds",
            "holding",
            "had",
            "have",
            "conducted",
        ],
    )
});
/// Meeting nouns.
pub static MEET_NOUNS_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        22,
        &[
            "pertemuan",
            "pembicaraan",
            "perundingan",
            "dialog",
            "konsultasi",
            "diskusi",
            "rapat",
            "negosiasi",
            "pertemuan bilateral",
            "kunjungan kehormatan",
            "jamuan",
        ],
    )
});
/// English meeting nouns.
pub static MEET_NOUNS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        23,
        &[
            "talks",
            "meeting",
            "meetings",
            "discussions",
            "negotiations",
            "consultations",
            "summit",
            "dialogue",
        ],
    )
});
/// "…menerima kunjungan X": A received a visit from X (a meeting).
pub static RECEIVE_VISIT_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        24,
        &["menerima kunjungan", "menerima kedatangan", "menerima"],
    )
});

/// Visit triggers whose target follows directly or after ke/di.
pub static VISIT_VERBS_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        25,
        &[
            "mengunjungi",
            "berkunjung",
            "tiba",
            "bertandang",
            "melawat",
            "mendarat",
            "bertolak",
            "terbang",
        ],
    )
});
/// English visit verbs.
pub static VISIT_VERBS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        26,
        &[
            "visited",
            "visit",
            "visits",
            "visiting",
            "arrived",
            "arrives",
            "arrive",
            "traveled",
            "travelled",
            "flew",
            "toured",
        ],
    )
});
/// Nominal visit triggers: "kunjungan X ke Y", "perjalanan X ke Y".
pub static VISIT_NOUNS_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        27,
        &[
            "kunjungan",
            "kunjungan kerja",
            "perjalanan",
            "lawatan",
            "kedatangan",
            "kunjungan kenegaraan",
        ],
    )
});
/// English nominal visit triggers ("visit to", "trip to").
pub static VISIT_NOUNS_EN: Lazy<CueList> =
    Lazy::new(|| CueList::new(28, &["visit", "trip", "arrival", "tour"]));

/// Words marking a planned (future) event.
pub static FUTURE_CUES: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        29,
        &[
            "akan",
            "hendak",
            "rencananya",
            "direncanakan",
            "dijadwalkan",
            "berencana",
            "bakal",
            "mendatang",
            "depan",
            "will",
            "would",
            "plans",
            "planned",
            "scheduled",
            "expected",
            "next",
            "upcoming",
            "to",
        ],
    )
});

/// Passive "be held" for event nouns whose participants were named before.
pub static HELD_PASSIVE: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        30,
        &[
            "diadakan",
            "digelar",
            "dilaksanakan",
            "dilangsungkan",
            "berlangsung",
            "held",
            "take place",
            "took place",
        ],
    )
});

/// Recipients of speech: "kata X kepada Y", "told Y".
pub static SPEECH_TO: Lazy<CueList> = Lazy::new(|| CueList::new(31, &["kepada", "pada", "to"]));

/// Headquarters words: "markas NATO di Brussels".
pub static HQ_WORDS: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        32,
        &[
            "markas",
            "markas besar",
            "kantor pusat",
            "kantor",
            "headquarters",
            "headquartered",
            "based",
            "berbasis",
            "bermarkas",
            "berkantor",
            "berpusat",
        ],
    )
});
/// "ibu kota" apposition: "Mataram, ibu kota Nusa Tenggara Barat".
pub static CAPITAL_WORDS: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        33,
        &[
            "ibu kota",
            "ibukota",
            "capital",
            "the capital of",
            "capital of",
            "kota",
            "city",
            "provinsi",
            "province",
        ],
    )
});

/// Connectors inside a coordinated list of participants.
pub static CONNECT: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        34,
        &[
            "dan", "and", "serta", ",", "&", "maupun", "bersama", "beserta",
        ],
    )
});
/// Auxiliaries and adverbs between a subject and its verb.
pub static AUX: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        35,
        &[
            "juga",
            "akan",
            "telah",
            "sudah",
            "kemudian",
            "lalu",
            "sempat",
            "pernah",
            "baru",
            "hari",
            "ini",
            "rencananya",
            "dijadwalkan",
            "also",
            "will",
            "have",
            "has",
            "had",
            "later",
            "then",
            "would",
            "to",
            "reportedly",
            "recently",
            "on",
            "yesterday",
            "today",
            "sebelumnya",
            "akhirnya",
            "secara",
            "resmi",
            "tidak",
            "belum",
        ],
    )
});

/// Every list, for the first-word index.
static ALL_LISTS: [&Lazy<CueList>; 45] = [
    &ABBREVIATIONS,
    &SPEECH_BEFORE_NAME_ID,
    &SPEECH_BEFORE_NAME_EN,
    &SPEECH_AFTER_NAME_ID,
    &SPEECH_AFTER_NAME_EN,
    &HONORIFICS_ID,
    &HONORIFICS_EN,
    &NAME_PARTICLES,
    &ORG_HEADS_ID,
    &ORG_HEADS_EN,
    &ORG_TAILS_EN,
    &ORG_TAILS_ID,
    &NAME_CONNECTORS_ID,
    &NAME_CONNECTORS_EN,
    &PLACE_CUES_ID,
    &PLACE_CUES_EN,
    &NEVER_NAMES,
    &NEVER_NAMES_ID,
    &NOT_ORG_ACRONYMS,
    &MEET_VERBS_ID,
    &MEET_VERBS_EN,
    &MEET_LIGHT_ID,
    &MEET_LIGHT_EN,
    &MEET_NOUNS_ID,
    &MEET_NOUNS_EN,
    &RECEIVE_VISIT_ID,
    &VISIT_VERBS_ID,
    &VISIT_VERBS_EN,
    &VISIT_NOUNS_ID,
    &VISIT_NOUNS_EN,
    &FUTURE_CUES,
    &HELD_PASSIVE,
    &SPEECH_TO,
    &HQ_WORDS,
    &CAPITAL_WORDS,
    &CONNECT,
    &AUX,
    &PLACE_HEADS_ID,
    &PLACE_HEADS_EN,
    &PLACE_TAILS_EN,
    &DIRECTIONS_ID,
    &DIRECTIONS_EN,
    &SPORT_BEFORE,
    &SPORT_AFTER,
    &CITED_SOURCE,
];

/// Place head nouns that start a place name ("Jalan Veteran", "Bandara
/// Halim", "Istana Negara", "Kota Bandung").
pub static PLACE_HEADS_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        36,
        &[
            "jalan",
            "jl",
            "jln",
            "bandara",
            "bandar udara",
            "istana",
            "gedung",
            "balai kota",
            "kota",
            "kabupaten",
            "provinsi",
            "kecamatan",
            "kelurahan",
            "desa",
            "dusun",
            "kampung",
            "gunung",
            "pulau",
            "kepulauan",
            "danau",
            "sungai",
            "selat",
            "teluk",
            "tanjung",
            "pantai",
            "taman",
            "masjid",
            "gereja",
            "pura",
            "candi",
            "monumen",
            "lapangan",
            "terminal",
            "stasiun",
            "pelabuhan",
            "bundaran",
            "simpang",
            "pasar",
            "kompleks",
            "komplek",
            "kawasan",
            "perumahan",
            "stadion",
            "wisma",
            "menara",
            "alun-alun",
            "lembah",
            "semenanjung",
            "tol",
            "jembatan",
        ],
    )
});
/// English place heads that start a name ("Mount Merapi", "Lake Toba").
pub static PLACE_HEADS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        37,
        &[
            "mount",
            "mt",
            "lake",
            "port",
            "fort",
            "cape",
            "gulf of",
            "bay of",
            "isle of",
            "strait of",
            "sea of",
            "gulf",
            "camp",
            "lake of",
            "city of",
            "province of",
            "district of",
            "state of",
            "museum of",
            "cathedral of",
            "palace of",
        ],
    )
});
/// English place tails ("Changi Airport", "Wall Street", "Bali Strait").
pub static PLACE_TAILS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        38,
        &[
            "airport",
            "stadium",
            "street",
            "avenue",
            "road",
            "square",
            "island",
            "islands",
            "river",
            "mountains",
            "valley",
            "bay",
            "palace",
            "bridge",
            "province",
            "county",
            "region",
            "peninsula",
            "sea",
            "ocean",
            "strait",
            "canal",
            "district",
            "heights",
            "highway",
            "boulevard",
            "harbour",
            "harbor",
            "coast",
            "desert",
            "plateau",
            "archipelago",
            "state",
            // buildings and grounds ("Kelder Mosque", "Kelderton Aviation &
            // Space Museum", "Brookvale Stadium")
            "museum",
            "mosque",
            "cathedral",
            "temple",
            "park",
            "tower",
            "arena",
            "mall",
            "plaza",
            "gardens",
            "center",
            "centre",
        ],
    )
});
/// Direction words that extend a place ("Jakarta Selatan", "Papua Barat").
pub static DIRECTIONS_ID: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        39,
        &[
            "utara",
            "selatan",
            "barat",
            "timur",
            "tengah",
            "pusat",
            "raya",
            "tenggara",
            "barat daya",
            "barat laut",
            "timur laut",
            "hulu",
            "hilir",
            "baru",
            "lama",
        ],
    )
});
/// English direction words before a place ("South Jakarta", "East Java").
pub static DIRECTIONS_EN: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        40,
        &[
            "north", "south", "east", "west", "central", "northern", "southern", "eastern",
            "western", "greater", "upper", "lower", "new",
        ],
    )
});

/// Sports words right before a team named after its city ("beat
/// Chicago", "mengalahkan Madrid").
pub static SPORT_BEFORE: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        41,
        &[
            "beat",
            "beats",
            "defeated",
            "against",
            "v",
            "vs",
            "kontra",
            "melawan",
            "menjamu",
            "dijamu",
            "mengalahkan",
            "menaklukkan",
            "menekuk",
            "membekuk",
            "menghajar",
            "menggilas",
            "atas",
            "dari",
            "with",
            "to",
            "host",
            "hosts",
            "hosted",
            "visiting",
            "dengan",
        ],
    )
});
/// Sports words right after such a team ("Chicago beat", "Madrid
/// menang").
pub static SPORT_AFTER: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        42,
        &[
            "beat",
            "beats",
            "defeated",
            "drew",
            "won",
            "lost",
            "v",
            "vs",
            "kontra",
            "menang",
            "kalah",
            "bermain imbang",
            "menjamu",
            "mengalahkan",
            "menaklukkan",
            "takluk",
            "unggul",
            "tumbang",
            "menekuk",
            "dijamu",
            "ditahan imbang",
            "bertandang",
            "bangkit",
            "cruised",
            "rallied",
        ],
    )
});

/// Citation cues before a news source ("seperti dilansir Reuters",
/// "dikutip dari Cnet", "according to a report by").
pub static CITED_SOURCE: Lazy<CueList> = Lazy::new(|| {
    CueList::new(
        44,
        &[
            "dilansir",
            "dilansir dari",
            "melansir",
            "dikutip",
            "dikutip dari",
            "mengutip",
            "dari laman",
            "diberitakan",
            "memberitakan",
            "dilaporkan",
            "melaporkan",
            "reported by",
            "quoted by",
        ],
    )
});

#[cfg(test)]
mod tests {
    #[test]
    fn hash_packed_is_the_hash_of_the_bytes() {
        use std::hash::Hasher;
        for w in ["a", "di", "korea", "selatan", "jenderal"] {
            let mut h = super::FxHasher::default();
            h.write(w.as_bytes());
            let k = super::pack_word(w.as_bytes()).unwrap();
            assert_eq!(super::FxHasher::hash_packed(k), h.finish(), "{w}");
        }
    }

    #[test]
    fn pack_word_is_the_little_endian_bytes() {
        let w = b"abcdefghi";
        for n in 0..=9 {
            // The bytes that fit in a u64 (a ninth has no place).
            let mut k = 0u64;
            for (i, &b) in w[..n.min(8)].iter().enumerate() {
                k |= u64::from(b) << (8 * i);
            }
            let want = (1..=8).contains(&n).then_some(k);
            assert_eq!(super::pack_word(&w[..n]), want, "{n} bytes");
        }
    }

    #[test]
    fn word_map_finds_short_and_long_words_and_merges_repeats() {
        let words = [
            ("di", 1u64),
            ("dari", 2),
            ("a", 4),
            ("tersebut", 8),
            ("kementerian", 16),
            ("di", 32),
        ];
        let m = super::WordMap::build(words, |a, b| a | b);
        assert_eq!(m.get("di"), Some(33));
        assert_eq!(m.get("dari"), Some(2));
        assert_eq!(m.get("a"), Some(4));
        assert_eq!(m.get("tersebut"), Some(8));
        assert_eq!(m.get("kementerian"), Some(16));
        for absent in ["", "d", "dar", "darii", "tersebu", "kementeria", "x\u{0}"] {
            assert_eq!(m.get(absent), None, "{absent:?}");
        }
        let mut v: Vec<u64> = m.values().collect();
        v.sort_unstable();
        assert_eq!(v, [2, 4, 8, 16, 33]);
    }
}
