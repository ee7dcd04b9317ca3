//! Gazetteers: entries with stable keys and aliases, compiled into one
//! phrase trie over folded aliases (`phrase.rs`), plus word lexicons
//! (given names, surnames, common words) used as token features by the
//! rules.

pub mod builtin;
mod phrase;
pub mod tsv;

use crate::cues::{FxHashMap, WordMap};
use crate::error::Error;
use crate::lang::Lang;
use crate::model::{Label, SharedStr};
use crate::text::{fold, TextView};
use phrase::{unit_hash, PhraseTrie, ROOT};
use tsv::{attr_in, CasePolicy};

/// One gazetteer entry (all rows sharing a key).
#[derive(Clone, Debug)]
pub struct Entry {
    /// Stable key (`c:KR`), shared with every mention of the entry.
    pub key: SharedStr,
    /// Mention label.
    pub label: Label,
    /// Canonical English name, if given.
    pub name_en: Option<String>,
    /// Canonical Indonesian name, if given.
    pub name_id: Option<String>,
    /// First alias seen (fallback canonical).
    pub first_alias: String,
    /// A language-independent acronym the entity is best known by
    /// (`kind=acronym`, `lang=und`: "NATO", "ASEAN").
    pub acronym: Option<String>,
    /// A national body of another country than Indonesia (`country=XX`,
    /// not `type=intl`): its short acronyms ("DPP", "AP") mean something
    /// else in Indonesian text.
    pub foreign: bool,
    /// Merged `k=v;k=v` attributes.
    pub attrs: String,
}

impl Entry {
    /// Canonical name: a language-independent acronym ("NATO"), else the
    /// English name, else the Indonesian one, else the first alias.
    pub fn canonical(&self) -> &str {
        self.acronym
            .as_deref()
            .or(self.name_en.as_deref())
            .or(self.name_id.as_deref())
            .unwrap_or(&self.first_alias)
    }
    /// An attribute value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        attr_in(&self.attrs, name)
    }
}

/// Which languages an alias applies to.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum AliasLang {
    Id,
    En,
    Any,
}

#[derive(Clone, Debug)]
pub(crate) struct AliasInfo {
    pub entry: u32,
    /// The entry's label (kept here to avoid touching the entry).
    pub label: Label,
    /// The entry is a foreign national body (see [`Entry::foreign`]).
    pub foreign: bool,
    pub case: CasePolicy,
    pub lang: AliasLang,
    pub amb: bool,
    pub multiword: bool,
    /// The entry is an organization ("Twitter") or a city of half a
    /// million people or more ("Boston", "Detroit"): a sentence-start
    /// capital does not make it doubtful when only the common-word lexicon
    /// has the word.
    pub proper: bool,
    pub surface: Box<str>,
}

/// Population from which a city is [`AliasInfo::proper`].
const BIG_CITY_POP: u64 = 500_000;

/// Lexicon flags for single words.
pub(crate) mod lex {
    pub const GIVEN: u8 = 1;
    pub const SURNAME: u8 = 2;
    pub const COMMON_ID: u8 = 4;
    pub const COMMON_EN: u8 = 8;
    pub const NAME_AMB: u8 = 16;
}

/// A gazetteer hit on the folded text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: u32,
    pub conf: f32,
}

/// All compiled gazetteer data.
#[derive(Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Every folded alias and every proper prefix of one that ends at a unit
    /// boundary (see [`units`]), with the alias's pattern id if it is one:
    /// a trie over units (see [`phrase`]).
    phrases: PhraseTrie,
    /// Bitsets over hashes of the first units of aliases: `first_any` for
    /// every alias, `first_lower` for those that can match at a lower-case
    /// word start (case-insensitive aliases and those starting in lower
    /// case). A word start whose first unit is not set cannot start an
    /// alias, and the large, cache-unfriendly phrase table is skipped —
    /// most words of running text start in lower case and no
    /// case-insensitive alias begins with them.
    first_any: Vec<u64>,
    first_lower: Vec<u64>,
    /// Lexicon flags of each pattern taken as one word (common-word test).
    pattern_lex: Vec<u8>,
    /// Per pattern id, the aliases with that folded form (best first).
    infos: Vec<Vec<AliasInfo>>,
    /// The folded alias strings (for the bench baseline and tests).
    patterns: Vec<String>,
    /// Per folded word: lexicon flags (given name, surname, common word;
    /// the closed-class cue bits live in `cues`).
    words: WordMap<u8>,
    /// Per entry: its canonical name as a shared string, handed to
    /// every mention of the entry without copying.
    canonical: Vec<SharedStr>,
}

