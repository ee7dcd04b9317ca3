//! From mentions to entities: back-reference propagation (a surname seen
//! alone after the full name) and merging by gazetteer key, identical text,
//! acronym definition and person-name parts.

use crate::cues::{self, FxHashMap, FxHashSet};
use crate::gazetteer::{lex, Gazetteer};
use crate::model::{Entity, Label, Mention, SharedStr};
use crate::resolve::{Cand, Src};
use crate::rules::Ctx;
use crate::text::{fold, TextView};

/// Rule id of name-part back-references.
pub const NAME_PART_RULE: &str = "per/name-part";
/// Rule id of company names repeated without their legal form.
pub const SHORT_FORM_RULE: &str = "org/short-form";
/// The shape-only person rule (see `propagate`).
const CAPITALIZED_RUN_RULE: &str = "per/capitalized-run";

/// New ORG candidates for a company name repeated without its legal form
/// ("Douglas & Brackwood" after "Douglas & Brackwood Co", "Kelderman Baja" after
/// "PT Kelderman Baja Tbk"). The short form comes from rule-found
/// organizations (gazetteer entries carry their own aliases); a one-word
/// short form must be an uncommon word of four letters or more that no list
/// labels otherwise. An occurrence must stand alone: no capitalized word
/// right before it (a title or a common sentence-initial word may be) or
/// after it in its sentence, and no organization covering it already.
pub(crate) fn short_forms(c: &Ctx<'_, '_>, accepted: &[Cand]) -> Vec<Cand> {
    use crate::rules::builtin::LEGAL_FORMS;
    let n = c.n();
    let mut org_cov = vec![false; n];
    let mut cores: Vec<(usize, usize)> = Vec::new();
    for a in accepted.iter().filter(|a| a.label == Label::Org) {
        let (mut s, mut e) = (a.tok_start, a.tok_end.min(n));
        for cv in &mut org_cov[s..e] {
            *cv = true;
        }
        if matches!(a.src, Src::Gaz(_)) {
            continue;
        }
        let words: Vec<&str> = (s..e).map(|k| c.tok(k)).collect();
        let Some(core) = company_core_words(&words) else {
            continue;
        };
        (s, e) = (s + core.start, s + core.end);
        let (first, last) = (c.shape(s), c.shape(e - 1));
        if !(first.cap && first.alpha && last.cap && last.alpha) {
            continue;
        }
        if e - s == 1
            && (matches!(c.tok_label[s], Some(l) if l != Label::Org)
                || c.is_common(s)
                || c.tok(s).chars().count() < 4)
        {
            continue;
        }
        let words = |(s, e): (usize, usize)| (s..e).map(|k| c.tok(k)).collect::<Vec<_>>();
        if !cores.iter().any(|&r| words(r) == words((s, e))) {
            cores.push((s, e));
        }
    }
    let mut out = Vec::new();
    let standalone = |k: usize| {
        let sh = c.shape(k);
        !(sh.cap && sh.alpha) || LEGAL_FORMS.contains(&c.tok(k))
    };
    for &(s, e) in &cores {
        let len = e - s;
        for i in 0..n.saturating_sub(len - 1) {
            let end = i + len;
            if c.sent_end[i] < end
                || org_cov[i..end].iter().any(|&x| x)
                || !(0..len).all(|j| c.tok(i + j) == c.tok(s + j))
                || (i > c.sent_start[i]
                    && !c.at_sentence_start(i)
                    && !standalone(i - 1)
                    && c.tok_label[i - 1] != Some(Label::Title)
                    && !(c.at_sentence_start(i - 1) && c.is_common(i - 1)))
                || (end < c.sent_end[i] && !standalone(end))
            {
                continue;
            }
            out.push(Cand {
                start: c.view.tokens[i].ostart,
                end: c.view.tokens[end - 1].oend,
                tok_start: i,
                tok_end: end,
                label: Label::Org,
                src: Src::Rule(SHORT_FORM_RULE),
                prio: 30,
                conf: 0.7,
                date: None,
            });
        }
    }
    out
}

