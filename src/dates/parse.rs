//! Finding date expressions: one Aho-Corasick pass for date words plus a
//! digit scan give trigger positions; around each trigger a small window is
//! tokenized and a hand-written left-to-right grammar is tried from a few
//! tokens before the trigger (only from those that can begin an expression:
//! a date word, a number or one of the grammar's own words). The window
//! buffers are reused from trigger to trigger.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::lexicon::{DirPos, Entry, Label, Lexicon, Unit};
use super::value::{resolve, Expr, Lean, Tod};
use super::{CivilDate, DateMatch, DocDate, DocDateSource, Modifier};
use crate::gazetteer::tsv::CasePolicy;
use crate::lang::Lang;
use crate::span::Span;

#[derive(Debug)]
pub(crate) struct Tagger {
    lx: Lexicon,
    ac: Option<AhoCorasick>,
    /// The trigger words are the embedded [`TRIGGER_WORDS`].
    embedded_triggers: bool,
    /// Trigger words that are only the first word of phrases ("saat" of
    /// "saat ini"): the allowed next words.
    phrase_only: super::lexicon::FastMap<String, Vec<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum K {
    Word,
    Num(u32, u8),
    P(char),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    s: usize,
    e: usize,
    k: K,
    /// Whitespace before this token.
    sp: bool,
}

/// A parse: expression, time of day, modifier, form name, confidence.
#[derive(Clone, Debug)]
struct P {
    e: Expr,
    tod: Option<Tod>,
    m: Option<Modifier>,
    form: &'static str,
    conf: f32,
}

impl P {
    fn new(e: Expr, form: &'static str, conf: f32) -> P {
        P {
            e,
            tod: None,
            m: None,
            form,
            conf,
        }
    }
}

type R = Option<(usize, P)>;

fn longer(a: R, b: R) -> R {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.0 > x.0 { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

const TRIGGER_LABELS: &[Label] = &[
    Label::Month,
    Label::Weekday,
    Label::HijriMonth,
    Label::RelDay,
    Label::Unit,
    Label::Modifier,
    Label::PresentRef,
    Label::PastRef,
    Label::FutureRef,
    Label::ClockCue,
    Label::PartOfDay,
];

/// The trigger words of `lx` (the first words of its date phrases, in
/// lower case, sorted) and the phrase-only first words with their allowed
/// next words.
fn triggers(lx: &Lexicon) -> (Vec<String>, super::lexicon::FastMap<String, Vec<String>>) {
    let mut pats: Vec<String> = Vec::new();
    let mut phrase_only: super::lexicon::FastMap<String, Vec<String>> = Default::default();
    for (k, es) in &lx.map {
        if !es.iter().any(|e| TRIGGER_LABELS.contains(&e.label)) {
            continue;
        }
        let mut ws = k.split(' ');
        if let (Some(a), Some(b)) = (ws.next(), ws.next()) {
            phrase_only
                .entry(a.to_string())
                .or_default()
                .push(b.to_string());
        }
    }
    phrase_only.retain(|k, _| !lx.map.contains_key(k) && k != "tanggal" && k != "tgl");
    // Parts of day start a mention only as "pagi ini" / "sore hari ini";
    // after a day they are reached from the day's own trigger.
    for (k, es) in &lx.map {
        if !k.contains(' ') && es.iter().all(|e| e.label == Label::PartOfDay) {
            phrase_only.insert(k.clone(), vec!["ini".into(), "hari".into()]);
        }
    }
    for (k, es) in &lx.map {
        if !es.iter().any(|e| TRIGGER_LABELS.contains(&e.label)) {
            continue;
        }
        let first = k.split(' ').next().unwrap_or("");
        if first.is_empty() || !first.is_ascii() {
            continue;
        }
        // Cues that are only meaningful after another trigger.
        if matches!(
            first,
            "at" | "the" | "a" | "an" | "se" | "mid" | "end" | "start"
        ) {
            continue;
        }
        // Multi-word aliases trigger on their first word.
        pats.push(first.to_string());
    }
    // "Q1 2023" and the "tanggal" prefix.
    pats.push("tanggal".into());
    for w in ["sehari", "sepekan", "seminggu", "sebulan", "setahun"] {
        pats.push(w.into());
    }
    pats.push("tgl".into());
    pats.sort();
    pats.dedup();
    (pats, phrase_only)
}

/// The trigger words of the embedded lexicon: the entity pipeline marks
/// them in its per-token word lookup ([`crate::cues`]) and hands the date
/// stage their spans instead of scanning the text again.
pub(crate) static TRIGGER_WORDS: once_cell::sync::Lazy<Vec<String>> =
    once_cell::sync::Lazy::new(|| triggers(&Lexicon::load_or_empty()).0);

/// Can a whole-word occurrence of `w` be read off the entity pipeline's
/// tokens? Lower-case ASCII letters, with inner '-' or '\'' only: such a
/// word is a token of its own or lies inside a token with inner joiners
/// (see `extractor::date_triggers`).
fn token_readable(w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_lowercase)
        && b.last().is_some_and(u8::is_ascii_lowercase)
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c == b'-' || c == b'\'')
}

impl Tagger {
    pub(crate) fn new(lx: Lexicon) -> Tagger {
        let (pats, phrase_only) = triggers(&lx);
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&pats)
            .ok();
        let embedded_triggers =
            ac.is_some() && pats == *TRIGGER_WORDS && pats.iter().all(|w| token_readable(w));
        Tagger {
            lx,
            ac,
            phrase_only,
            embedded_triggers,
        }
    }

    /// Are this tagger's trigger words [`TRIGGER_WORDS`] (so that the
    /// spans of their occurrences may be handed to [`Tagger::find_at`])?
    pub(crate) fn has_embedded_triggers(&self) -> bool {
        self.embedded_triggers
    }

    /// The trigger words the scan's own automaton accepts in `text`.
    #[cfg(test)]
    pub(crate) fn scan_triggers(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        self.triggers_within(text, 0, text.len(), &mut out);
        out
    }

    /// The trigger words in `text[s..e]` as the scan finds them: `s..e`
    /// must begin and end at a word boundary (a token with inner joiners
    /// such as "Senin-Selasa" or "Jum'at"); the word-boundary test reads the
    /// whole text.
    pub(crate) fn triggers_within(
        &self,
        text: &str,
        s: usize,
        e: usize,
        out: &mut Vec<(usize, usize)>,
    ) {
        let Some(ac) = &self.ac else {
            return;
        };
        let Some(part) = text.get(s..e) else {
            return;
        };
        let bytes = text.as_bytes();
        for m in ac.find_iter(part) {
            let (ms, me) = (s + m.start(), s + m.end());
            if word_bounded(bytes, ms, me) {
                out.push((ms, me));
            }
        }
    }

    /// A short number followed by a word ("10 persen", "5 orang") starts a
    /// date only next to a date word: the word after it ("5 hari", "10
    /// Januari", "7 pm") or the word before it ("pukul 10", "tanggal 5",
    /// "Senin 3"). Other numbers are not parsed at all.
    fn number_word_plausible(&self, text: &str, s: usize, e: usize) -> bool {
        let b = text.as_bytes();
        // Years and quarters ("Q2") are decided by `digit_plausible`.
        if e - s >= 4 || (s > 0 && b[s - 1].is_ascii_alphabetic()) {
            return true;
        }
        let mut i = e;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        if i >= b.len() || !b[i].is_ascii_alphabetic() {
            // Punctuation and non-ASCII letters: digit_plausible decides.
            return true;
        }
        // `w`: ASCII letters, at most 16 (lower-cased on the stack).
        let known = |w: &str| {
            let mut buf = [0u8; 16];
            let buf = &mut buf[..w.len()];
            buf.copy_from_slice(w.as_bytes());
            buf.make_ascii_lowercase();
            let w = std::str::from_utf8(buf).unwrap_or_default();
            self.lx.map.contains_key(w) || self.lx.phrase_first.contains(w)
        };
        let mut j = i;
        while j < b.len() && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        if j - i <= 16 && known(&text[i..j]) {
            return true;
        }
        let mut k = s;
        while k > 0 && b[k - 1] == b' ' {
            k -= 1;
        }
        let mut h = k;
        while h > 0 && b[h - 1].is_ascii_alphabetic() {
            h -= 1;
        }
        h < k && k - h <= 16 && known(&text[h..k])
    }