/// A named TSV source to load.
#[derive(Clone, Debug)]
pub struct Source {
    /// Name used in errors (a file path).
    pub name: String,
    /// The TSV text.
    pub text: String,
}

impl Gazetteer {
    /// Parse and compile `sources` (in priority order: earlier sources win
    /// ties between entries sharing an alias).
    pub fn build<'a>(
        sources: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Gazetteer, Error> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut by_key: FxHashMap<String, u32> = FxHashMap::default();
        let mut pat_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut infos: Vec<Vec<AliasInfo>> = Vec::new();
        let mut lexicon: FxHashMap<Box<str>, u8> = FxHashMap::default();
        for (name, text) in sources {
            for row in tsv::parse(name, text)? {
                let lexflag = match row.label {
                    "GIVEN" => Some(lex::GIVEN),
                    "SURNAME" => Some(lex::SURNAME),
                    "COMMON" => Some(if row.lang == "en" {
                        lex::COMMON_EN
                    } else {
                        lex::COMMON_ID
                    }),
                    _ => None,
                };
                if let Some(mut f) = lexflag {
                    if row.attr("amb") == Some("1") {
                        f |= lex::NAME_AMB;
                    }
                    *lexicon.entry(fold(row.alias).into_boxed_str()).or_insert(0) |= f;
                    continue;
                }
                let label: Label = row.label.parse().map_err(|_| {
                    Error::data(
                        name,
                        row.line,
                        format!(
                            "label {:?}: expected PERSON, RANK, TITLE, ORG, PLACE, GIVEN, SURNAME or COMMON",
                            row.label
                        ),
                    )
                })?;
                if label == Label::Date {
                    return Err(Error::data(
                        name,
                        row.line,
                        "DATE entries belong in data/time, not in a gazetteer",
                    ));
                }
                let idx = match by_key.get(row.key) {
                    Some(&i) => {
                        let e = &mut entries[i as usize];
                        if e.label != label {
                            return Err(Error::data(
                                name,
                                row.line,
                                format!(
                                    "key {} has label {} here but {} earlier",
                                    row.key, label, e.label
                                ),
                            ));
                        }
                        i
                    }
                    None => {
                        let i = entries.len() as u32;
                        entries.push(Entry {
                            key: SharedStr::from(row.key),
                            label,
                            name_en: None,
                            name_id: None,
                            first_alias: row.alias.to_string(),
                            acronym: None,
                            foreign: false,
                            attrs: String::new(),
                        });
                        by_key.insert(row.key.to_string(), i);
                        i
                    }
                };
                let e = &mut entries[idx as usize];
                if row.kind == "acronym" && row.lang == "und" && e.acronym.is_none() {
                    e.acronym = Some(row.alias.to_string());
                }
                if row.kind == "name" {
                    match row.lang {
                        "en" if e.name_en.is_none() => e.name_en = Some(row.alias.to_string()),
                        "id" if e.name_id.is_none() => e.name_id = Some(row.alias.to_string()),
                        "und" if e.name_en.is_none() => e.name_en = Some(row.alias.to_string()),
                        _ => {}
                    }
                }
                if !row.attrs.is_empty() {
                    if !e.attrs.is_empty() {
                        e.attrs.push(';');
                    }
                    e.attrs.push_str(row.attrs);
                }
                let folded = fold(row.alias);
                let pid = *pat_ids.entry(folded.clone()).or_insert_with(|| {
                    patterns.push(folded);
                    infos.push(Vec::new());
                    (patterns.len() - 1) as u32
                });
                let list = &mut infos[pid as usize];
                if list
                    .iter()
                    .any(|a| a.entry == idx && *a.surface == *row.alias)
                {
                    return Err(Error::data(
                        name,
                        row.line,
                        format!("duplicate alias {:?} for key {}", row.alias, row.key),
                    ));
                }
                list.push(AliasInfo {
                    entry: idx,
                    label,
                    foreign: false,
                    case: row.case,
                    lang: match row.lang {
                        "id" => AliasLang::Id,
                        "en" => AliasLang::En,
                        _ => AliasLang::Any,
                    },
                    amb: row.attr("amb") == Some("1"),
                    multiword: row.alias.contains(' '),
                    proper: false,
                    surface: row.alias.into(),
                });
            }
        }
        for e in &mut entries {
            e.foreign = e.label == Label::Org
                && e.attr("country").is_some_and(|c| c != "ID")
                && e.attr("type") != Some("intl");
        }
        for list in &mut infos {
            for a in list.iter_mut() {
                let e = &entries[a.entry as usize];
                a.foreign = e.foreign;
                a.proper = e.label == Label::Org
                    || e.label == Label::Place
                        && e.key.starts_with("gn:")
                        && e.attr("pop")
                            .and_then(|p| p.parse::<u64>().ok())
                            .is_some_and(|p| p >= BIG_CITY_POP);
            }
        }
        let phrases = PhraseTrie::build(&patterns, units);
        let mut first_any = vec![0u64; FIRST_UNIT_BITS / 64];
        let mut first_lower = vec![0u64; FIRST_UNIT_BITS / 64];
        for (pid, p) in patterns.iter().enumerate() {
            if let Some(e) = next_unit_end(p, 0) {
                let b = first_unit_bit(&p[..e]);
                first_any[b / 64] |= 1 << (b % 64);
                let lower_ok = infos[pid].iter().any(|a| {
                    a.case == CasePolicy::Insensitive
                        || !a.surface.chars().next().is_some_and(char::is_uppercase)
                });
                if lower_ok {
                    first_lower[b / 64] |= 1 << (b % 64);
                }
            }
        }
        let words = WordMap::build(lexicon, |a, b| a | b);
        let pattern_lex: Vec<u8> = patterns
            .iter()
            .map(|p| words.get(p.as_str()).unwrap_or(0))
            .collect();
        let canonical = entries
            .iter()
            .map(|e| SharedStr::from(e.canonical()))
            .collect();
        Ok(Gazetteer {
            canonical,
            entries,
            phrases,
            first_any,
            first_lower,
            pattern_lex,
            infos,
            patterns,
            words,
        })
    }

    /// Key and canonical name of entry `i`, shared.
    pub(crate) fn shared(&self, i: u32) -> (&SharedStr, &SharedStr) {
        (&self.entries[i as usize].key, &self.canonical[i as usize])
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The folded alias patterns in the automaton.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Lexicon flags of a folded word.
    #[inline]
    pub(crate) fn word(&self, folded_word: &str) -> u8 {
        self.words.get(folded_word).unwrap_or(0)
    }

    /// Lexicon flags of the folded word `text[s..e]`.
    #[inline]
    pub(crate) fn word_at(&self, text: &str, s: usize, e: usize) -> u8 {
        self.words.get_at(text, s, e).unwrap_or(0)
    }

    /// Number of lexicon words.
    pub fn lexicon_len(&self) -> usize {
        self.words.values().filter(|&f| f != 0).count()
    }

    /// Find gazetteer hits in `view`, checking word boundaries, case
    /// policy and language. At most one hit per span (the best alias).
    pub(crate) fn find(&self, view: &TextView<'_>, lang: Lang, out: &mut Vec<Hit>) {
        if self.phrases.len() == 0 {
            return;
        }
        // Every start of an alphanumeric run: the start of each word token
        // and each position after an inner joiner ("su-kwang", "2.500")
        // whose first unit may begin an alias.
        let fb = view.folded.as_bytes();
        let mut starts: Vec<(usize, usize, u64)> = Vec::with_capacity(view.tokens.len());
        let mut joined = view.joined.iter().copied().peekable();
        for (ti, t) in view.tokens.iter().enumerate() {
            let is_joined = joined.next_if_eq(&ti).is_some();
            if t.shape.punct {
                continue;
            }
            if !is_joined {
                // One alphanumeric run: one unit.
                self.push_start_unit(view, t.start, t.end, &mut starts);
                continue;
            }
            // A word token is alphanumeric runs joined by single inner
            // joiners, so its first unit ends at its first joiner (or at
            // its end) and each joiner is followed by a word start.
            let inner = fb.get(t.start + 1..t.end - 1).unwrap_or(&[]);
            match inner.iter().position(|&b| is_joiner(b)) {
                None => self.push_start_unit(view, t.start, t.end, &mut starts),
                Some(j) => {
                    self.push_start_unit(view, t.start, t.start + 1 + j, &mut starts);
                    for (k, &b) in inner.iter().enumerate().skip(j) {
                        if is_joiner(b) {
                            self.push_start(view, t.start + k + 2, &mut starts);
                        }
                    }
                }
            }
        }
        // The first step of every start, in one tight loop: its table
        // reads are independent, so they overlap instead of waiting for
        // each other (the table is larger than the L2 cache).
        let firsts: Vec<Option<u32>> = starts
            .iter()
            .map(|&(_, _, uh)| self.phrases.step(ROOT, uh))
            .collect();
        for (&(s, e1, _), first) in starts.iter().zip(firsts) {
            if let Some(first) = first {
                self.find_at(view, lang, s, e1, first, out);
            }
        }
    }

    /// Record word start `s` with its first unit's end and hash when the
    /// first-unit bitsets let it begin an alias.
    #[inline]
    fn push_start(&self, view: &TextView<'_>, s: usize, starts: &mut Vec<(usize, usize, u64)>) {
        if let Some(e1) = next_unit_end(view.folded.as_str(), s) {
            self.push_start_unit(view, s, e1, starts);
        }
    }

    /// [`Self::push_start`] for a word start whose first unit ends at `e1`.
    #[inline(always)]
    fn push_start_unit(
        &self,
        view: &TextView<'_>,
        s: usize,
        e1: usize,
        starts: &mut Vec<(usize, usize, u64)>,
    ) {
        let uh = unit_hash(&view.folded.as_bytes()[s..e1]);
        let b = first_unit_bit_of(uh);
        let o = view.orig(s);
        let upper = match view.original.as_bytes().get(o) {
            Some(&c) if c < 0x80 => !c.is_ascii_lowercase(),
            _ => view.original[o..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_lowercase()),
        };
        let set = if upper {
            &self.first_any
        } else {
            &self.first_lower
        };
        if set[b / 64] & (1 << (b % 64)) != 0 {
            starts.push((s, e1, uh));
        }
    }

    /// The longest alias starting at word start `s` (first unit ending at
    /// `e1`, its trie step `first`) that ends at a word boundary and passes
    /// its case, language and ambiguity checks; shorter aliases at the same
    /// start are tried when a longer one fails. The phrase grows one unit
    /// at a time while it is a known alias prefix.
    fn find_at(
        &self,
        view: &TextView<'_>,
        lang: Lang,
        s: usize,
        e1: usize,
        first: u32,
        out: &mut Vec<Hit>,
    ) {
        let f = view.folded.as_str();
        let mut found: [(usize, u32); 8] = [(0, 0); 8];
        let mut n = 0;
        // The phrase grows one unit (with the whitespace before it) at a
        // time.
        let (mut phrase, mut e) = (first, e1);
        loop {
            if let Some(p) = self.phrases.pattern(phrase) {
                if n < found.len() {
                    found[n] = (e, p);
                    n += 1;
                }
            }
            if !self.phrases.continues(phrase) {
                break;
            }
            let Some(next) = next_unit_end(f, e) else {
                break;
            };
            let Some(st) = self.phrases.step(phrase, unit_hash(&f.as_bytes()[e..next])) else {
                break;
            };
            (phrase, e) = (st, next);
        }
        for &(e, p) in found[..n].iter().rev() {
            // The trie compares hashes: the alias must be the text.
            if f[s..e] != *self.patterns[p as usize] {
                continue;
            }
            if view.right_boundary(e) {
                if let Some((entry, conf)) = self.best_alias(p as usize, view, lang, s, e) {
                    out.push(Hit {
                        start: s,
                        end: e,
                        entry,
                        conf,
                    });
                    return;
                }
            }
        }
    }

    fn best_alias(
        &self,
        pattern: usize,
        view: &TextView<'_>,
        lang: Lang,
        s: usize,
        e: usize,
    ) -> Option<(u32, f32)> {
        let orig = view.orig_str(s, e);
        // "US$", "S$": a currency, not a place.
        if view.folded.as_bytes().get(e) == Some(&b'$') {
            return None;
        }
        let common_mask = match lang {
            Lang::Id => lex::COMMON_ID,
            Lang::En => lex::COMMON_EN,
        };
        let common = self.pattern_lex[pattern] & common_mask != 0;
        let mut best: Option<(u32, f32)> = None;
        for a in &self.infos[pattern] {
            let label = a.label;
            // Single words that name a rank or title in one language may be
            // ordinary words in the other ("Mayor"): keep them to their
            // language. Names (places, organizations, people) are the same
            // in both.
            // Acronyms of three letters or more ("CEO") travel.
            let travels = a.case == CasePolicy::Sensitive && a.surface.chars().count() >= 3;
            if !a.multiword && !travels && matches!(label, Label::Title | Label::Rank) {
                match (a.lang, lang) {
                    (AliasLang::Id, Lang::En) | (AliasLang::En, Lang::Id) => continue,
                    _ => {}
                }
            }
            if !case_ok(a.case, orig, &a.surface) {
                continue;
            }
            // Two-letter Indonesian short forms ("AS" for the United
            // States, "MA", "RI") are English words or other codes in an
            // English text ("SHARES SLIDE AS YIELDS CLIMB").
            if lang == Lang::En
                && a.lang == AliasLang::Id
                && a.case == CasePolicy::Sensitive
                && a.surface.len() <= 2
            {
                continue;
            }
            // "DPP" is a Taiwanese party in English news but a party's
            // central board in Indonesian: short acronyms of foreign
            // national bodies do not apply to Indonesian text.
            if lang == Lang::Id
                && a.case == CasePolicy::Sensitive
                && a.surface.len() <= 3
                && a.foreign
            {
                continue;
            }
            let mut conf = match a.case {
                CasePolicy::Sensitive => 0.85,
                CasePolicy::Capitalized if a.multiword => 0.95,
                CasePolicy::Capitalized => 0.85,
                CasePolicy::Insensitive => 0.9,
            };
            if a.amb || (common && !a.multiword && a.case != CasePolicy::Insensitive) {
                // A common word (flagged in the data, or in the common-word
                // lexicon of the document's language): demand a capital the
                // sentence start does not explain.
                let Some(ti) = view.token_starting_at(s) else {
                    continue;
                };
                let sent = view.sentence_of(ti);
                // An acronym in capitals ("NASA", "WHO") is no sentence-start
                // capital, unless the next word is in capitals too (a
                // headline).
                let acronym = a.case == CasePolicy::Sensitive
                    && view.tokens[ti].shape.all_caps
                    && view.tokens[ti].end == e
                    && view.tokens.get(ti + 1).is_none_or(|t| !t.shape.all_caps);
                // A title word opening a title phrase ("Kepala Pusdalkar
                // BNPB ...", "Head Coach ...") is no everyday word either.
                let title_phrase =
                    matches!(label, Label::Title | Label::Rank) && next_capitalized(view, e);
                // A city that is ambiguous only with a given name ("Paris",
                // "Clinton"): a sentence-start capital explains nothing
                // either way.
                let pl = self.pattern_lex[pattern];
                let name_only = pl & lex::GIVEN != 0 && pl & (lex::COMMON_ID | lex::COMMON_EN) == 0;
                // An organization or a big city that only the common-word
                // lexicon has (its counts include names: "twitter",
                // "boston") is the name at a sentence start too ("Twitter
                // said", "Detroit 48 86"); everyday words are flagged amb.
                let proper = a.proper && !a.amb && a.case == CasePolicy::Capitalized;
                if (!acronym
                    && !title_phrase
                    && !name_only
                    && !proper
                    && view.sentences.get(sent).is_some_and(|r| r.start == ti))
                    || !view.tokens[ti].shape.cap
                {
                    continue;
                }
                conf = 0.6;
            }
            // The same words as a rank and as a position ("Inspektur
            // Jenderal"): a rank when a capitalized name follows.
            if label == Label::Rank && next_capitalized(view, e) {
                conf += 0.05;
            }
            if best.is_none_or(|(_, c)| conf > c) {
                best = Some((a.entry, conf.min(0.95)));
            }
        }
        best
    }
}