/// New PERSON candidates for capitalized tokens that repeat a word of a
/// multi-word person name found elsewhere in the document ("Stoltenberg"
/// after "Jens Stoltenberg", "Chun" after "Chun Chae-sung"). Only tokens no
/// accepted mention covers are considered.
pub(crate) fn propagate(c: &Ctx<'_, '_>, accepted: &[Cand], gaz: &Gazetteer) -> Vec<Cand> {
    let n = c.n();
    let mut covered = vec![false; n];
    let mut parts: FxHashSet<&str> = Default::default();
    // Surnames of shape-only names, lent unless written in lower case too.
    let mut weak_parts: Vec<&str> = Vec::new();
    // Adjacent words of those names ("Marla", "Stone"): repeated together
    // where no rule read the pair ("Marla Stone of Harbour Party" opening a
    // caption), they are one mention, not two.
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for a in accepted {
        for cv in covered.iter_mut().take(a.tok_end.min(n)).skip(a.tok_start) {
            *cv = true;
        }
        if a.label == Label::Person && a.tok_end > a.tok_start + 1 {
            // A name read from its shape alone ("Zinc Deficiency
            // Syndrome" can be one) lends only its last word, the surname
            // a later reference repeats, and not when the document also
            // writes it in lower case ("Kelder Daguerreotypes" ... "daguerreotypes").
            let weak = matches!(a.src, Src::Rule(id) if id == CAPITALIZED_RUN_RULE);
            let last = a.tok_end.min(n).saturating_sub(1);
            if !weak {
                for i in a.tok_start..last {
                    pairs.push((c.tok(i), c.tok(i + 1)));
                }
            }
            for i in a.tok_start..a.tok_end.min(n) {
                let sh = c.shape(i);
                // A listed surname (not one marked ambiguous with an
                // everyday word) is lent too: the family name comes first
                // in Chinese and Korean names ("Zhao" after "Zhao Minghui").
                let surname = c.lexf[i] & lex::SURNAME != 0 && c.is_name_word(i);
                if weak && i != last && !surname {
                    continue;
                }
                // Not a word in capitals: initials or a regnal number
                // ("Kelderic VIII").
                if sh.alpha
                    && sh.cap
                    && !sh.all_caps
                    && c.tok(i).len() >= 2
                    && !c.is_in(i, &cues::NAME_PARTICLES)
                {
                    if weak {
                        weak_parts.push(c.tok(i));
                    } else {
                        parts.insert(c.tok(i));
                    }
                }
            }
        }
    }
    if !weak_parts.is_empty() {
        let mut lowered = vec![false; weak_parts.len()];
        // Lengths of the weak parts (a bit each, long ones share the top
        // bit): most lower-case words have none of them.
        let len_bit = |l: usize| 1u64 << l.min(63);
        let lens = weak_parts.iter().fold(0, |m, w| m | len_bit(w.len()));
        for (i, t) in c.view.tokens.iter().enumerate() {
            let sh = t.shape;
            if sh.alpha && !sh.cap && lens & len_bit(t.end - t.start) != 0 {
                let t = c.tok(i);
                for (w, l) in weak_parts.iter().zip(lowered.iter_mut()) {
                    *l |= *w == t;
                }
            }
        }
        parts.extend(
            weak_parts
                .iter()
                .zip(&lowered)
                .filter(|(_, &l)| !l)
                .map(|(w, _)| *w),
        );
    }
    let mut out = Vec::new();
    if parts.is_empty() {
        return out;
    }
    // A one-word city, state or country that repeats part of a person's
    // name ("Clinton" after "Rudy Clinton", "Holland" after "Marla
    // Holland") is that person, unless a locative cue precedes it ("di
    // Clinton", "in Clinton").
    for a in accepted {
        let Src::Gaz(e) = a.src else { continue };
        if a.label != Label::Place
            || a.tok_end != a.tok_start + 1
            || !parts.contains(c.tok(a.tok_start))
        {
            continue;
        }
        let key = &gaz.entries()[e as usize].key;
        if !(key.starts_with("gn:") || key.starts_with("a1:") || key.starts_with("c:")) {
            continue;
        }
        let cue = a.tok_start > 0
            && matches!(
                c.tok(a.tok_start - 1),
                "di" | "ke" | "dari" | "in" | "at" | "from" | "to" | "near" | "kota"
            );
        if !cue {
            out.push(Cand {
                start: a.start,
                end: a.end,
                tok_start: a.tok_start,
                tok_end: a.tok_end,
                label: Label::Person,
                src: Src::Rule(NAME_PART_RULE),
                prio: 70,
                conf: 0.65,
                date: None,
            });
        }
    }
    // Only capitalized tokens are candidates.
    for &i in &c.caps {
        if covered[i] {
            continue;
        }
        let whole = parts.contains(c.tok(i));
        // In capitals only the whole word of a headline ("KELDERMAN MAKES PRO
        // DEBUT" after "Rudy Kelderman"), three letters or more.
        if c.shape(i).all_caps && !(whole && c.tok(i).len() >= 3) {
            continue;
        }
        // A short form that cuts a name word ("Kelder" for "Kelderman",
        // "Wira" for "Wiratmaja"): four letters or more, at least two fewer
        // than the word, and no common word.
        let clipped = !whole && {
            let t = c.tok(i);
            c.shape(i).alpha && !c.is_common(i) && {
                let len = t.chars().count();
                // (A part two characters longer has at least two more
                // bytes and the same first byte.)
                len >= 4
                    && parts.iter().any(|p| {
                        p.len() >= t.len() + 2
                            && p.as_bytes()[0] == t.as_bytes()[0]
                            && p.starts_with(t)
                            && p.chars().count() >= len + 2
                    })
            }
        };
        if !(whole || clipped) {
            continue;
        }
        if c.never_name(i) || (c.is_common(i) && c.at_sentence_start(i)) {
            continue;
        }
        let t = &c.view.tokens[i];
        if let Some(prev) = out.last_mut().filter(|p| {
            whole
                && p.prio == 30
                && p.tok_end == i
                && c.sent_start[p.tok_start] == c.sent_start[i]
                && pairs.contains(&(c.tok(i - 1), c.tok(i)))
        }) {
            prev.end = t.oend;
            prev.tok_end = i + 1;
            continue;
        }
        out.push(Cand {
            start: t.ostart,
            end: t.oend,
            tok_start: i,
            tok_end: i + 1,
            label: Label::Person,
            src: Src::Rule(NAME_PART_RULE),
            prio: 30,
            conf: 0.7,
            date: None,
        });
    }
    out
}