    /// For phrase-only trigger words, is the next word a possible continuation?
    fn phrase_possible(&self, text: &str, s: usize, e: usize) -> bool {
        let mut buf = [0u8; 32];
        let Some(nexts) = self
            .phrase_only
            .get(lower(&text[s..e], false, &mut buf).as_ref())
        else {
            return true;
        };
        let rest = text[e..].trim_start();
        // An ASCII next word is compared without building it.
        let r = rest.as_bytes();
        let n = r
            .iter()
            .take(24)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if n == 24 || r.get(n).is_none_or(|b| b.is_ascii()) {
            let w = &r[..n];
            return nexts.iter().any(|x| {
                x.len() == n && x.bytes().zip(w).all(|(a, b)| a == b.to_ascii_lowercase())
            });
        }
        let w: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic())
            .take(24)
            .collect::<String>()
            .to_lowercase();
        nexts.contains(&w)
    }

    pub(crate) fn find(&self, text: &str, lang: Lang, anchor: Option<CivilDate>) -> Vec<DateMatch> {
        self.finalize(text, lang, anchor, &self.scan(text, lang, None))
    }

    /// [`Tagger::find`] (with `anchor`) or [`Tagger::find_with_document_date`]
    /// (without). `words`, when given, are the spans of the trigger words
    /// in `text`, in order: exactly the word matches the scan's own
    /// automaton would report (the entity pipeline reads them off its
    /// tokens; only for a tagger whose [`Tagger::has_embedded_triggers`]).
    pub(crate) fn find_at(
        &self,
        text: &str,
        lang: Lang,
        anchor: Option<CivilDate>,
        words: Option<&[(usize, usize)]>,
    ) -> (Option<DocDate>, Vec<DateMatch>) {
        let raw = self.scan(text, lang, words);
        match anchor {
            Some(a) => (None, self.finalize(text, lang, Some(a), &raw)),
            None => self.with_document_date(text, lang, &raw),
        }
    }

    /// The unanchored document date and the matches resolved against it:
    /// one scan, resolved a second time only when some expression needs
    /// the anchor (the parse does not depend on it).
    pub(crate) fn find_with_document_date(
        &self,
        text: &str,
        lang: Lang,
    ) -> (Option<DocDate>, Vec<DateMatch>) {
        let raw = self.scan(text, lang, None);
        self.with_document_date(text, lang, &raw)
    }

    fn with_document_date(
        &self,
        text: &str,
        lang: Lang,
        raw: &[(Span, P)],
    ) -> (Option<DocDate>, Vec<DateMatch>) {
        let unanchored = self.finalize(text, lang, None, raw);
        let doc = Self::document_date_from(text, &unanchored);
        match doc {
            Some(d) if unanchored.iter().any(|m| !m.value.resolved) => {
                (Some(d), self.finalize(text, lang, Some(d.date), raw))
            }
            _ => (doc, unanchored),
        }
    }

    /// Parse every trigger: spans and expressions, not yet resolved.
    /// `given`: the trigger words' spans, when the caller has found them.
    fn scan(&self, text: &str, lang: Lang, given: Option<&[(usize, usize)]>) -> Vec<(Span, P)> {
        let mut raw: Vec<(Span, P)> = Vec::new();
        // One set of window buffers for all triggers of the text, sized for
        // a typical window (about twenty tokens, 110 bytes).
        let mut bufs = WinBufs::with_capacity(32, 160);
        let bytes = text.as_bytes();
        let mut last_end = 0usize;
        let mut words = match given {
            Some(_) => None,
            None => self.ac.as_ref().map(|ac| ac.find_iter(text)),
        };
        let mut given = given.unwrap_or_default().iter();
        let mut next_word = || -> Option<(usize, usize)> {
            let Some(it) = words.as_mut() else {
                return given.next().copied();
            };
            for m in it.by_ref() {
                let (s, e) = (m.start(), m.end());
                if word_bounded(bytes, s, e) {
                    return Some((s, e));
                }
            }
            None
        };
        let mut dpos = 0usize;
        let mut next_digit = |from: usize| -> Option<(usize, usize)> {
            let mut i = first_digit(bytes, dpos.max(from));
            while i < bytes.len() {
                let s = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                dpos = i;
                if digit_plausible(bytes, s, i) && self.number_word_plausible(text, s, i) {
                    return Some((s, i));
                }
                i = first_digit(bytes, i);
            }
            dpos = i;
            None
        };
        let mut w = next_word();
        let mut d = next_digit(0);
        loop {
            let (s, e) = match (w, d) {
                (None, None) => break,
                (Some(a), None) => {
                    w = next_word();
                    if !self.phrase_possible(text, a.0, a.1) {
                        continue;
                    }
                    a
                }
                (None, Some(b)) => {
                    d = next_digit(0);
                    b
                }
                (Some(a), Some(b)) => {
                    if a.0 <= b.0 {
                        w = next_word();
                        if !self.phrase_possible(text, a.0, a.1) {
                            continue;
                        }
                        a
                    } else {
                        d = next_digit(0);
                        b
                    }
                }
            };
            if s < last_end {
                continue;
            }
            if let Some((sp, p)) = self.parse_trigger(text, lang, s, e, last_end, &mut bufs) {
                last_end = sp.end;
                raw.push((sp, p));
            }
        }
        raw
    }

    fn finalize(
        &self,
        text: &str,
        lang: Lang,
        anchor: Option<CivilDate>,
        raw: &[(Span, P)],
    ) -> Vec<DateMatch> {
        let mut out = Vec::with_capacity(raw.len());
        let mut reference: Option<CivilDate> = None;
        for (span, p) in raw {
            let (span, mut p) = (*span, p.clone());
            if let Some(l) = p.e.lean_mut() {
                if l.is_past_default() && self.future_cue(text, lang, span.start) {
                    *l = Lean::Future;
                }
            }
            if let Expr::Range(a, b) = &mut p.e {
                let fut = self.future_cue(text, lang, span.start);
                for x in [a, b] {
                    if let Some(l) = x.lean_mut() {
                        if fut && l.is_past_default() {
                            *l = Lean::Future;
                        }
                    }
                }
            }
            let Some(r) = resolve(&p.e, p.tod, p.m, anchor, reference) else {
                continue;
            };
            if !super::is_valid_value(&r.value.value, r.value.granularity) {
                continue;
            }
            if let Some(dd) = r.day {
                reference = Some(dd);
            }
            out.push(DateMatch {
                span,
                rule: rule_id(lang, p.form),
                value: r.value,
                confidence: p.conf,
            });
        }
        out
    }

    /// A FUTURE_CUE word between the clause start and `pos`.
    fn future_cue(&self, text: &str, lang: Lang, pos: usize) -> bool {
        let b = text.as_bytes();
        let mut s = pos;
        let lim = pos.saturating_sub(160);
        while s > lim {
            let c = b[s - 1];
            if matches!(
                c,
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\n' | b'(' | b')'
            ) {
                break;
            }
            s -= 1;
        }
        while s < pos && !text.is_char_boundary(s) {
            s += 1;
        }
        let mut buf = [0u8; 32];
        for wd in text[s..pos].split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
            if wd.is_empty() || wd.len() > 14 {
                continue;
            }
            let l = lower(wd, true, &mut buf);
            if let Some(es) = self.lx.map.get(l.as_ref()) {
                if es
                    .iter()
                    .any(|e| e.label == Label::FutureCue && e.lang.is_none_or(|x| x == lang))
                {
                    return true;
                }
            }
        }
        false
    }

    fn parse_trigger<'a>(
        &'a self,
        text: &'a str,
        lang: Lang,
        s: usize,
        e: usize,
        last_end: usize,
        bufs: &mut WinBufs<'a>,
    ) -> Option<(Span, P)> {
        // Window: a few words back, ~160 bytes forward.
        let mut ws = s.saturating_sub(36).max(last_end);
        while !text.is_char_boundary(ws) {
            ws += 1;
        }
        let b = text.as_bytes();
        // Do not start inside a token.
        if ws > last_end && ws < s {
            while ws < s && is_wordish(b[ws - 1]) {
                ws += 1;
            }
        }
        let mut we = (e + 72).min(text.len());
        while we < text.len()
            && (!text.is_char_boundary(we) || is_wordish(b[we - 1]) && is_wordish(b[we]))
        {
            we += 1;
        }
        tokenize(text, ws, we, &mut bufs.toks);
        let t = bufs.toks.iter().position(|tk| tk.s == s)?;
        let win = Win::new(text, std::mem::take(bufs), &self.lx, lang);
        let from = t.saturating_sub(4);
        let mut found = None;
        for st in from..=t {
            // A parse begins at a date word, a number or one of the grammar's
            // own words; other tokens before the trigger cannot start one.
            if st < t && !win.may_start(st) {
                continue;
            }
            if let Some((j, p)) = win.top(st) {
                if j > t {
                    let span = Span::new(win.toks[st].s, win.toks[j - 1].e);
                    found = Some((span, p));
                    break;
                }
            }
        }
        *bufs = win.into_bufs();
        found
    }

    pub(crate) fn document_date(&self, text: &str, lang: Lang) -> Option<DocDate> {
        Self::document_date_from(text, &self.find(text, lang, None))
    }

    /// The document date among `matches` found without an anchor.
    pub(crate) fn document_date_from(text: &str, matches: &[DateMatch]) -> Option<DocDate> {
        let first_line_end = text.find('\n').unwrap_or(text.len());
        for m in matches {
            let g = m.value.granularity;
            if !m.value.resolved
                || !matches!(g, super::Granularity::Day | super::Granularity::Time)
                || m.value.value.contains('/')
            {
                continue;
            }
            let date =
                super::CivilDate::parse_iso(&m.value.value[..10.min(m.value.value.len())]).ok()?;
            let head = &text[..m.span.start];
            let in_dateline = (m.span.start < first_line_end && first_line_end <= 80)
                || (m.span.start < 200 && !head.contains(". ") && !head.contains('\n'));
            let source = if in_dateline {
                DocDateSource::Dateline
            } else {
                DocDateSource::FirstAbsolute
            };
            return Some(DocDate {
                date,
                source,
                span: Some(m.span),
            });
        }
        None
    }
}

/// `w` lower-cased (`unicode`: as `str::to_lowercase`, else as
/// `str::to_ascii_lowercase`), in `buf` when it fits and the two agree
/// (ASCII), else allocated.
fn lower<'b>(w: &str, unicode: bool, buf: &'b mut [u8; 32]) -> std::borrow::Cow<'b, str> {
    if w.len() <= buf.len() && (w.is_ascii() || !unicode) {
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        // Only ASCII bytes change: still UTF-8.
        buf.make_ascii_lowercase();
        if let Ok(l) = std::str::from_utf8(buf) {
            return std::borrow::Cow::Borrowed(l);
        }
    }
    std::borrow::Cow::Owned(if unicode {
        w.to_lowercase()
    } else {
        w.to_ascii_lowercase()
    })
}