/// Does a capitalized word follow folded offset `e` (after spaces)?
fn next_capitalized(view: &TextView<'_>, e: usize) -> bool {
    let rest = &view.folded[e.min(view.folded.len())..];
    let skip = rest.len() - rest.trim_start_matches(' ').len();
    if skip == 0 {
        return false;
    }
    let o = view.orig(e + skip);
    view.original[o..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The inner joiners of word tokens (see `text::token`): hyphen,
/// apostrophe, and '.', ',', ':', '/' between digits.
#[inline]
fn is_joiner(b: u8) -> bool {
    const JOINERS: u64 = 1 << b'-' | 1 << b'\'' | 1 << b'.' | 1 << b',' | 1 << b':' | 1 << b'/';
    b < 64 && JOINERS >> b & 1 != 0
}

const FIRST_UNIT_BITS: usize = 1 << 18;

/// The bit of a first unit in the first-unit bitsets.
#[inline]
fn first_unit_bit(unit: &str) -> usize {
    first_unit_bit_of(unit_hash(unit.as_bytes()))
}

/// The bit of a first unit hashed by [`unit_hash`].
#[inline]
fn first_unit_bit_of(uh: u64) -> usize {
    (uh >> 7) as usize & (FIRST_UNIT_BITS - 1)
}

/// The end offsets of the units of `s`: maximal alphanumeric runs, and
/// single other non-space characters ("jenderal. mayor." → "jenderal",
/// ".", "mayor", "."). Aliases and text are cut at the same places, so a
/// phrase of the text can be looked up as a whole.
fn units(s: &str) -> impl Iterator<Item = usize> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let e = next_unit_end(s, pos)?;
        pos = e;
        Some(e)
    })
}