fn hash_str(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::cues::FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

struct Dsu(Vec<usize>);
impl Dsu {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let nx = self.0[y];
            self.0[y] = r;
            y = nx;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The earlier mention is the root, so ids follow first mention.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// The folded name of a company without its legal form ("semen tonasa" for
/// "pt semen tonasa tbk"), when it has one.
fn company_core(folded: &str) -> Option<&str> {
    use crate::rules::builtin::LEGAL_FORMS;
    // Most names neither start with "pt"/"cv" nor end in a legal form or
    // punctuation: then `company_core_words` removes nothing.
    let mut all = folded.split_whitespace();
    let first = all.next()?;
    let last = all.next_back().unwrap_or(first);
    let last = bare_word(last);
    if !matches!(bare_word(first), "pt" | "cv") && !last.is_empty() && !LEGAL_FORMS.contains(&last)
    {
        return None;
    }
    let words: Vec<(usize, &str)> = folded
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - folded.as_ptr() as usize, w))
        .collect();
    let plain: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
    let r = company_core_words(&plain)?;
    let (first, last) = (words[r.start], words[r.end - 1]);
    let core = &folded[first.0..last.0 + last.1.len()];
    Some(core.trim_end_matches([',', '.']))
}

/// The words of a company name without its prefix ("PT", "CV") and its
/// trailing legal forms and punctuation ("Tbk", "(Persero)", "Ltd.", ","):
/// the index range of the core, `None` when nothing was removed or
/// nothing is left. Words may carry punctuation ("(persero)") or be
/// punctuation tokens.
fn company_core_words(words: &[&str]) -> Option<std::ops::Range<usize>> {
    use crate::rules::builtin::LEGAL_FORMS;
    let bare = bare_word;
    let (mut s, mut e) = (0, words.len());
    while s < e && matches!(bare(words[s]), "pt" | "cv") {
        s += 1;
    }
    while e > s && (bare(words[e - 1]).is_empty() || LEGAL_FORMS.contains(&bare(words[e - 1]))) {
        e -= 1;
    }
    if s >= e || (s == 0 && e == words.len()) {
        return None;
    }
    Some(s..e)
}