/// The index of the first ASCII digit of `b` at or after `i`, or
/// `b.len()`. Eight bytes at a time: XOR with '0' maps the digits to the
/// bytes below 10, and the lowest byte flagged by the "has a byte less than
/// n" test is the first of them (a borrow only flags bytes above a true
/// one); bytes with the high bit set are masked out.
#[inline]
fn first_digit(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    while let Some(chunk) = b.get(i..i + 8) {
        let w = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let x = w ^ (u64::from(b'0') * ONES);
        let m = x.wrapping_sub(10 * ONES) & !x & (0x80 * ONES);
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !b[i].is_ascii_digit() {
        i += 1;
    }
    i.min(b.len())
}

/// Is `s..e` a whole word: no letter, digit or non-ASCII byte on either
/// side?
#[inline]
pub(crate) fn word_bounded(bytes: &[u8], s: usize, e: usize) -> bool {
    let before_ok = s == 0 || !is_wordish(bytes[s - 1]);
    let after_ok = e >= bytes.len() || !is_wordish(bytes[e]);
    before_ok && after_ok
}

fn is_wordish(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Cheap check before tokenizing around a digit run.
fn digit_plausible(b: &[u8], s: usize, e: usize) -> bool {
    let len = e - s;
    if s > 0 && (b[s - 1].is_ascii_alphabetic()) {
        // "Q1", "GA152": only Q-quarters.
        return len == 1
            && (b[s - 1] == b'Q' || b[s - 1] == b'q')
            && (s < 2 || !b[s - 2].is_ascii_alphanumeric());
    }
    // The fraction or thousands part of a number: "2,5", "1.500".
    if s >= 2 && matches!(b[s - 1], b'.' | b',') && b[s - 2].is_ascii_digit() {
        return false;
    }
    let digit_after = |i: usize| i < b.len() && b[i].is_ascii_digit();
    if len == 4 {
        // Years 1000..2199 (and ISO dates), not "2.500,5" style numbers.
        let lead = (b[s] - b'0') as u32 * 10 + (b[s + 1] - b'0') as u32;
        if !(10..=21).contains(&lead) {
            return false;
        }
        return !(e < b.len() && matches!(b[e], b'.' | b',') && digit_after(e + 1));
    }
    if len > 4 {
        return false;
    }
    // Look at the next non-space byte.
    let mut i = e;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if i >= b.len() {
        return false;
    }
    let c = b[i];
    if c.is_ascii_alphabetic() || c >= 0x80 {
        return true;
    }
    if len == 3 {
        return false;
    }
    match c {
        b'.' => {
            // 09.30 or 15.02.2023, not 2.500
            let mut k = i + 1;
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
            }
            k - (i + 1) == 2 || (k - (i + 1) == 1 && i == e)
        }
        b'/' | b'-' | b':' | 0xe2 => {
            let mut k = i + 1;
            while k < b.len() && (b[k] == b' ' || b[k] >= 0x80) {
                k += 1;
            }
            digit_after(k)
        }
        _ => false,
    }
}

fn tokenize(text: &str, ws: usize, we: usize, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = ws;
    let mut sp = true;
    while i < we {
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' || c == b'\n' {
            sp = true;
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let s = i;
            let mut v: u32 = 0;
            while i < we && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add((b[i] - b'0') as u32);
                i += 1;
            }
            out.push(Tok {
                s,
                e: i,
                k: K::Num(v, (i - s).min(255) as u8),
                sp,
            });
            sp = false;
            continue;
        }
        // ASCII bytes are read as they are; other characters are decoded.
        let ch = if c < 0x80 {
            c as char
        } else {
            text[i..].chars().next().unwrap_or(' ')
        };
        if ch.is_alphabetic() {
            let s = i;
            i += ch.len_utf8();
            while i < we {
                let c2 = b[i];
                if c2.is_ascii_alphabetic() {
                    i += 1;
                    continue;
                }
                if c2 < 0x80 && c2 != b'\'' {
                    break;
                }
                let c2 = text[i..].chars().next().unwrap_or(' ');
                if c2.is_alphabetic() {
                    i += c2.len_utf8();
                } else if (c2 == '\'' || c2 == '\u{2019}') && i + c2.len_utf8() < we {
                    let after = &text[i + c2.len_utf8()..we];
                    let c3 = after.chars().next().unwrap_or(' ');
                    // "Jum'at" is one word; "Friday's" is "Friday" + "'s".
                    let possessive = (c3 == 's' || c3 == 'S')
                        && !after[1..].chars().next().is_some_and(|c| c.is_alphabetic());
                    if c3.is_alphabetic() && !possessive {
                        i += c2.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Tok {
                s,
                e: i,
                k: K::Word,
                sp,
            });
            sp = false;
            continue;
        }
        if ch.is_whitespace() {
            sp = true;
            i += ch.len_utf8();
            continue;
        }
        out.push(Tok {
            s: i,
            e: i + ch.len_utf8(),
            k: K::P(ch),
            sp,
        });
        sp = false;
        i += ch.len_utf8();
    }
}

struct Win<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    lx: &'a Lexicon,
    lang: Lang,
    /// Lower-cased words, concatenated; `lows[i]` is the range of token i.
    lowbuf: String,
    lows: Vec<(u32, u32)>,
    /// Single-word lexicon entries of each token and whether it may start a
    /// multi-word alias (looked up lazily, once).
    cache: Vec<std::cell::OnceCell<CachedWord<'a>>>,
    /// Per token: the range of `phrase_hits` holding the multi-word
    /// lexicon entries that start at it (looked up lazily, once: the
    /// grammar asks for one label after another).
    phrases: Vec<std::cell::OnceCell<(u32, u32)>>,
    /// End token and entries of each multi-word match, by start token.
    phrase_hits: std::cell::RefCell<Vec<(usize, &'a [Entry])>>,
    /// Reused buffer for multi-word lexicon keys.
    key: std::cell::RefCell<String>,
}

/// The buffers of a window, kept between the triggers of one text so that
/// a window allocates nothing once they have grown.
#[derive(Default)]
struct WinBufs<'a> {
    toks: Vec<Tok>,
    lowbuf: String,
    lows: Vec<(u32, u32)>,
    cache: Vec<std::cell::OnceCell<CachedWord<'a>>>,
    phrases: Vec<std::cell::OnceCell<(u32, u32)>>,
    phrase_hits: Vec<(usize, &'a [Entry])>,
    key: String,
}

impl WinBufs<'_> {
    fn with_capacity(tokens: usize, bytes: usize) -> Self {
        WinBufs {
            toks: Vec::with_capacity(tokens),
            lowbuf: String::with_capacity(bytes),
            lows: Vec::with_capacity(tokens),
            cache: Vec::with_capacity(tokens),
            phrases: Vec::with_capacity(tokens),
            phrase_hits: Vec::new(),
            key: String::new(),
        }
    }
}

/// A token's single-word lexicon entries and whether it may start a
/// multi-word alias.
/// The third field has bit `label as u32` set for each label among the
/// single-word entries.
type CachedWord<'a> = (Option<&'a [Entry]>, bool, u32);

/// Words the grammar reads at the first token of an expression besides
/// lexicon words and numbers (`p_en_prefix`, `p_mod`, `p_quarter`,
/// `p_weekday`, `p_tanggal`, `p_clock`).
const START_WORDS: &[&str] = &[
    "the",
    "hari",
    "tanggal",
    "tgl",
    "noon",
    "midnight",
    "earlier",
    "later",
    "early",
    "late",
    "fiscal",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
];

impl<'a> Win<'a> {
    fn new(text: &'a str, bufs: WinBufs<'a>, lx: &'a Lexicon, lang: Lang) -> Win<'a> {
        let WinBufs {
            toks,
            mut lowbuf,
            mut lows,
            mut cache,
            mut phrases,
            mut phrase_hits,
            mut key,
        } = bufs;
        lowbuf.clear();
        lows.clear();
        // An ASCII window is lower-cased in one copy; each word's range
        // points into it (other tokens get an empty range, as below).
        let span = toks.first().map_or(0, |t| t.s)..toks.last().map_or(0, |t| t.e);
        if let Some(w) = text.get(span.clone()).filter(|w| w.is_ascii()) {
            lowbuf.push_str(w);
            lowbuf.make_ascii_lowercase();
            lows.extend(toks.iter().map(|t| {
                let s = (t.s - span.start) as u32;
                if t.k == K::Word {
                    (s, (t.e - span.start) as u32)
                } else {
                    (s, s)
                }
            }));
        }
        for t in toks.iter().skip(lows.len()) {
            let s = lowbuf.len();
            if t.k == K::Word {
                let w = &text[t.s..t.e];
                if w.is_ascii() {
                    lowbuf.push_str(w);
                    lowbuf[s..].make_ascii_lowercase();
                } else {
                    for c in w.chars() {
                        lowbuf.extend(c.to_lowercase());
                    }
                }
            }
            let e = lowbuf.len();
            lows.push((s as u32, e as u32));
        }
        cache.clear();
        cache.resize_with(toks.len(), std::cell::OnceCell::new);
        phrases.clear();
        phrases.resize_with(toks.len(), std::cell::OnceCell::new);
        phrase_hits.clear();
        key.clear();
        Win {
            text,
            toks,
            lx,
            lang,
            lowbuf,
            lows,
            cache,
            phrases,
            phrase_hits: std::cell::RefCell::new(phrase_hits),
            key: std::cell::RefCell::new(key),
        }
    }
    /// Give the buffers back for the next window.
    fn into_bufs(self) -> WinBufs<'a> {
        WinBufs {
            toks: self.toks,
            lowbuf: self.lowbuf,
            lows: self.lows,
            cache: self.cache,
            phrases: self.phrases,
            phrase_hits: self.phrase_hits.into_inner(),
            key: self.key.into_inner(),
        }
    }
    /// Can an expression start at token `i`? Every parser begins with a
    /// lexicon word (`lex`, `lex_where`: an entry or a phrase start), a
    /// number, a word of `START_WORDS`, an "se-" count word or a raw "Q";
    /// false means `top(i)` is `None`.
    fn may_start(&self, i: usize) -> bool {
        match self.toks[i].k {
            K::Num(..) => true,
            K::P(_) => false,
            K::Word => {
                let (es, phrase) = self.look(i);
                if es.is_some() || phrase {
                    return true;
                }
                let w = self.lw(i);
                w.starts_with("se") || START_WORDS.contains(&w) || self.raw_is(i, "Q")
            }
        }
    }
    fn look(&self, i: usize) -> (Option<&'a [Entry]>, bool) {
        let (es, phrase, _) = self.look_all(i);
        (es, phrase)
    }
    fn look_all(&self, i: usize) -> CachedWord<'a> {
        *self.cache[i].get_or_init(|| {
            let (s, e) = self.lows[i];
            if self.toks[i].k != K::Word || e - s > 20 {
                return (None, false, 0);
            }
            let w = &self.lowbuf[s as usize..e as usize];
            let lx: &'a Lexicon = self.lx;
            let es = lx.map.get(w).map(|v| v.as_slice());
            let labels = es
                .unwrap_or(&[])
                .iter()
                .fold(0u32, |m, e| m | 1 << e.label as u32);
            (es, lx.phrase_first.contains(w), labels)
        })
    }
    fn ents(&self, i: usize) -> Option<&'a [Entry]> {
        if i < self.toks.len() {
            self.look(i).0
        } else {
            None
        }
    }
    fn lw(&self, i: usize) -> &str {
        let (s, e) = self.lows[i];
        &self.lowbuf[s as usize..e as usize]
    }
}

const RISKY_ID: &[u8] = &[4, 5, 6, 7]; // April, Mei, Juni, Juli: also given names
const LAW_WORDS: &[&str] = &[
    "no", "nomor", "nomer", "uu", "pp", "perpres", "perppu", "permen", "keppres", "inpres",
    "perda", "pasal", "ayat", "halaman", "hal", "perkap", "perma", "pergub", "perwal", "perbup",
    "kepmen", "se", "sk",
];