/// The end of the first unit at or after `pos` (after skipping
/// whitespace), or `None` at the end of `s`.
#[inline]
fn next_unit_end(s: &str, pos: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = pos;
    // Skip whitespace (ASCII fast path).
    while i < b.len() && b[i] < 0x80 && b[i].is_ascii_whitespace() {
        i += 1;
    }
    if i >= b.len() {
        return None;
    }
    if b[i] >= 0x80 {
        return next_unit_end_unicode(s, i);
    }
    if !b[i].is_ascii_alphanumeric() {
        return Some(i + 1);
    }
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i < b.len() && b[i] >= 0x80 {
        // An alphanumeric run that continues with non-ASCII letters.
        let c = s[i..].chars().next()?;
        if c.is_alphanumeric() {
            return next_unit_end_unicode(s, i).map(|e| e.max(i));
        }
    }
    Some(i)
}

fn next_unit_end_unicode(s: &str, pos: usize) -> Option<usize> {
    let rest = s.get(pos..)?;
    let mut it = rest.char_indices().skip_while(|(_, c)| c.is_whitespace());
    let (start, c) = it.next()?;
    if !c.is_alphanumeric() {
        return Some(pos + start + c.len_utf8());
    }
    let mut end = start + c.len_utf8();
    for (i, c) in it {
        if !c.is_alphanumeric() {
            break;
        }
        end = i + c.len_utf8();
    }
    Some(pos + end)
}