/// The folded text of the original span `s..e` as a slice of the folded
/// view, when the text is ASCII (`ascii`): its folding is byte for byte
/// (see `TextView::new`), so this is `fold(&view.original[s..e])`. Other
/// texts fold their mentions again.
fn folded_span<'v>(view: &'v TextView<'_>, ascii: bool, s: usize, e: usize) -> Option<&'v str> {
    let f = if ascii { view.folded.get(s..e) } else { None };
    debug_assert!(f.is_none_or(|f| Some(f.to_string()) == view.original.get(s..e).map(fold)));
    f
}

/// A word of a company name without the brackets and punctuation around
/// it ("(persero)", "ltd.").
fn bare_word(w: &str) -> &str {
    w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.'))
}

/// The word hashes of `s` (folded; words keep inner hyphens and
/// apostrophes) appended to `out`: of `folded`, its folded text, when
/// given, else folding through the reusable `buf`.
fn words_into(s: &str, folded: Option<&str>, buf: &mut String, out: &mut Vec<u64>) {
    let folded = match folded {
        Some(f) => f,
        None => {
            buf.clear();
            crate::text::fold_into(s, buf);
            buf
        }
    };
    out.extend(
        folded
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .filter(|w| !w.is_empty())
            .map(hash_str),
    );
}