impl<'a> Win<'a> {
    fn n(&self) -> usize {
        self.toks.len()
    }
    fn raw(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.s..t.e]
    }
    fn low(&self, i: usize) -> Option<&str> {
        match self.toks.get(i) {
            Some(t) if t.k == K::Word => Some(self.lw(i)),
            _ => None,
        }
    }
    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.low(i).is_some_and(|w| words.contains(&w))
    }
    fn punct(&self, i: usize, c: char) -> bool {
        matches!(self.toks.get(i), Some(Tok { k: K::P(x), .. }) if *x == c)
    }
    fn dash(&self, i: usize) -> bool {
        matches!(
            self.toks.get(i),
            Some(Tok {
                k: K::P('-' | '–' | '—'),
                ..
            })
        )
    }
    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.toks.get(i) {
            Some(Tok {
                k: K::Num(v, l), ..
            }) => Some((*v, *l)),
            _ => None,
        }
    }
    fn tight(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.sp)
    }
    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.k == K::Word
                && self.text[t.s..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase())
        })
    }
    fn sentence_initial(&self, i: usize) -> bool {
        let s = self.toks[i].s;
        let before = self.text[..s].trim_end_matches([' ', '\t']);
        match before.chars().last() {
            None => true,
            Some(c) => matches!(
                c,
                '.' | '!' | '?' | '\n' | '"' | '“' | '”' | '\r' | '–' | '—' | '-'
            ),
        }
    }

    /// Longest lexicon entry with `label` starting at token `i`.
    fn lex(&self, i: usize, label: Label) -> Option<(usize, &'a Entry)> {
        // No single-word entry with the label and no phrase starting here:
        // `lex_where` would find nothing.
        if i < self.n() {
            let (_, phrase, labels) = self.look_all(i);
            if !phrase && labels & 1 << label as u32 == 0 {
                return None;
            }
        }
        self.lex_where(i, |e| e.label == label)
    }

    fn lex_where(&self, i: usize, f: impl Fn(&Entry) -> bool) -> Option<(usize, &'a Entry)> {
        self.low(i)?;
        let ok = |e: &Entry, j: usize| {
            f(e) && e.lang.is_none_or(|l| l == self.lang) && self.case_ok(i, j, e)
        };
        let mut best: Option<(usize, &'a Entry)> = None;
        if let Some(es) = self.ents(i) {
            best = es.iter().find(|e| ok(e, i + 1)).map(|e| (i + 1, e));
        }
        if !self.look(i).1 {
            return best;
        }
        let (from, to) = self.phrases_at(i);
        // Shorter phrases first: a longer match replaces a shorter one.
        for k in from..to {
            // Copied out: `ok` may look up other tokens' phrases.
            let (end, es) = self.phrase_hits.borrow()[k as usize];
            if let Some(e) = es.iter().find(|e| ok(e, end)) {
                best = Some((end, e));
            }
        }
        best
    }

    /// The range of `phrase_hits` with the multi-word lexicon entries that
    /// start at token `i` (a word that may start one), by length.
    fn phrases_at(&self, i: usize) -> (u32, u32) {
        *self.phrases[i].get_or_init(|| {
            let mut hits = self.phrase_hits.borrow_mut();
            let from = hits.len() as u32;
            let lx: &'a Lexicon = self.lx;
            let maxw = lx.max_words.min(self.n() - i);
            let mut key = self.key.borrow_mut();
            key.clear();
            key.push_str(self.lw(i));
            for nw in 2..=maxw {
                let j = i + nw - 1;
                // Words of a phrase are separated by whitespace only.
                if self.low(j).is_none() || !self.toks[j].sp {
                    break;
                }
                key.push(' ');
                key.push_str(self.lw(j));
                if let Some(es) = lx.map.get(key.as_str()) {
                    hits.push((j + 1, es.as_slice()));
                }
            }
            (from, hits.len() as u32)
        })
    }

    fn case_ok(&self, i: usize, j: usize, e: &Entry) -> bool {
        match e.case {
            CasePolicy::Insensitive => true,
            CasePolicy::Sensitive => {
                let mut s = String::new();
                for k in i..j {
                    if k > i {
                        s.push(' ');
                    }
                    s.push_str(self.raw(k));
                }
                s == e.alias
            }
            CasePolicy::Capitalized => {
                let mut aw = e.alias.split_whitespace();
                for k in i..j {
                    let a = aw.next().unwrap_or("");
                    if a.chars().next().is_some_and(|c| c.is_uppercase()) && !self.cap(k) {
                        return false;
                    }
                }
                true
            }
        }
    }

    fn in_lex(&self, i: usize) -> bool {
        self.ents(i).is_some()
    }

    /// A capitalized word that is not a date word: a name follows.
    fn name_follows(&self, i: usize) -> bool {
        self.cap(i) && !self.in_lex(i) && self.toks[i].sp
    }

    fn prev_is(&self, i: usize, label: Label) -> bool {
        if i == 0 {
            return false;
        }
        // Single-word look-behind (phrases like "sampai dengan" are rare here).
        match self.ents(i - 1) {
            Some(es) => es
                .iter()
                .any(|e| e.label == label && e.lang.is_none_or(|l| l == self.lang)),
            None => false,
        }
    }

    // ---------------------------------------------------------------- top

    fn top(&self, i: usize) -> R {
        if i >= self.n() {
            return None;
        }
        let r = longer(self.p_mod(i), self.core(i));
        if r.is_some() || self.lang != Lang::En {
            return r;
        }
        self.p_en_prefix(i)
    }

    /// English words TimeML keeps inside the extent: "earlier this year",
    /// "late yesterday", "early Tuesday", "fiscal 1989", "the late 1970s",
    /// "the previous Friday", "nearly four years ago", "around 7:15 p.m.".
    fn p_en_prefix(&self, i: usize) -> R {
        let w = self.low(i)?;
        let (mut j, mut p) = match w {
            "the" => {
                let r = longer(self.p_mod(i + 1), self.p_pre_dir(i + 1))?;
                if !matches!(
                    r.1.e,
                    Expr::Decade(_) | Expr::RelUnit(..) | Expr::Weekday { .. } | Expr::Weekend(_)
                ) && r.1.m.is_none()
                {
                    return None;
                }
                r
            }
            "earlier" | "later" | "early" | "late" => {
                let r = self.core(i + 1)?;
                if !matches!(
                    r.1.e,
                    Expr::RelUnit(..) | Expr::RelDay(_) | Expr::Weekday { .. } | Expr::Day { .. }
                ) {
                    return None;
                }
                r
            }
            "fiscal" => {
                let (y, l) = self.num(i + 1)?;
                if l != 4 || !(1900..=2100).contains(&y) {
                    return None;
                }
                (i + 2, P::new(Expr::Year(y as i32), "year", 0.85))
            }
            "nearly" | "almost" | "about" | "around" | "approximately" | "roughly" => {
                let mut r = self.core(i + 1)?;
                if !matches!(
                    r.1.e,
                    Expr::RelUnit(..) | Expr::RelDay(_) | Expr::TimeOnly | Expr::Day { .. }
                ) {
                    return None;
                }
                r.1.m = r.1.m.or(Some(Modifier::Approx));
                r
            }
            _ => return None,
        };
        if j <= i + 1 {
            j = i + 1;
        }
        p.conf = p.conf.min(0.85);
        Some((j, p))
    }

    fn core(&self, i: usize) -> R {
        let mut r = self.p_weekday(i);
        r = longer(r, self.p_month(i));
        r = longer(r, self.p_num(i));
        r = longer(r, self.p_count(i));
        r = longer(r, self.p_unit(i));
        r = longer(r, self.p_relday(i));
        r = longer(r, self.p_present(i));
        r = longer(r, self.p_pod_this(i));
        r = longer(r, self.p_hijri(i));
        r = longer(r, self.p_pre_dir(i));
        r = longer(r, self.p_quarter(i));
        r = longer(r, self.p_tanggal(i));
        r = longer(r, self.p_clock(i));
        let (mut j, mut p) = r?;
        // "19 Desember 2014 lalu", "Juni 2014 mendatang", "27 November mendatang"
        if self.lang == Lang::Id
            && matches!(p.e, Expr::Day { .. } | Expr::Month { y: Some(_), .. })
            && self.is(j, &["lalu", "mendatang", "silam", "nanti"])
        {
            let past = !self.is(j, &["mendatang", "nanti"]);
            if let Expr::Day { y: None, lean, .. } = &mut p.e {
                *lean = if past { Lean::PastStrict } else { Lean::Future };
            }
            j += 1;
        }
        if p.e.takes_time() && p.tod.is_none() {
            if let Some((j2, tod)) = self.time_suffix(j) {
                j = j2;
                // English TimeML keeps "Friday night" at day precision.
                if self.lang == Lang::Id || matches!(tod, Tod::Clock(..)) {
                    p.tod = Some(tod);
                }
                p.conf = p.conf.max(0.8);
            }
        }
        // "10 p.m. Wednesday", "noon Thursday"
        if p.e == Expr::TimeOnly && self.lang == Lang::En {
            let mut k = j;
            if self.is(k, &["on"]) || self.punct(k, ',') {
                k += 1;
            }
            if let Some((j2, mut p2)) = longer(self.p_weekday(k), self.p_relday(k)) {
                if p2.e.takes_time() && p2.tod.is_none() {
                    p2.tod = p.tod;
                    return Some((j2, p2));
                }
            }
        }
        Some((j, p))
    }

    // ------------------------------------------------------------ modifier

    fn p_mod(&self, i: usize) -> R {
        let mut k = i;
        if self.lang == Lang::En && self.is(k, &["the"]) {
            k += 1;
        }
        // "akhir pekan" is a weekend, not the end of a week.
        if self
            .lex(k, Label::Unit)
            .is_some_and(|(_, e)| e.unit == Unit::Weekend)
        {
            return None;
        }
        let (mut j, e) = self.lex(k, Label::Modifier)?;
        let role = e.role?;
        if e.of {
            if !self.is(j, &["of"]) {
                return None;
            }
            j += 1;
        } else if k != i {
            return None; // "the early ..." is not a modifier phrase
        }
        if self.dash(j) && self.tight(j) {
            j += 1; // mid-1998, mid-March
        }
        let had_the = self.is(j, &["the"]);
        let jj = if had_the { j + 1 } else { j };
        // Inner expression.
        let inner = self.mod_inner(jj, had_the)?;
        let (end, mut p) = inner;
        p.m = Some(role);
        p.form = "modifier";
        Some((end, p))
    }

    fn mod_inner(&self, j: usize, had_the: bool) -> R {
        // Full expressions first.
        if let Some((end, p)) = longer(
            longer(self.p_month_any(j), self.p_unit(j)),
            longer(
                self.p_pre_dir(j),
                longer(self.p_quarter(j), self.p_hijri_any(j)),
            ),
        ) {
            if matches!(
                p.e,
                Expr::Month { .. }
                    | Expr::Year(_)
                    | Expr::Decade(_)
                    | Expr::Quarter { .. }
                    | Expr::Hijri { .. }
                    | Expr::RelUnit(
                        Unit::Month
                            | Unit::Year
                            | Unit::Quarter
                            | Unit::Week
                            | Unit::Decade
                            | Unit::Half,
                        _
                    )
            ) {
                return Some((end, p));
            }
        }
        // A year number (or decade: "late 1980s", "akhir 1990-an").
        if let Some((y, 4)) = self.num(j) {
            if let Some(r) = self
                .p_year_any(j, y as i32)
                .filter(|r| matches!(r.1.e, Expr::Decade(_)))
            {
                return Some(r);
            }
            if (1000..=2199).contains(&y) {
                if let Some(r) = self.year_tail(j, y as i32) {
                    return Some(r);
                }
                return Some((j + 1, P::new(Expr::Year(y as i32), "modifier", 0.9)));
            }
        }
        // A bare unit: "akhir tahun", "awal bulan", "the end of the year".
        if let Some((end, e)) = self.lex(j, Label::Unit) {
            if matches!(
                e.unit,
                Unit::Year | Unit::Month | Unit::Week | Unit::Quarter
            ) {
                if self.lang == Lang::En && !had_the {
                    return None;
                }
                return Some((end, P::new(Expr::RelUnit(e.unit, 0), "modifier", 0.8)));
            }
        }
        None
    }

    // ------------------------------------------------------------ weekday

    fn p_weekday(&self, i: usize) -> R {
        let mut k = i;
        let hari = self.is(k, &["hari"]);
        if hari {
            k += 1;
        }
        let (mut j, e) = self.lex(k, Label::Weekday)?;
        let wd = e.n as u8;
        // "Minggu lalu" at a sentence start is "last week".
        if wd == 7
            && !hari
            && self.lang == Lang::Id
            && self.sentence_initial(k)
            && self.is(j, &["lalu", "ini", "depan"])
        {
            return None;
        }
        // Weekday, 18 Oktober 2013 / Monday, Feb. 13, 2023
        let mut jj = j;
        if self.punct(jj, ',') {
            jj += 1;
        }
        if let Some((end, p)) = longer(self.p_num(jj), self.p_month(jj)) {
            if let Expr::Day { y, m, d, .. } = p.e {
                let mut p2 = P::new(
                    Expr::Day {
                        y,
                        m,
                        d,
                        lean: Lean::Past,
                    },
                    "weekday-date",
                    0.95,
                );
                p2.tod = p.tod;
                // English TimeML tags "Thursday, Jan. 6" as two expressions:
                // the weekday takes the date's value, the date follows.
                let end = if self.lang == Lang::En { j } else { end };
                return Some((end, p2));
            }
        }
        // Kompas: Senin (27/3), Rabu (9/8/2023)
        if self.punct(j, '(') {
            if let Some((end, y, m, d)) = self.slash_date(j + 1, true) {
                if self.punct(end, ')') {
                    let p = P::new(
                        Expr::Day {
                            y,
                            m,
                            d,
                            lean: Lean::Past,
                        },
                        "weekday-bracket",
                        0.95,
                    );
                    return Some((end + 1, p));
                }
            }
        }
        let mut lean = Lean::Past;
        let mut form = "weekday";
        if self.lang == Lang::Id {
            if self.is(j, &["pekan", "minggu"])
                && self.is(j + 1, &["lalu", "depan", "ini", "mendatang"])
            {
                lean = match self.low(j + 1) {
                    Some("lalu") => Lean::Rel(-1),
                    Some("ini") => Lean::Rel(0),
                    _ => Lean::Rel(1),
                };
                j += 2;
                form = "weekday-relative";
            } else if let Some((end, d)) =
                self.lex_where(j, |e| e.label == Label::Dir && e.pos == DirPos::Post)
            {
                lean = Lean::from_direction(d.n);
                j = end;
                form = "weekday-relative";
            }
        }
        if form == "weekday" && !hari {
            // Month/weekday names inside person names: "Senin Hutagalung".
            if self.name_follows(j) && i > 0 && self.cap(i - 1) {
                return None;
            }
        }
        Some((
            j,
            P::new(
                Expr::Weekday { wd, lean },
                form,
                if hari { 0.9 } else { 0.85 },
            ),
        ))
    }

    /// d/m[/y] (id) or m/d[/y] (en). `bracket`: year optional.
    fn slash_date(&self, i: usize, bracket: bool) -> Option<(usize, Option<i32>, u8, u8)> {
        let (a, la) = self.num(i)?;
        if la > 2 {
            return None;
        }
        let sep = match self.toks.get(i + 1)?.k {
            K::P(c) if matches!(c, '/' | '-' | '.') => c,
            _ => return None,
        };
        let (b, lb) = self.num(i + 2)?;
        if lb > 2 {
            return None;
        }
        let (mut d, mut m) = if self.lang == Lang::En {
            (b, a)
        } else {
            (a, b)
        };
        if m > 12 && d <= 12 {
            std::mem::swap(&mut d, &mut m);
        }
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let mut end = i + 3;
        let mut y = None;
        if self.punct(end, sep) {
            if let Some((yv, ly)) = self.num(end + 1) {
                if ly == 4 && (1000..=2199).contains(&yv) {
                    y = Some(yv as i32);
                    end += 2;
                } else if ly == 2 && bracket {
                    y = Some(2000 + yv as i32);
                    end += 2;
                } else {
                    return None;
                }
            }
        }
        if y.is_none() && !bracket {
            return None;
        }
        if d as u8 > super::civil::days_in_month(y.unwrap_or(2000), m as u8) {
            return None;
        }
        // Not part of a longer number chain.
        if matches!(
            self.toks.get(end),
            Some(Tok {
                k: K::P('/' | '.' | '-'),
                sp: false,
                ..
            })
        ) && self.num(end + 1).is_some()
            && self.tight(end + 1)
        {
            return None;
        }
        Some((end, y, m as u8, d as u8))
    }

    // ------------------------------------------------------------- months

    fn month_word(&self, i: usize) -> Option<(usize, &'a Entry)> {
        let (mut j, e) = self.lex(i, Label::Month)?;
        if self.punct(j, '.') && self.tight(j) && e.abbr {
            j += 1;
        }
        Some((j, e))
    }

    /// Month expressions with the bare-month guard.
    fn p_month(&self, i: usize) -> R {
        self.p_month_g(i, false)
    }
    /// Month expressions, bare month always allowed (after "bulan", "akhir").
    fn p_month_any(&self, i: usize) -> R {
        self.p_month_g(i, true)
    }

    fn p_month_g(&self, i: usize, any: bool) -> R {
        let (j, e) = self.month_word(i)?;
        let m = e.n as u8;
        // Month d[th][,] [yyyy]  (English order)
        if let Some((d, ld)) = self.num(j) {
            if ld <= 2 && (1..=31).contains(&d) && !self.num_continues(j) {
                let mut k = j + 1;
                if self.is(k, &["st", "nd", "rd", "th"]) && self.tight(k) {
                    k += 1;
                }
                // March 3-5, 2023
                let mut d2 = None;
                if self.dash(k) {
                    if let Some((x, lx)) = self.num(k + 1) {
                        if lx <= 2 && x > d && x <= 31 {
                            d2 = Some(x);
                            k += 2;
                        }
                    }
                }
                let mut kk = k;
                if self.punct(kk, ',') {
                    kk += 1;
                }
                let mut y = None;
                if let Some((yv, 4)) = self.num(kk) {
                    if (1000..=2199).contains(&yv) && !self.num_continues(kk) {
                        y = Some(yv as i32);
                        k = kk + 1;
                    }
                }
                if (self.lang == Lang::En || y.is_some())
                    && d as u8 <= super::civil::days_in_month(y.unwrap_or(2000), m)
                {
                    let day = |dd: u32| Expr::Day {
                        y,
                        m,
                        d: dd as u8,
                        lean: Lean::Past,
                    };
                    let e = match d2 {
                        Some(x) => Expr::Range(Box::new(day(d)), Box::new(day(x))),
                        None => day(d),
                    };
                    let form = if y.is_some() {
                        "month-day-year"
                    } else {
                        "month-day"
                    };
                    return Some((k, P::new(e, form, 0.9)));
                }
            }
        }
        // Month yyyy / Month, yyyy
        let mut k = j;
        if self.punct(k, ',') && self.lang == Lang::En {
            k += 1;
        }
        if let Some((yv, 4)) = self.num(k) {
            if (1000..=2199).contains(&yv) && !self.num_continues(k) {
                return Some((
                    k + 1,
                    P::new(
                        Expr::Month {
                            y: Some(yv as i32),
                            m,
                            lean: Lean::Past,
                        },
                        "month-year",
                        0.95,
                    ),
                ));
            }
        }
        // Januari-Maret 2023
        if self.dash(j) {
            if let Some((j2, e2)) = self.month_word(j + 1) {
                if let Some((yv, 4)) = self.num(j2) {
                    if (1000..=2199).contains(&yv) && e2.n as u8 > m {
                        let y = Some(yv as i32);
                        let a = Expr::Month {
                            y,
                            m,
                            lean: Lean::Past,
                        };
                        let b = Expr::Month {
                            y,
                            m: e2.n as u8,
                            lean: Lean::Past,
                        };
                        return Some((
                            j2 + 1,
                            P::new(Expr::Range(Box::new(a), Box::new(b)), "month-range", 0.9),
                        ));
                    }
                }
            }
        }
        // Mei tahun lalu / Mei tahun 2020
        if self.is(j, &["tahun"]) {
            if let Some((yv, 4)) = self.num(j + 1) {
                if (1000..=2199).contains(&yv) {
                    return Some((
                        j + 2,
                        P::new(
                            Expr::Month {
                                y: Some(yv as i32),
                                m,
                                lean: Lean::Past,
                            },
                            "month-year",
                            0.9,
                        ),
                    ));
                }
            }
            if let Some((end, d)) =
                self.lex_where(j + 1, |e| e.label == Label::Dir && e.pos == DirPos::Post)
            {
                let lean = Lean::Rel(d.n.clamp(-1, 1) as i8);
                return Some((
                    end,
                    P::new(Expr::Month { y: None, m, lean }, "month-relative", 0.9),
                ));
            }
        }
        if self.lang == Lang::En {
            if let Some((end, p)) = self.p_pre_dir(j) {
                if let Expr::RelUnit(Unit::Year, off) = p.e {
                    // "February this year": the month takes the year from the
                    // phrase, which stays a mention of its own (TimeML).
                    let _ = end;
                    let lean = Lean::Rel(off.clamp(-9, 9) as i8);
                    return Some((
                        j,
                        P::new(Expr::Month { y: None, m, lean }, "month-relative", 0.9),
                    ));
                }
            }
        }
        if e.abbr && !any {
            return None;
        }
        // Juli lalu, Oktober ini, Desember mendatang
        if self.lang == Lang::Id {
            if let Some((end, d)) =
                self.lex_where(j, |e| e.label == Label::Dir && e.pos == DirPos::Post)
            {
                let lean = match d.n {
                    n if n < 0 => Lean::PastStrict,
                    0 => Lean::Rel(0),
                    _ => Lean::Future,
                };
                return Some((
                    end,
                    P::new(Expr::Month { y: None, m, lean }, "month-relative", 0.85),
                ));
            }
        }
        // Bare month.
        if !any {
            if self.name_follows(j) {
                return None;
            }
            let cue =
                self.prev_is(i, Label::YearCue) && !self.is(i.wrapping_sub(1), &["the", "tahun"]);
            let ok = match self.lang {
                Lang::En => cue,
                Lang::Id => cue || !RISKY_ID.contains(&m),
            };
            if !ok {
                return None;
            }
        }
        Some((
            j,
            P::new(
                Expr::Month {
                    y: None,
                    m,
                    lean: Lean::Past,
                },
                "month",
                0.75,
            ),
        ))
    }

    /// The number at `i` continues as a decimal/thousands/time ("15.000", "15:30", "15,5").
    fn num_continues(&self, i: usize) -> bool {
        matches!(
            self.toks.get(i + 1),
            Some(Tok {
                k: K::P('.' | ',' | ':' | '/'),
                sp: false,
                ..
            })
        ) && self.num(i + 2).is_some()
            && self.tight(i + 2)
    }

    // ------------------------------------------------------------- numbers

    fn p_num(&self, i: usize) -> R {
        let (v, l) = self.num(i)?;
        if i > 0 {
            // Part of a longer number: "1.500", "12/2011", "2-1".
            let pt = &self.toks[i - 1];
            if !self.toks[i].sp
                && matches!(pt.k, K::P('/' | '.' | ',' | ':' | '-'))
                && i >= 2
                && self.num(i - 2).is_some()
            {
                return None;
            }
            if !self.toks[i].sp && pt.k == K::Word {
                return None;
            }
        }
        let law = i > 0 && self.is(i - 1, LAW_WORDS);
        let mut r: R = None;
        // ISO yyyy-mm-dd
        if l == 4 && self.punct(i + 1, '-') && self.tight(i + 1) && self.tight(i + 2) {
            if let (Some((m, 2)), true, Some((d, 2))) =
                (self.num(i + 2), self.punct(i + 3, '-'), self.num(i + 4))
            {
                if super::CivilDate::new(v as i32, m as u8, d as u8).is_some() && self.tight(i + 4)
                {
                    let mut p = P::new(
                        Expr::Day {
                            y: Some(v as i32),
                            m: m as u8,
                            d: d as u8,
                            lean: Lean::Past,
                        },
                        "iso",
                        0.95,
                    );
                    let mut end = i + 5;
                    // 2023-03-14T09:30
                    if let Some(tk) = self.toks.get(end) {
                        if tk.k == K::Word && !tk.sp && self.raw(end).starts_with('T') {
                            if let (Some((mm, 2)), true) =
                                (self.num(end + 2), self.punct(end + 1, ':'))
                            {
                                let h: u32 = self.raw(end)[1..].parse().unwrap_or(99);
                                if h < 24 && mm < 60 {
                                    p.tod = Some(Tod::Clock(h as u8, mm as u8));
                                    end += 3;
                                }
                            }
                        }
                    }
                    return Some((end, p));
                }
            }
        }
        if law {
            return None;
        }
        // d/m/yyyy
        if l <= 2 {
            let bracket = i > 0 && self.punct(i - 1, '(');
            if let Some((end, y, m, d)) = self.slash_date(i, bracket) {
                if y.is_some() || self.punct(end, ')') {
                    let conf = if y.is_some() { 0.9 } else { 0.6 };
                    r = longer(
                        r,
                        Some((
                            end,
                            P::new(
                                Expr::Day {
                                    y,
                                    m,
                                    d,
                                    lean: Lean::Past,
                                },
                                "numeric",
                                conf,
                            ),
                        )),
                    );
                }
            }
            r = longer(r, self.day_month(i));
        }
        // Clock "09.30 WIB", "11:45 GMT", "9 a.m."
        r = longer(
            r,
            self.clock_at(i, false).map(|(end, tod)| {
                let mut p = P::new(Expr::TimeOnly, "clock", 0.7);
                p.tod = Some(tod);
                (end, p)
            }),
        );
        // Years
        if l == 4 {
            r = longer(r, self.p_year(i, v as i32));
        }
        r
    }

    /// d [th] [of] Month [,] [yyyy], ranges d-d Month [yyyy].
    fn day_month(&self, i: usize) -> R {
        let (d, _) = self.num(i)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut k = i + 1;
        if self.is(k, &["st", "nd", "rd", "th"]) && self.tight(k) {
            k += 1;
        }
        // Range: 13-14 Februari, 13 hingga 14 Februari, 3 to 5 March
        let mut d2: Option<u32> = None;
        let mut k2 = k;
        let is_to = self.dash(k)
            || self.is(k, &["hingga", "sampai", "sd", "to", "through", "until"])
            || (self.is(k, &["dan", "and"]) && i > 0 && self.is(i - 1, &["antara", "between"]));
        if is_to {
            if let Some((x, lx)) = self.num(k + 1) {
                if lx <= 2 && x > d && x <= 31 {
                    d2 = Some(x);
                    k2 = k + 2;
                    if self.is(k2, &["st", "nd", "rd", "th"]) && self.tight(k2) {
                        k2 += 1;
                    }
                }
            }
        }
        let mut kk = if d2.is_some() { k2 } else { k };
        if self.is(kk, &["of"]) {
            kk += 1;
        }
        let (mut j, e) = self.month_word(kk)?;
        let m = e.n as u8;
        let mut y = None;
        let mut jy = j;
        if self.punct(jy, ',') {
            jy += 1;
        }
        if let Some((yv, 4)) = self.num(jy) {
            if (1000..=2199).contains(&yv) && !self.num_continues(jy) {
                y = Some(yv as i32);
                j = jy + 1;
            }
        } else if self.is(j, &["tahun"]) {
            if let Some((end, dd)) =
                self.lex_where(j + 1, |e| e.label == Label::Dir && e.pos == DirPos::Post)
            {
                let lean = Lean::Rel(dd.n.clamp(-1, 1) as i8);
                if d as u8 <= super::civil::days_in_month(2000, m) {
                    return Some((
                        end,
                        P::new(
                            Expr::Day {
                                y: None,
                                m,
                                d: d as u8,
                                lean,
                            },
                            "day-month",
                            0.9,
                        ),
                    ));
                }
            }
        }
        let maxd = super::civil::days_in_month(y.unwrap_or(2000), m) as u32;
        if d > maxd || d2.is_some_and(|x| x > maxd) {
            return None;
        }
        let day = |dd: u32| Expr::Day {
            y,
            m,
            d: dd as u8,
            lean: Lean::Past,
        };
        let (e, form) = match d2 {
            Some(x) => (Expr::Range(Box::new(day(d)), Box::new(day(x))), "day-range"),
            None => (
                day(d),
                if y.is_some() {
                    "day-month-year"
                } else {
                    "day-month"
                },
            ),
        };
        Some((j, P::new(e, form, if y.is_some() { 0.95 } else { 0.85 })))
    }

    fn p_year_any(&self, i: usize, y: i32) -> R {
        if y % 10 == 0 {
            if self.dash(i + 1) && self.tight(i + 1) && self.is(i + 2, &["an"]) && self.tight(i + 2)
            {
                return Some((i + 3, P::new(Expr::Decade(y / 10), "decade", 0.9)));
            }
            if self.is(i + 1, &["s"]) && self.tight(i + 1) {
                return Some((i + 2, P::new(Expr::Decade(y / 10), "decade", 0.9)));
            }
        }
        None
    }

    /// A 4-digit year with a cue.
    fn p_year(&self, i: usize, y: i32) -> R {
        if !(1900..=2100).contains(&y) || self.num_continues(i) {
            return None;
        }
        if matches!(self.toks.get(i + 1), Some(Tok { k: K::P('%'), .. })) {
            return None;
        }
        // 1990-an, 1990s
        if y % 10 == 0 {
            if self.dash(i + 1) && self.tight(i + 1) && self.is(i + 2, &["an"]) && self.tight(i + 2)
            {
                return Some((i + 3, P::new(Expr::Decade(y / 10), "decade", 0.9)));
            }
            if self.is(i + 1, &["s"]) && self.tight(i + 1) {
                return Some((i + 2, P::new(Expr::Decade(y / 10), "decade", 0.9)));
            }
        }
        let cue = i > 0
            && (self.prev_is(i, Label::YearCue)
                || (self.lang == Lang::En
                    && i >= 2
                    && self.is(i - 1, &["s"])
                    && self.punct(i - 2, '\'')));
        // "UU Nomor 12 Tahun 2011": a law number, not a year mention.
        if cue && i >= 2 && self.is(i - 1, &["tahun"]) && self.num(i - 2).is_some() {
            return None;
        }
        if let Some(r) = self.year_tail(i, y) {
            if cue || r.0 > i + 1 {
                return Some(r);
            }
        }
        if !cue {
            return None;
        }
        Some((i + 1, P::new(Expr::Year(y), "year", 0.85)))
    }

    /// yyyy followed by "-yyyy" (range) or "lalu"/"silam" (kept in the extent).
    fn year_tail(&self, i: usize, y: i32) -> R {
        if (self.dash(i + 1) || self.punct(i + 1, '/'))
            && self
                .num(i + 2)
                .is_some_and(|(v, l)| l == 4 && v as i32 > y && (v as i32) < y + 50)
        {
            let y2 = self.num(i + 2)?.0 as i32;
            return Some((
                i + 3,
                P::new(
                    Expr::Range(Box::new(Expr::Year(y)), Box::new(Expr::Year(y2))),
                    "year-range",
                    0.85,
                ),
            ));
        }
        if self.lang == Lang::Id && self.is(i + 1, &["lalu", "silam", "mendatang", "ini", "nanti"])
        {
            return Some((i + 2, P::new(Expr::Year(y), "year", 0.9)));
        }
        None
    }

    // ---------------------------------------------------------- N units ago

    fn count_at(&self, i: usize) -> Option<(usize, u32)> {
        if let Some((v, l)) = self.num(i) {
            if l <= 3 && v > 0 && !self.num_continues(i) {
                return Some((i + 1, v));
            }
            return None;
        }
        let (j, e) = self.lex(i, Label::Number)?;
        Some((j, e.n.max(1) as u32))
    }

    fn p_count(&self, i: usize) -> R {
        // "sehari sebelumnya", "sepekan lalu", "setahun lalu"
        let se = self
            .low(i)
            .and_then(|w| w.strip_prefix("se"))
            .and_then(|rest| {
                let es = self.lx.map.get(rest)?;
                es.iter()
                    .find(|e| e.label == Label::Unit && e.lang != Some(Lang::En))
                    .map(|e| e.unit)
            });
        let (k, unit, n) = match se {
            Some(u) if self.lang == Lang::Id => (i + 1, u, 1),
            _ => {
                let (j, n) = self.count_at(i)?;
                let (k, u) = self.lex(j, Label::Unit)?;
                (k, u.unit, n)
            }
        };
        if self.lang == Lang::Id
            && unit == Unit::Day
            && self.is(k, &["sebelumnya", "kemudian", "berikutnya", "setelahnya"])
        {
            let sign = if self.is(k, &["sebelumnya"]) { -1 } else { 1 };
            return Some((
                k + 1,
                P::new(Expr::RefDay(sign * n.min(10000) as i32), "ago", 0.7),
            ));
        }
        if unit == Unit::Weekend {
            return None;
        }
        let (end, d) = self.lex_where(k, |e| {
            e.label == Label::Dir && matches!(e.pos, DirPos::Post | DirPos::PostN)
        })?;
        if d.n == 0 {
            return None;
        }
        // "kemarin" is not a direction after a count.
        if self.is(k, &["kemarin", "nanti", "berikutnya"]) {
            return None;
        }
        let n = n.min(10000) as i32 * d.n.signum();
        let e = match unit {
            Unit::Day => Expr::RelDay(n),
            Unit::Decade => Expr::RelUnit(Unit::Year, n * 10),
            u => Expr::RelUnit(u, n),
        };
        Some((end, P::new(e, "ago", 0.85)))
    }

    // -------------------------------------------------------------- units

    fn p_unit(&self, i: usize) -> R {
        let (j, e) = self.lex(i, Label::Unit)?;
        let low = self.low(i)?;
        // tahun 2022, tahun 2019-2020, tahun 2020 lalu
        if low == "tahun" {
            if let Some((yv, 4)) = self.num(j) {
                if i > 0 && self.num(i - 1).is_some() {
                    return None; // "UU No 12 Tahun 2011", "10 tahun 2020"
                }
                if (1000..=2199).contains(&yv) && !self.num_continues(j) {
                    let y = yv as i32;
                    if let Some(r) = self.year_tail(j, y) {
                        return Some(r);
                    }
                    return Some((j + 1, P::new(Expr::Year(y), "year", 0.9)));
                }
            }
        }
        // bulan Mei [2020], bulan Ramadan
        if low == "bulan" {
            if let Some(r) = longer(self.p_month_any(j), self.p_hijri_any(j)) {
                return Some(r);
            }
        }
        if e.unit == Unit::Quarter {
            if let Some(r) = self.p_quarter(i) {
                return Some(r);
            }
        }
        if e.unit == Unit::Weekend {
            if let Some((end, d)) =
                self.lex_where(j, |e| e.label == Label::Dir && e.pos == DirPos::Post)
            {
                return Some((
                    end,
                    P::new(
                        Expr::Weekend(Lean::Rel(d.n.clamp(-1, 1) as i8)),
                        "weekend",
                        0.85,
                    ),
                ));
            }
            if self.lang == Lang::Id {
                return Some((j, P::new(Expr::Weekend(Lean::Past), "weekend", 0.8)));
            }
            return None;
        }
        if e.unit == Unit::Day || self.lang == Lang::En {
            return None;
        }
        // pekan lalu, bulan depan, tahun ini, minggu ini
        let (end, d) = self.lex_where(j, |e| e.label == Label::Dir && e.pos == DirPos::Post)?;
        if self.is(j, &["nanti"]) {
            return None;
        }
        Some((
            end,
            P::new(Expr::RelUnit(e.unit, d.n), "relative-period", 0.9),
        ))
    }

    fn p_pre_dir(&self, i: usize) -> R {
        let (j, d) = self.lex_where(i, |e| e.label == Label::Dir && e.pos == DirPos::Pre)?;
        let off = d.n;
        if let Some((end, w)) = self.lex(j, Label::Weekday) {
            let lean = Lean::from_direction(off);
            return Some((
                end,
                P::new(
                    Expr::Weekday {
                        wd: w.n as u8,
                        lean,
                    },
                    "weekday-relative",
                    0.9,
                ),
            ));
        }
        if let Some((end, u)) = self.lex(j, Label::Unit) {
            let e = match u.unit {
                Unit::Day => return None,
                Unit::Weekend => Expr::Weekend(Lean::Rel(off.clamp(-1, 1) as i8)),
                unit => Expr::RelUnit(unit, off),
            };
            return Some((end, P::new(e, "relative-period", 0.9)));
        }
        if let Some((end, m)) = self.month_word(j) {
            if !m.abbr {
                let lean = Lean::from_direction(off);
                return Some((
                    end,
                    P::new(
                        Expr::Month {
                            y: None,
                            m: m.n as u8,
                            lean,
                        },
                        "month-relative",
                        0.85,
                    ),
                ));
            }
        }
        None
    }

    // ----------------------------------------------------------- quarters

    fn p_quarter(&self, i: usize) -> R {
        let mut k = i;
        let q: u32;
        let end;
        if self.lang == Lang::En && self.is(k, &["the"]) {
            k += 1;
        }
        if let Some((j, o)) = self.lex(k, Label::Ordinal) {
            // the first quarter, first-quarter
            let mut j2 = j;
            if self.dash(j2) {
                j2 += 1;
            }
            let (j3, u) = self.lex(j2, Label::Unit)?;
            if u.unit != Unit::Quarter || self.lang != Lang::En {
                return None;
            }
            q = o.n as u32;
            end = j3;
        } else if self.raw_is(k, "Q") && self.tight(k + 1) {
            let (v, l) = self.num(k + 1)?;
            if l != 1 {
                return None;
            }
            q = v;
            end = k + 2;
        } else {
            let (j, u) = self.lex(k, Label::Unit)?;
            if u.unit != Unit::Quarter || self.lang != Lang::Id {
                return None;
            }
            // kuartal I / ke-2 / kedua / 3
            if let Some((j2, o)) = self.lex(j, Label::Ordinal) {
                q = o.n as u32;
                end = j2;
            } else if self.is(j, &["ke"]) && self.dash(j + 1) {
                q = self.num(j + 2)?.0;
                end = j + 3;
            } else if let Some((v, 1)) = self.num(j) {
                q = v;
                end = j + 1;
            } else {
                let r = self.raw_tok(j)?;
                q = match r {
                    "I" => 1,
                    "II" => 2,
                    "III" => 3,
                    "IV" => 4,
                    _ => return None,
                };
                end = j + 1;
            }
        }
        if !(1..=4).contains(&q) {
            return None;
        }
        let q = q as u8;
        // year
        let mut kk = end;
        if self.is(kk, &["of", "tahun"]) || self.punct(kk, ',') {
            kk += 1;
        }
        if let Some((yv, 4)) = self.num(kk) {
            if (1000..=2199).contains(&yv) {
                return Some((
                    kk + 1,
                    P::new(
                        Expr::Quarter {
                            y: Some(yv as i32),
                            yoff: 0,
                            q,
                        },
                        "quarter",
                        0.9,
                    ),
                ));
            }
        }
        if let Some((e2, p)) = longer(
            self.p_unit(end),
            self.p_pre_dir(if self.is(end, &["of"]) { end + 1 } else { end }),
        ) {
            if let Expr::RelUnit(Unit::Year, off) = p.e {
                return Some((
                    e2,
                    P::new(
                        Expr::Quarter {
                            y: None,
                            yoff: off.clamp(-9, 9) as i8,
                            q,
                        },
                        "quarter",
                        0.9,
                    ),
                ));
            }
        }
        Some((
            end,
            P::new(
                Expr::Quarter {
                    y: None,
                    yoff: 0,
                    q,
                },
                "quarter",
                0.8,
            ),
        ))
    }

    fn raw_is(&self, i: usize, s: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.k == K::Word && &self.text[t.s..t.e] == s)
    }
    fn raw_tok(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.k == K::Word).then(|| &self.text[t.s..t.e])
    }

    // ---------------------------------------------------------- rel days

    fn p_relday(&self, i: usize) -> R {
        let (j, e) = self.lex(i, Label::RelDay)?;
        // "kemarin (19/11)": the bracketed date is the value.
        if self.punct(j, '(') && e.pod.is_none() {
            if let Some((end, y, m, d)) = self.slash_date(j + 1, true) {
                if self.punct(end, ')') {
                    return Some((
                        end + 1,
                        P::new(
                            Expr::Day {
                                y,
                                m,
                                d,
                                lean: Lean::Past,
                            },
                            "relative-day",
                            0.95,
                        ),
                    ));
                }
            }
        }
        let ex = if e.alias.contains("keesokan") {
            Expr::RefDay(e.n)
        } else {
            Expr::RelDay(e.n)
        };
        let mut p = P::new(ex, "relative-day", 0.9);
        p.tod = e.pod.map(Tod::Pod);
        Some((j, p))
    }

    fn p_present(&self, i: usize) -> R {
        let (j, e) = self.lex_where(i, |e| {
            matches!(
                e.label,
                Label::PresentRef | Label::PastRef | Label::FutureRef
            )
        })?;
        let r = match e.label {
            Label::PastRef => "PAST_REF",
            Label::FutureRef => "FUTURE_REF",
            _ => "PRESENT_REF",
        };
        Some((j, P::new(Expr::Ref(r), "present", 0.5)))
    }

    /// "pagi ini", "sore hari ini", "malam ini" (Indonesian).
    fn p_pod_this(&self, i: usize) -> R {
        if self.lang != Lang::Id {
            return None;
        }
        let (mut j, e) = self.lex(i, Label::PartOfDay)?;
        if self.is(j, &["hari"]) {
            j += 1;
        }
        if !self.is(j, &["ini"]) {
            return None;
        }
        let mut p = P::new(Expr::RelDay(0), "relative-day", 0.85);
        p.tod = e.pod.map(Tod::Pod);
        Some((j + 1, p))
    }

    fn p_hijri(&self, i: usize) -> R {
        self.p_hijri_g(i, false)
    }
    fn p_hijri_any(&self, i: usize) -> R {
        self.p_hijri_g(i, true)
    }

    fn p_hijri_g(&self, i: usize, any: bool) -> R {
        let (j, e) = self.lex(i, Label::HijriMonth)?;
        let m = e.n as u8;
        if let Some((yv, 4)) = self.num(j) {
            if (1300..=1700).contains(&yv) {
                let mut end = j + 1;
                if self.is(end, &["h", "hijriah", "hijriyah", "ah"]) {
                    end += 1;
                }
                return Some((
                    end,
                    P::new(
                        Expr::Hijri {
                            y: Some(yv as i32),
                            m,
                            lean: Lean::Past,
                        },
                        "hijri-month-year",
                        0.9,
                    ),
                ));
            }
        }
        if !(any || self.prev_is(i, Label::YearCue) || self.prev_is(i, Label::Modifier)) {
            return None;
        }
        if self.name_follows(j) {
            return None;
        }
        Some((
            j,
            P::new(
                Expr::Hijri {
                    y: None,
                    m,
                    lean: Lean::Past,
                },
                "hijri-month",
                0.75,
            ),
        ))
    }

    fn p_tanggal(&self, i: usize) -> R {
        if !self.is(i, &["tanggal", "tgl"]) {
            return None;
        }
        let mut j = i + 1;
        if self.punct(j, '.') {
            j += 1;
        }
        let (end, mut p) = self.p_num(j)?;
        if !matches!(p.e, Expr::Day { .. } | Expr::Range(..)) {
            return None;
        }
        p.form = "day-month";
        Some((end, p))
    }

    // -------------------------------------------------------------- clock

    fn p_clock(&self, i: usize) -> R {
        if self.lang == Lang::En && self.is(i, &["noon", "midnight"]) {
            let (end, tod) = self.clock_at(i, false)?;
            let mut p = P::new(Expr::TimeOnly, "clock", 0.6);
            p.tod = Some(tod);
            return Some((end, p));
        }
        let (j, _) = self.lex(i, Label::ClockCue)?;
        if self.lang == Lang::En {
            return None; // "at" is not part of the extent
        }
        let (end, tod) = self.clock_at(j, true)?;
        let mut p = P::new(Expr::TimeOnly, "clock", 0.75);
        p.tod = Some(tod);
        // pukul 09.00-12.00 WIB: keep the start, cover the range.
        if self.dash(end) {
            if let Some((end2, _)) = self.clock_at(end + 1, true) {
                return Some((end2, p));
            }
        }
        Some((end, p))
    }

    /// hh[.:]mm [TZ] [am/pm] [pagi/malam...]; without `cued`, a time zone or
    /// am/pm is required.
    fn clock_at(&self, i: usize, cued: bool) -> Option<(usize, Tod)> {
        if self.lang == Lang::En && self.is(i, &["noon", "midnight"]) {
            let h = if self.is(i, &["noon"]) { 12 } else { 0 };
            return Some((i + 1, Tod::Clock(h, 0)));
        }
        let (h, lh) = self.num(i)?;
        if lh > 2 || h > 24 {
            return None;
        }
        let mut end = i + 1;
        let mut mm = 0;
        if (self.punct(end, '.') || self.punct(end, ':')) && self.tight(end) && self.tight(end + 1)
        {
            if let Some((m, 2)) = self.num(end + 1) {
                if m < 60 {
                    mm = m;
                    end += 2;
                }
            }
        }
        let mut h = h;
        let mut marked = false;
        if let Some((e2, ap)) = self.ampm(end) {
            if h > 12 || h == 0 {
                return None;
            }
            if ap == 1 && h < 12 {
                h += 12;
            } else if ap == 0 && h == 12 {
                h = 0;
            }
            end = e2;
            marked = true;
        }
        if let Some((e2, _)) = self.lex(end, Label::Timezone) {
            end = e2;
            marked = true;
        } else if self.is(end, &["waktu"]) && self.is(end + 1, &["setempat"]) {
            end += 2;
            marked = true;
        }
        if !marked && !(cued && (mm > 0 || end > i + 1 || h <= 24)) {
            return None;
        }
        if !marked && end == i + 1 && !cued {
            return None;
        }
        if let Some((e2, p)) = self.lex(end, Label::PartOfDay) {
            if self.lang == Lang::Id {
                if matches!(p.pod, Some("EV" | "NI")) && h < 12 {
                    h += 12;
                }
                end = e2;
            }
        }
        Some((end, Tod::Clock(h.min(24) as u8, mm as u8)))
    }

    fn ampm(&self, i: usize) -> Option<(usize, u32)> {
        if self.lang != Lang::En {
            return None;
        }
        let w = self.low(i)?;
        match w {
            "am" | "pm" => Some((i + 1, (w == "pm") as u32)),
            "a" | "p" if self.punct(i + 1, '.') && self.is(i + 2, &["m"]) => {
                let mut e = i + 3;
                if self.punct(e, '.') && self.tight(e) {
                    e += 1;
                }
                Some((e, (w == "p") as u32))
            }
            _ => None,
        }
    }

    /// Time attached after a day: "pukul 09.30 WIB", "pagi", "malam hari",
    /// ", 11:45 GMT", "at 9 a.m.".
    fn time_suffix(&self, j: usize) -> Option<(usize, Tod)> {
        let mut k = j;
        if self.punct(k, ',') {
            k += 1;
        }
        let mut pod: Option<(usize, Tod)> = None;
        if let Some((e2, p)) = self.lex(k, Label::PartOfDay) {
            let mut e2 = e2;
            if self.is(e2, &["hari"]) && self.lang == Lang::Id {
                e2 += 1;
            }
            pod = p.pod.map(|c| (e2, Tod::Pod(c)));
        } else if self.is(k, &["dini"]) && self.is(k + 1, &["hari"]) {
            pod = Some((k + 2, Tod::Pod("NI")));
        }
        let kc = pod.map_or(k, |x| x.0);
        let mut kc2 = kc;
        if self.is(kc2, &["sekitar", "around", "about"]) {
            kc2 += 1;
        }
        let cued = self.lex(kc2, Label::ClockCue).map(|x| x.0);
        let kn = cued.unwrap_or(kc2);
        if let Some((end, tod)) = self.clock_at(kn, cued.is_some()) {
            return Some((end, tod));
        }
        pod
    }
}