/// Does the original text `orig` satisfy the alias's case policy?
pub(crate) fn case_ok(case: CasePolicy, orig: &str, alias: &str) -> bool {
    match case {
        CasePolicy::Insensitive => true,
        CasePolicy::Sensitive => {
            let mut a = alias.chars();
            for c in orig.chars() {
                let Some(ac) = a.next() else { return false };
                if c != ac && (c.is_alphanumeric() || punct_class(c) != punct_class(ac)) {
                    return false;
                }
            }
            a.next().is_none()
        }
        CasePolicy::Capitalized => {
            // An all-caps word of three letters or fewer is an acronym, not
            // a shouted "Sim" or "Bad": it matches acronym aliases only.
            let letters = orig.chars().filter(|c| c.is_alphabetic()).count();
            if letters <= 3
                && orig.chars().all(|c| !c.is_lowercase())
                && alias.chars().any(|c| c.is_lowercase())
            {
                return false;
            }
            let mut prev_alnum = false;
            for (c, ac) in orig.chars().zip(alias.chars()) {
                if !prev_alnum && ac.is_uppercase() && !c.is_uppercase() {
                    return false;
                }
                prev_alnum = ac.is_alphanumeric();
            }
            true
        }
    }
}

fn punct_class(c: char) -> char {
    let mut s = String::new();
    crate::text::fold_char(c, &mut s);
    match s.chars().next() {
        Some(f) if !f.is_alphanumeric() => f,
        _ => '\0',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_unit_bits_spread_words_with_a_common_prefix() {
        // Words sharing their first letters must not share bits (a hash
        // whose low bits depend only on the first bytes made "akan",
        // "menjadi" and "secara" pass the filter as if they began aliases).
        let words: Vec<String> = (0..2000).map(|i| format!("menj{i}")).collect();
        let bits: std::collections::HashSet<usize> =
            words.iter().map(|w| first_unit_bit(w)).collect();
        assert!(bits.len() > 1950, "{} distinct bits of 2000", bits.len());
    }

    #[test]
    fn case_policies() {
        assert!(case_ok(CasePolicy::Sensitive, "AS", "AS"));
        assert!(!case_ok(CasePolicy::Sensitive, "as", "AS"));
        assert!(!case_ok(CasePolicy::Sensitive, "As", "AS"));
        assert!(case_ok(CasePolicy::Capitalized, "SEOUL", "Seoul"));
        assert!(!case_ok(CasePolicy::Capitalized, "SIM", "Sim"));
        assert!(case_ok(CasePolicy::Capitalized, "Sim", "Sim"));
        assert!(case_ok(
            CasePolicy::Capitalized,
            "Korea Selatan",
            "Korea Selatan"
        ));
        assert!(!case_ok(
            CasePolicy::Capitalized,
            "korea selatan",
            "Korea Selatan"
        ));
        assert!(!case_ok(
            CasePolicy::Capitalized,
            "Korea selatan",
            "Korea Selatan"
        ));
        assert!(case_ok(CasePolicy::Insensitive, "kol.", "Kol."));
        assert!(case_ok(CasePolicy::Sensitive, "Kompas–TV", "Kompas-TV"));
    }

    #[test]
    fn build_errors_and_matches() {
        let t = "c:US\tPLACE\tid\tshort\tcs\tAS\nc:US\tPLACE\ten\tname\tcap\tUnited States\nc:KR\tPLACE\tid\tname\tcap\tKorea Selatan\n";
        let g = Gazetteer::build([("t.tsv", t)]).unwrap();
        assert_eq!(g.entries().len(), 2);
        assert_eq!(g.entries()[0].canonical(), "United States");
        let v = TextView::new("AS dan Korea Selatan, bukan as atau korea selatan", &|_| {
            false
        });
        let mut hits = Vec::new();
        g.find(&v, Lang::Id, &mut hits);
        let got: Vec<_> = hits.iter().map(|h| &v.original[h.start..h.end]).collect();
        assert_eq!(got, ["AS", "Korea Selatan"]);
        let bad = "k\tPLACE\tid\tname\tci\tX\nk\tORG\tid\tname\tci\tY\n";
        let e = Gazetteer::build([("u.tsv", bad)]).unwrap_err();
        assert!(e.to_string().starts_with("u.tsv:2: key k has label"), "{e}");
        let e = Gazetteer::build([("u.tsv", "k\tWEAPON\tid\tname\tci\tX\n")]).unwrap_err();
        assert!(e.to_string().starts_with("u.tsv:1: label"), "{e}");
    }

    #[test]
    fn indonesian_two_letter_forms_stay_out_of_english() {
        let t = "c:US\tPLACE\tid\tshort\tcs\tAS\nc:US\tPLACE\ten\tshort\tcs\tUS\n";
        let g = Gazetteer::build([("t.tsv", t)]).unwrap();
        let v = TextView::new("SHARES SINK AS US RATES JUMP", &|_| false);
        let mut hits = Vec::new();
        g.find(&v, Lang::En, &mut hits);
        let got: Vec<_> = hits.iter().map(|h| &v.original[h.start..h.end]).collect();
        assert_eq!(got, ["US"]);
        hits.clear();
        g.find(&v, Lang::Id, &mut hits);
        let got: Vec<_> = hits.iter().map(|h| &v.original[h.start..h.end]).collect();
        assert_eq!(got, ["AS", "US"]);
    }

    #[test]
    fn organizations_and_big_cities_in_the_common_lexicon_open_sentences() {
        // All four are also in the common-word lexicon here; the big city
        // and the organization keep their sentence-start capital, the small
        // town and the flagged word do not.
        let t = "gn:1\tPLACE\tund\tname\tcap\tKelderton\tpop=900000\n\
                 gn:2\tPLACE\tund\tname\tcap\tBrookvale\tpop=90000\n\
                 gn:3\tPLACE\tund\tname\tcap\tMarsh\tpop=900000;amb=1\n\
                 o:1\tORG\tund\tname\tcap\tKeldnet\n\
                 w:1\tCOMMON\ten\tname\tci\tkelderton\n\
                 w:2\tCOMMON\ten\tname\tci\tbrookvale\n\
                 w:3\tCOMMON\ten\tname\tci\tmarsh\n\
                 w:4\tCOMMON\ten\tname\tci\tkeldnet\n";
        let g = Gazetteer::build([("t.tsv", t)]).unwrap();
        for (text, want) in [
            (
                "Kelderton 48 86\nKelderton won.",
                vec!["Kelderton", "Kelderton"],
            ),
            ("Brookvale won.", vec![]),
            ("Marsh won.", vec![]),
            ("Keldnet said it grew.", vec!["Keldnet"]),
            (
                "Fans in Brookvale and Marsh cheered.",
                vec!["Brookvale", "Marsh"],
            ),
        ] {
            let v = TextView::new(text, &|_| false);
            let mut hits = Vec::new();
            g.find(&v, Lang::En, &mut hits);
            let got: Vec<_> = hits.iter().map(|h| &v.original[h.start..h.end]).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