/// Graph node ids `n1`, `n2`, … `n{count}`, sliced from one shared
/// buffer ("n1n2n3…") instead of one allocation each.
fn node_ids(count: usize) -> Vec<SharedStr> {
    let mut buf = String::with_capacity(count * 6);
    let mut ends = Vec::with_capacity(count);
    let mut digits = [0u8; 20];
    for k in 1..=count {
        // The decimal digits of k, last first.
        let (mut v, mut d) = (k, digits.len());
        loop {
            d -= 1;
            digits[d] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        buf.push('n');
        buf.extend(digits[d..].iter().map(|&c| c as char));
        ends.push(buf.len());
    }
    let shared = SharedStr::from(buf);
    let mut start = 0;
    ends.into_iter()
        .map(|end| {
            let id = shared.slice(start, end).unwrap_or_else(|| shared.clone());
            start = end;
            id
        })
        .collect()
}

/// Merge mentions into entities and set each mention's `entity`.
///
/// A mention's folded text is read off the folded view (`view.folded`),
/// not folded again (see [`folded_span`]).
pub(crate) fn merge(mentions: &mut [Mention], cands: &[Cand], view: &TextView<'_>) -> Vec<Entity> {
    let text = view.original;
    // An ASCII text is folded byte for byte (see `TextView::new`).
    let ascii = text.is_ascii();
    let folded = |m: &Mention| folded_span(view, ascii, m.span.start, m.span.end);
    let n = mentions.len();
    let mut dsu = Dsu((0..n).collect());
    // Keys: gazetteer key, else label + folded text (dates: value); kept as
    // 64-bit hashes of the key strings (collisions are astronomically
    // unlikely and would only merge two mentions).
    let mut first: FxHashMap<u64, usize> = FxHashMap::default();
    first.reserve(2 * n);
    let mut buf = String::new();
    let mut kbuf = String::new();
    let mut join = |key: u64, i: usize, dsu: &mut Dsu| match first.get(&key) {
        Some(&j) => dsu.union(i, j),
        None => {
            first.insert(key, i);
        }
    };
    for (i, m) in mentions.iter().enumerate() {
        let by_text = |buf: &mut String| {
            buf.clear();
            buf.push_str(m.label.as_str());
            buf.push('\t');
            match folded(m) {
                Some(t) => buf.push_str(t),
                None => crate::text::fold_into(&m.text, buf),
            }
            hash_str(buf)
        };
        match (&cands[i].src, &m.value) {
            (_, Some(v)) if m.label == Label::Date => {
                kbuf.clear();
                kbuf.push_str("DATE\t");
                kbuf.push_str(v);
                join(hash_str(&kbuf), i, &mut dsu)
            }
            (Src::Gaz(_), _) => {
                join(hash_str(&m.source), i, &mut dsu);
                // Also by text, so a rule mention of the same words joins it.
                join(by_text(&mut buf), i, &mut dsu);
            }
            _ => join(by_text(&mut buf), i, &mut dsu),
        }
        // A company with its legal form also joins its bare name ("PT
        // Kelderman Baja Tbk" and "Kelderman Baja").
        if m.label == Label::Org {
            let folded = &buf[m.label.as_str().len() + 1..];
            if let Some(core) = company_core(folded) {
                kbuf.clear();
                kbuf.push_str(m.label.as_str());
                kbuf.push('\t');
                kbuf.push_str(core);
                join(hash_str(&kbuf), i, &mut dsu);
            }
        }
    }
    // Acronym definitions: "Kepala Staf Gabungan (JCS)", "…, atau ITPP".
    for i in 0..n.saturating_sub(1) {
        let (a, b) = (&mentions[i], &mentions[i + 1]);
        if a.label == Label::Date || b.label == Label::Date {
            continue;
        }
        let acr = b.text.as_str();
        let is_acr = (2..=8).contains(&acr.len())
            && acr
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if !is_acr || a.text.len() <= acr.len() {
            continue;
        }
        if b.span.start < a.span.end || b.span.start - a.span.end > 8 {
            continue;
        }
        let gap = text.get(a.span.end..b.span.start).unwrap_or("").trim();
        // The expansion is a name of several words ("Kepala Staf Gabungan
        // (JCS)"), not the last word of one ("... in Europe (OSCE)"); an
        // acronym the gazetteer knows keeps its own label.
        let expansion = a.text.split_whitespace().count() >= 2;
        let known_other = matches!(cands[i + 1].src, Src::Gaz(_)) && b.label != a.label;
        if expansion
            && !known_other
            && a.label != Label::Person
            && matches!(gap, "(" | ", atau" | ", or" | "atau" | "or" | ", alias")
        {
            dsu.union(i, i + 1);
            // The acronym takes the label of its expansion everywhere.
            let lab = a.label;
            let acr = acr.to_string();
            for (j, m) in mentions.iter_mut().enumerate().skip(i + 1) {
                if m.text == acr && m.label != Label::Date {
                    m.label = lab;
                    dsu.union(i, j);
                }
            }
        }
    }
    // Person name parts: "Stoltenberg" → "Jens Stoltenberg" when exactly
    // one multi-word person entity contains all its words.
    // Word hashes of every person mention, in one flat buffer.
    // (Sized for every mention, so that neither grows while filled.)
    let mut flat: Vec<u64> = Vec::with_capacity(4 * n);
    let mut person_words: Vec<(usize, std::ops::Range<usize>)> = Vec::with_capacity(n);
    person_words.extend(
        (0..n)
            .filter(|&i| mentions[i].label == Label::Person)
            .map(|i| {
                let s = flat.len();
                let m = &mentions[i];
                words_into(&m.text, folded(m), &mut buf, &mut flat);
                (i, s..flat.len())
            }),
    );
    let full: Vec<(usize, &[u64])> = person_words
        .iter()
        .filter(|(_, r)| r.len() >= 2)
        .map(|(j, r)| (*j, &flat[r.clone()]))
        .collect();
    let mut roots: Vec<usize> = Vec::new();
    let mut full_folded: Option<Vec<String>> = None;
    for (i, r) in &person_words {
        let (i, w) = (*i, &flat[r.clone()]);
        if w.len() != 1 {
            continue;
        }
        roots.clear();
        roots.extend(
            full.iter()
                .filter(|(j, fw)| *j != i && w.iter().all(|x| fw.contains(x)))
                .map(|(j, _)| *j),
        );
        if roots.is_empty() && matches!(cands[i].src, Src::Rule(NAME_PART_RULE)) {
            // A clipped name word ("Kelder" → "Rudy Kelderman").
            let short = fold(&mentions[i].text);
            // The full names folded, once (the texts do not change here).
            let folded_full = full_folded.get_or_insert_with(|| {
                full.iter().map(|(j, _)| fold(&mentions[*j].text)).collect()
            });
            roots.extend(
                full.iter()
                    .zip(folded_full.iter())
                    .filter(|(_, f)| {
                        f.split_whitespace()
                            .any(|fw| fw.len() > short.len() && fw.starts_with(short.as_str()))
                    })
                    .map(|((j, _), _)| *j),
            );
        }
        roots.iter_mut().for_each(|r| *r = dsu.find(*r));
        roots.sort_unstable();
        roots.dedup();
        if roots.len() == 1 {
            dsu.union(i, roots[0]);
        }
    }
    // Build entities in order of first mention.
    let mut root_to_ent = vec![usize::MAX; n];
    let mut ents: Vec<Entity> = Vec::new();
    let mut named: Vec<bool> = Vec::new();
    let empty = SharedStr::from("");
    for i in 0..n {
        let r = dsu.find(i);
        if root_to_ent[r] == usize::MAX {
            ents.push(Entity {
                id: empty.clone(),
                label: mentions[i].label,
                name: empty.clone(),
                key: None,
                aliases: Vec::new(),
                mentions: Vec::new(),
            });
            named.push(false);
            root_to_ent[r] = ents.len() - 1;
        }
        let e = root_to_ent[r];
        mentions[i].entity = e;
        let ent = &mut ents[e];
        ent.mentions.push(i);
        if !ent.aliases.contains(&mentions[i].text) {
            ent.aliases.push(mentions[i].text.clone());
        }
        if ent.key.is_none() {
            if let Src::Gaz(_) = cands[i].src {
                ent.key = Some(mentions[i].source.clone());
                if let Some(v) = &mentions[i].value {
                    ent.name = v.clone();
                    named[e] = true;
                }
            }
        }
    }
    let ids = node_ids(ents.len());
    for (ent, id) in ents.iter_mut().zip(ids) {
        ent.id = id;
    }
    for (ent, _) in ents.iter_mut().zip(named).filter(|(_, named)| !named) {
        // The longest surface form; dates, titles and ranks use their
        // normalized value.
        let best = ent
            .mentions
            .iter()
            .max_by_key(|&&i| (mentions[i].text.chars().count(), std::cmp::Reverse(i)))
            .copied();
        if let Some(b) = best {
            let m = &mentions[b];
            ent.name = match &m.value {
                Some(v) if matches!(ent.label, Label::Date | Label::Title | Label::Rank) => {
                    v.clone()
                }
                _ => m.text.clone(),
            };
        }
    }
    ents
}