macro_rules! rules {
    ($($f:literal),* $(,)?) => {
        /// Every id [`rule_id`] can return.
        pub(crate) const RULE_IDS: &[&str] = &[
            $( concat!("date/id/", $f), concat!("date/en/", $f), )*
            "date/id/other",
            "date/en/other",
        ];

        fn rule_id(lang: Lang, form: &str) -> &'static str {
            match (lang, form) {
                $( (Lang::Id, $f) => concat!("date/id/", $f), (Lang::En, $f) => concat!("date/en/", $f), )*
                (Lang::Id, _) => "date/id/other",
                (Lang::En, _) => "date/en/other",
            }
        }
    };
}

rules!(
    "day-month-year",
    "day-month",
    "day-range",
    "month-day-year",
    "month-day",
    "month-year",
    "month-range",
    "month-relative",
    "month",
    "numeric",
    "iso",
    "weekday-date",
    "weekday-bracket",
    "weekday-relative",
    "weekday",
    "year",
    "year-range",
    "decade",
    "ago",
    "relative-period",
    "relative-day",
    "weekend",
    "modifier",
    "quarter",
    "present",
    "hijri-month-year",
    "hijri-month",
    "clock",
);

#[cfg(test)]
mod first_digit_tests {
    use super::first_digit;

    /// The byte-by-byte definition.
    fn reference(b: &[u8], mut i: usize) -> usize {
        while i < b.len() && !b[i].is_ascii_digit() {
            i += 1;
        }
        i.min(b.len())
    }

    #[test]
    fn matches_the_byte_by_byte_scan() {
        let texts: [&[u8]; 6] = [
            b"pada 15 Februari 2023",
            b"tanpa angka sama sekali, hanya huruf dan tanda baca!",
            "Senin “9” – 10:30 WIB".as_bytes(),
            b"/:;<=>?@0",
            &[0xb0, 0xb9, 0x39, 0x2f, 0x3a, 0x30, 0x80, 0x00, 0x10, 0x35],
            b"",
        ];
        for t in texts {
            for i in 0..=t.len() + 1 {
                assert_eq!(first_digit(t, i), reference(t, i), "{t:?} from {i}");
            }
        }
        // Every byte value at every position of a 20-byte window.
        for v in 0..=255u8 {
            for pos in 0..20 {
                let mut t = [b'x'; 20];
                t[pos] = v;
                assert_eq!(first_digit(&t, 0), reference(&t, 0), "{v} at {pos}");
            }
        }
    }
}
