//! Typed relations between entities, read per sentence from the mention
//! sequence and closed-class triggers (`src/cues.rs`).
//!
//! | rule id | reads |
//! |---|---|
//! | `rel/rank-person` | RANK [markers] PERSON → `has_rank`; a rank whose name follows a word or two later (0.7×) |
//! | `rel/title-person` | TITLE [unit no.] [ORG/PLACE…] [RANK] PERSON → `holds_title` (`of` = first ORG/PLACE, else the ORG/PLACE named inside the title: "NATO Secretary General") |
//! | `rel/org-title-person` | ORG/PLACE TITLE PERSON ("NATO Secretary General Jens Stoltenberg") |
//! | `rel/person-apposition` | PERSON, (seorang) TITLE (di/of) ORG/PLACE |
//! | `rel/meet-subject` | A (dan B) [berkomitmen untuk] bertemu / mengadakan pertemuan / met / held talks (dengan C); A menerima kunjungan C; A received a visit from C |
//! | `rel/meet-between` | pertemuan antara A dan B / talks between A and B |
//! | `rel/meet-previous` | "Pertemuan kedua akan diadakan di X": participants of the last meeting |
//! | `rel/visit` | A mengunjungi / berkunjung ke / tiba di / visited / arrived in X; kunjungan A ke X; A melakukan lawatan ke X / made a trip to X |
//! | `rel/said-to` | kata A kepada B / A told B |
//! | `rel/part-of` | ORG inside ORG as a modifier, not the head ("Komite Militer NATO", not "Royal Navy"); a multi-word unit followed by a multi-word ORG ("Departemen X Universitas Y", "School of X at Y University") |
//! | `rel/located-in` | markas ORG di PLACE; PLACE, (ibu kota) PLACE |
//!
//! Arguments come from the same sentence, except `rel/meet-previous`.
//! Coordinated participants give one edge per pair.

use crate::cues;
use crate::lang::Lang;
use crate::model::{Document, Label, Relation, RelationType};
use crate::resolve::{Cand, Src};
use crate::rules::Ctx;
use crate::span::Span;

struct R<'a, 'b, 't> {
    doc: &'a Document,
    c: &'a Ctx<'b, 't>,
    cands: &'a [Cand],
    nested: &'a [Cand],
    /// token → mention index ([`NO_MENTION`] for none)
    tok_m: Vec<u32>,
    out: Vec<Relation>,
    lang: Lang,
}

pub(crate) fn extract(
    doc: &Document,
    c: &Ctx<'_, '_>,
    cands: &[Cand],
    nested: &[Cand],
    lang: Lang,
) -> Vec<Relation> {
    let n = c.n();
    // Mention indices fit in 32 bits (a text of 4G mentions is not read).
    let mut tok_m = vec![NO_MENTION; n];
    for (i, m) in cands.iter().enumerate() {
        let e = m.tok_end.min(n);
        if m.tok_start < e {
            tok_m[m.tok_start..e].fill(i as u32);
        }
    }
    let mut r = R {
        doc,
        c,
        cands,
        nested,
        tok_m,
        out: Vec::new(),
        lang,
    };
    // Mentions (top-level and nested) per sentence: every relation but a
    // meeting of the previous sentence's participants needs two.
    let mut per_sentence = vec![0u32; c.view.sentences.len()];
    for m in cands.iter().chain(nested) {
        if m.tok_start < n {
            per_sentence[c.view.sentence_of(m.tok_start)] += 1;
        }
    }
    // The cue bits that start a trigger of each reader.
    let (meet_starts, visit_starts, said_starts) = match lang {
        Lang::Id => (
            cues::MEET_VERBS_ID.bit() | cues::MEET_LIGHT_ID.bit() | cues::MEET_NOUNS_ID.bit(),
            cues::VISIT_VERBS_ID.bit() | cues::VISIT_NOUNS_ID.bit(),
            cues::SPEECH_BEFORE_NAME_ID.bit(),
        ),
        Lang::En => (
            cues::MEET_VERBS_EN.bit() | cues::MEET_LIGHT_EN.bit() | cues::MEET_NOUNS_EN.bit(),
            cues::VISIT_VERBS_EN.bit() | cues::VISIT_NOUNS_EN.bit(),
            cues::SPEECH_BEFORE_NAME_EN.bit(),
        ),
    };
    let mut last_meet: Option<(usize, Vec<usize>)> = None;
    for (si, sent) in c.view.sentences.iter().enumerate() {
        let (a, b) = (sent.start, sent.end);
        if a >= b {
            continue;
        }
        let ev = Span::new(c.view.tokens[a].ostart, c.view.tokens[b - 1].oend);
        // One pass over the sentence finds what each reader needs to start
        // (the labels of the mentions on its tokens, its trigger words);
        // a reader that would find nothing is not run.
        let s = r.sentence_summary(a, b, meet_starts, visit_starts, said_starts);
        let has = |l: Label| s.labels & label_bit(l) != 0;
        let two = per_sentence[si] >= 2;
        if two {
            if has(Label::Title) || has(Label::Rank) {
                r.rank_title(a, b, ev);
            }
            if has(Label::Person) && has(Label::Title) {
                r.apposition(a, b, ev);
            }
        }
        if s.meet {
            let met = r.meet(a, b, ev, lang, si, &mut last_meet);
            if let Some(parts) = met {
                last_meet = Some((si, parts));
            }
        }
        if two {
            if s.visit && (has(Label::Place) || has(Label::Org)) {
                r.visit(a, b, ev, lang);
            }
            if s.said && has(Label::Person) {
                r.said_to(a, b, ev, lang);
            }
            // (A nested ORG may end where the sentence ends and start
            // there too, on no token of it: its outer mention is read at
            // token `b`.)
            let org_at_end = b < n && r.tm(b).is_some_and(|m| r.label(m) == Label::Org);
            if has(Label::Org) || has(Label::Place) || org_at_end {
                r.part_of_located_in(a, b, ev);
            }
        }
    }
    dedup(r.out)
}

/// `tok_m` entry of a token no mention covers.
const NO_MENTION: u32 = u32::MAX;

fn label_bit(l: Label) -> u8 {
    1 << l as u8
}

/// What a sentence offers the readers (see [`R::sentence_summary`]).
struct SentenceSummary {
    /// [`label_bit`]s of the mentions on its tokens.
    labels: u8,
    /// A token where `meet` looks for a trigger.
    meet: bool,
    /// A token where `visit` looks for a trigger.
    visit: bool,
    /// A token where `said_to` looks for a trigger.
    said: bool,
}

/// Verbs of intent between a subject and a meeting or visit: "A dan B
/// berkomitmen untuk mengadakan pembicaraan", "A agreed to hold talks".
/// The event is planned.
fn intent_word(t: &str) -> bool {
    matches!(
        t,
        "berkomitmen"
            | "sepakat"
            | "bersepakat"
            | "setuju"
            | "berencana"
            | "berniat"
            | "ingin"
            | "hendak"
            | "untuk"
            | "agreed"
            | "agree"
            | "committed"
            | "plan"
            | "plans"
            | "planned"
            | "intend"
            | "intends"
            | "hope"
            | "hopes"
            | "expected"
            | "set"
            | "to"
    )
}

/// Verbs of receiving a visit ("A menerima kunjungan B").
fn receive_word(t: &str) -> bool {
    matches!(t, "menerima" | "received" | "receives" | "receive")
}

/// Light verbs of a nominal visit: "melakukan lawatan", "made a trip".
fn visit_light_verb(t: &str) -> bool {
    matches!(
        t,
        "melakukan"
            | "melaksanakan"
            | "menggelar"
            | "memulai"
            | "menjalani"
            | "made"
            | "make"
            | "makes"
            | "making"
            | "paid"
            | "pay"
            | "pays"
            | "began"
            | "begins"
            | "started"
            | "undertook"
    )
}

/// First words of organizational units that belong to a larger body.
fn unit_head(t: &str) -> bool {
    matches!(
        t,
        "departemen"
            | "fakultas"
            | "jurusan"
            | "program"
            | "divisi"
            | "direktorat"
            | "biro"
            | "pusat"
            | "lembaga"
            | "sekolah"
            | "institut"
            | "laboratorium"
            | "bagian"
            | "unit"
            | "satuan"
            | "department"
            | "faculty"
            | "school"
            | "division"
            | "directorate"
            | "bureau"
            | "office"
            | "institute"
            | "center"
            | "centre"
            | "laboratory"
            | "college"
    )
}

fn dedup(mut v: Vec<Relation>) -> Vec<Relation> {
    let mut out: Vec<Relation> = Vec::new();
    for x in v.drain(..) {
        let dup = out.iter_mut().find(|y| {
            y.kind == x.kind
                && ((y.source == x.source && y.target == x.target)
                    || (x.kind == RelationType::Met
                        && y.source == x.target
                        && y.target == x.source))
                && y.evidence == x.evidence
        });
        match dup {
            Some(y) => {
                if y.place.is_none() {
                    y.place = x.place;
                }
                if y.date.is_none() {
                    y.date = x.date;
                }
                if y.of.is_none() {
                    y.of = x.of;
                }
            }
            None => out.push(x),
        }
    }
    out
}

impl<'a, 'b, 't> R<'a, 'b, 't> {
    /// The mention covering token `i`, if any.
    #[inline]
    fn tm(&self, i: usize) -> Option<usize> {
        let m = self.tok_m[i];
        (m != NO_MENTION).then_some(m as usize)
    }

    /// The labels and trigger words of sentence `a..b`. A reader is run
    /// only when its own loop would stop somewhere: `meet`, `visit` and
    /// `said_to` at a token no mention covers that starts an entry of
    /// their lists (or is a verb of receiving, or "told"), `rank_title`
    /// at a TITLE or RANK, `apposition` at a PERSON followed by a TITLE,
    /// `part_of_located_in` at an ORG or PLACE.
    fn sentence_summary(
        &self,
        a: usize,
        b: usize,
        meet_starts: u64,
        visit_starts: u64,
        said_starts: u64,
    ) -> SentenceSummary {
        let mut s = SentenceSummary {
            labels: 0,
            meet: false,
            visit: false,
            said: false,
        };
        let view = self.c.view;
        let folded = view.folded.as_bytes();
        let mut cues = 0;
        let tokens = self.tok_m[a..b]
            .iter()
            .zip(&self.c.cue[a..b])
            .zip(&view.tokens[a..b]);
        for ((&m, &cue), t) in tokens {
            if m != NO_MENTION {
                s.labels |= label_bit(self.doc.mentions[m as usize].label);
                continue;
            }
            cues |= cue;
            // "told", "tells", "tell" and the verbs of receiving: only
            // words of their lengths and first letters are read.
            match (t.end - t.start, folded.get(t.start).copied().unwrap_or(0)) {
                (4 | 5, b't') => {
                    s.said |= matches!(&view.folded[t.start..t.end], "told" | "tells" | "tell")
                }
                (7 | 8, b'm' | b'r') => s.meet |= receive_word(&view.folded[t.start..t.end]),
                _ => {}
            }
        }
        s.meet |= cues & meet_starts != 0;
        s.visit |= cues & visit_starts != 0;
        s.said |= cues & said_starts != 0;
        s
    }

    fn label(&self, m: usize) -> Label {
        self.doc.mentions[m].label
    }
    fn ent(&self, m: usize) -> usize {
        self.doc.mentions[m].entity
    }
    fn mt(&self, m: usize) -> (usize, usize) {
        (self.cands[m].tok_start, self.cands[m].tok_end)
    }
    /// Byte length of token `i` (of the folded text): a cheap test before
    /// comparing it with words.
    #[inline]
    fn tok_len(&self, i: usize) -> usize {
        let t = &self.c.view.tokens[i];
        t.end - t.start
    }
    /// Tokens matched by an entry of `list` at `i` (0 past the end).
    #[inline]
    fn w(&self, i: usize, list: &cues::CueList) -> usize {
        // Most tokens begin no entry of the list: their cue bits say so
        // without a call (`Ctx::word_in` checks the same bit first).
        if i >= self.c.n() || self.c.cue[i] & list.bit() == 0 {
            return 0;
        }
        self.c.word_in(i, list)
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: RelationType,
        s: usize,
        t: usize,
        ev: Span,
        rule: &str,
        conf: f32,
        place: Option<usize>,
        date: Option<usize>,
        of: Option<usize>,
        planned: bool,
    ) {
        let (se, te) = (self.ent(s), self.ent(t));
        if se == te {
            return;
        }
        self.out.push(Relation {
            kind,
            source: se,
            target: te,
            place: place.map(|p| self.ent(p)),
            date,
            of: of.map(|o| self.ent(o)),
            evidence: ev,
            rule: rule.to_string(),
            confidence: conf,
            planned,
        });
    }

    /// An edge without place, date or `of`.
    fn push_plain(
        &mut self,
        kind: RelationType,
        s: usize,
        t: usize,
        ev: Span,
        rule: &str,
        conf: f32,
    ) {
        self.push(kind, s, t, ev, rule, conf, None, None, None, false);
    }

    /// Skip rank markers: "TNI", "Pol", "(Inf)", "(Purn.)".
    fn skip_markers(&self, mut k: usize, b: usize) -> usize {
        while k < b && self.tm(k).is_none() {
            let t = self.c.tok(k);
            if crate::rules::builtin::is_rank_marker(t) || matches!(t, "(" | ")" | "." | "p") {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// RANK → PERSON and TITLE [ORG/PLACE…] [RANK] PERSON chains.
    fn rank_title(&mut self, a: usize, b: usize, ev: Span) {
        let mut k = a;
        while k < b {
            let Some(m) = self.tm(k) else {
                k += 1;
                continue;
            };
            let lab = self.label(m);
            if lab != Label::Title && lab != Label::Rank {
                k = self.mt(m).1.max(k + 1);
                continue;
            }
            // Walk the chain.
            let mut titles = Vec::new();
            let mut ranks = Vec::new();
            let mut ofs = Vec::new();
            let mut j = k;
            let mut person = None;
            // An ORG/PLACE right before the first TITLE ("NATO Secretary General").
            let pre_of = (k > a).then(|| self.tm(k - 1)).flatten().filter(|&p| {
                matches!(self.label(p), Label::Org | Label::Place) && lab == Label::Title
            });
            while j < b {
                let Some(x) = self.tm(j) else {
                    let j2 = self.skip_markers(j, b);
                    if j2 > j && !ranks.is_empty() {
                        j = j2;
                        continue;
                    }
                    // "Komite Militer NATO, adm. Rob Bauer": a comma between
                    // a titled organization and a rank.
                    if self.c.tok(j) == ","
                        && !titles.is_empty()
                        && j + 1 < b
                        && self.tm(j + 1).is_some_and(|y| self.label(y) == Label::Rank)
                    {
                        j += 1;
                        continue;
                    }
                    // A unit number after a title: "Komandan Kodim 0734
                    // Letkol ...", "Dandim 0734/Semarang".
                    if !titles.is_empty() && ranks.is_empty() && self.unit_number(j) {
                        j += 1;
                        continue;
                    }
                    break;
                };
                match self.label(x) {
                    Label::Title => titles.push(x),
                    Label::Rank => ranks.push(x),
                    Label::Org | Label::Place if !titles.is_empty() && ranks.is_empty() => {
                        ofs.push(x)
                    }
                    Label::Person => {
                        person = Some(x);
                        break;
                    }
                    _ => break,
                }
                j = self.mt(x).1;
            }
            // A rank still waiting for its name a word or two later (an
            // adjective or a noun moved in between by translation: "adm.
            // Perjalanan langka Rob Bauer"). Ranks are tightly bound to
            // names, so the link is kept, with lower confidence.
            let mut conf = 1.0;
            if person.is_none()
                && j > k
                && self.tm(j - 1).is_some_and(|x| self.label(x) == Label::Rank)
            {
                person = self.dangling_person(j, b);
                conf = 0.7;
            }
            if let Some(p) = person {
                for &r in &ranks {
                    self.push(
                        RelationType::HasRank,
                        p,
                        r,
                        ev,
                        "rel/rank-person",
                        0.9 * conf,
                        None,
                        None,
                        None,
                        false,
                    );
                }
                if let Some(&t) = titles.first() {
                    let (of, rule) = match (ofs.first(), pre_of) {
                        (Some(&o), _) => (Some(self.ent(o)), "rel/title-person"),
                        (None, Some(o)) => (Some(self.ent(o)), "rel/org-title-person"),
                        _ => (self.nested_of(t), "rel/title-person"),
                    };
                    self.push_of(RelationType::HoldsTitle, p, t, ev, rule, 0.85 * conf, of);
                }
                k = self.mt(p).1;
            } else {
                k = j.max(k + 1);
            }
        }
    }

    /// A digit token or slash right after a title: a unit number.
    fn unit_number(&self, j: usize) -> bool {
        let sh = self.c.shape(j);
        (sh.digit && !sh.alpha) || matches!(self.c.tok(j), "/" | "-")
    }

    /// The PERSON at most two plain words after token `j` (no punctuation,
    /// connector or other mention in between).
    fn dangling_person(&self, j: usize, b: usize) -> Option<usize> {
        let mut q = j;
        while q < b && q < j + 3 {
            if let Some(m) = self.tm(q) {
                return (self.label(m) == Label::Person && q > j).then_some(m);
            }
            let sh = self.c.shape(q);
            if !sh.alpha || sh.punct || self.c.is_in(q, &cues::CONNECT) {
                return None;
            }
            q += 1;
        }
        None
    }

    /// The organization or place named inside a title mention ("NATO" in
    /// "NATO Secretary General", "Komite Militer NATO" in "Ketua Komite
    /// Militer NATO"), when it is an entity of the document: the longest.
    fn nested_of(&self, t: usize) -> Option<usize> {
        let (s, e) = self.mt(t);
        self.nested
            .iter()
            .filter(|n| {
                n.tok_start >= s && n.tok_end <= e && matches!(n.label, Label::Org | Label::Place)
            })
            .filter_map(|n| Some((n.end - n.start, self.nested_entity(n)?)))
            .max_by_key(|&(len, e)| (len, std::cmp::Reverse(e)))
            .map(|(_, e)| e)
            .or_else(|| {
                // A hit that starts where the title starts is not kept as
                // nested (the automaton reports the longest): compare the
                // title's first and last words with the aliases of the
                // document's organizations and places.
                let c = &self.cands[t];
                let text = &self.c.view.original[c.start..c.end];
                self.doc
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.label, Label::Org | Label::Place))
                    .filter_map(|(i, e)| {
                        let len = e
                            .aliases
                            .iter()
                            .filter(|a| a.len() < text.len())
                            .filter(|a| {
                                text.strip_prefix(a.as_str())
                                    .is_some_and(|r| r.starts_with(' '))
                                    || text
                                        .strip_suffix(a.as_str())
                                        .is_some_and(|r| r.ends_with(' '))
                            })
                            .map(|a| a.len())
                            .max()?;
                        Some((len, i))
                    })
                    .max_by_key(|&(len, i)| (len, std::cmp::Reverse(i)))
                    .map(|(_, i)| i)
            })
    }

    /// `push` for a holds_title whose `of` is already an entity index.
    #[allow(clippy::too_many_arguments)]
    fn push_of(
        &mut self,
        kind: RelationType,
        s: usize,
        t: usize,
        ev: Span,
        rule: &str,
        conf: f32,
        of: Option<usize>,
    ) {
        let (se, te) = (self.ent(s), self.ent(t));
        if se == te || of == Some(se) {
            return;
        }
        self.out.push(Relation {
            kind,
            source: se,
            target: te,
            place: None,
            date: None,
            of,
            evidence: ev,
            rule: rule.to_string(),
            confidence: conf,
            planned: false,
        });
    }

    /// PERSON, (seorang) TITLE (di/of/dari) (the) ORG/PLACE.
    fn apposition(&mut self, a: usize, b: usize, ev: Span) {
        for k in a..b {
            let Some(p) = self.tm(k) else { continue };
            if self.label(p) != Label::Person || self.mt(p).0 != k {
                continue;
            }
            let mut j = self.mt(p).1;
            if j >= b || self.c.tok(j) != "," {
                continue;
            }
            j += 1;
            if j < b
                && matches!(
                    self.c.tok(j),
                    "seorang"
                        | "sang"
                        | "salah"
                        | "a"
                        | "an"
                        | "the"
                        | "mantan"
                        | "former"
                        | "selaku"
                        | "yang"
                )
            {
                j += 1;
            }
            let Some(mut t) = (j < b).then(|| self.tm(j)).flatten() else {
                continue;
            };
            // "Antony Blinken, the U.S. Secretary of State": an ORG/PLACE
            // modifier before the title is its `of`.
            let mut pre_of = None;
            if matches!(self.label(t), Label::Org | Label::Place) {
                let e = self.mt(t).1;
                match (e < b).then(|| self.tm(e)).flatten() {
                    Some(t2) if self.label(t2) == Label::Title => {
                        pre_of = Some(t);
                        t = t2;
                    }
                    _ => continue,
                }
            }
            if self.label(t) != Label::Title {
                continue;
            }
            let mut q = self.mt(t).1;
            while q < b
                && matches!(
                    self.c.tok(q),
                    "di" | "dari" | "of" | "at" | "the" | "pada" | "for"
                )
            {
                q += 1;
            }
            let of = (q < b)
                .then(|| self.tm(q))
                .flatten()
                .filter(|&o| matches!(self.label(o), Label::Org | Label::Place))
                .or(pre_of);
            self.push(
                RelationType::HoldsTitle,
                p,
                t,
                ev,
                "rel/person-apposition",
                0.8,
                None,
                None,
                of,
                false,
            );
        }
    }

    /// Mentions of the chain ending right before token `t` (exclusive),
    /// walking back over mentions and connectors, after skipping auxiliaries.
    fn chain_before(&self, t: usize, a: usize) -> (Vec<usize>, bool) {
        let mut k = t;
        let mut planned = false;
        while k > a
            && self.tm(k - 1).is_none()
            && (self.w(k - 1, &cues::AUX) > 0
                || intent_word(self.c.tok(k - 1))
                || self.c.tok(k - 1) == "," && k - 1 > a && self.tm(k - 2).is_none())
        {
            if self.w(k - 1, &cues::FUTURE_CUES) > 0 || intent_word(self.c.tok(k - 1)) {
                planned = true;
            }
            k -= 1;
        }
        let mut chain = Vec::new();
        while k > a {
            if let Some(m) = self.tm(k - 1) {
                if self.label(m) == Label::Date {
                    k = self.mt(m).0;
                    continue;
                }
                chain.push(m);
                k = self.mt(m).0;
                continue;
            }
            let tk = self.c.tok(k - 1);
            if self.c.is_in(k - 1, &cues::CONNECT) || matches!(tk, "(" | ")" | "tni" | "pol") {
                k -= 1;
                continue;
            }
            break;
        }
        chain.reverse();
        (chain, planned)
    }

    /// Mentions of the chain starting at token `t`.
    fn chain_after(&self, mut t: usize, b: usize) -> Vec<usize> {
        let mut chain = Vec::new();
        while t < b {
            if let Some(m) = self.tm(t) {
                if self.label(m) == Label::Date {
                    break;
                }
                chain.push(m);
                t = self.mt(m).1;
                continue;
            }
            let tk = self.c.tok(t);
            let next = (t + 1 < b).then(|| self.tm(t + 1)).flatten();
            if (self.c.is_in(t, &cues::CONNECT) && tk != ",")
                || matches!(tk, "(" | ")" | "tni" | "pol")
                || (tk == "," && next.is_some())
                // A determiner or a capitalized modifier (a demonym no list
                // holds) right before a title: "met Chinese Foreign
                // Minister Wang Yi", "with the Japanese ...".
                || (next.is_some_and(|m| matches!(self.label(m), Label::Title | Label::Rank))
                    && (matches!(tk, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "sang")
                        || (self.c.shape(t).cap && self.c.shape(t).alpha && !self.c.shape(t).all_caps)))
                || (matches!(tk, "the" | "his" | "her" | "their" | "its")
                    && t + 2 < b
                    && self.c.shape(t + 1).cap
                    && self.tm(t + 2).is_some_and(|m| matches!(self.label(m), Label::Title | Label::Rank)))
            {
                t += 1;
                continue;
            }
            break;
        }
        chain
    }

    /// Heads of a chain: persons if any; else organizations and places that
    /// are not modifiers of a title. With none, the organizations the
    /// titles belong to ("ketua JCS").
    fn participants(&self, chain: &[usize]) -> Vec<usize> {
        let persons: Vec<usize> = chain
            .iter()
            .copied()
            .filter(|&m| self.label(m) == Label::Person)
            .collect();
        if !persons.is_empty() {
            return persons;
        }
        let mut out = Vec::new();
        let mut modifiers = Vec::new();
        let mut after_title = false;
        let mut prev_end = None;
        for &m in chain {
            let (s, e) = self.mt(m);
            let adjacent = prev_end == Some(s);
            match self.label(m) {
                Label::Title | Label::Rank => after_title = true,
                Label::Org | Label::Place => {
                    // "to Jakarta", "di Seoul": a location, not a party.
                    let located = s > 0
                        && self.label(m) == Label::Place
                        && matches!(
                            self.c.tok(s - 1),
                            "di" | "ke" | "dari" | "in" | "to" | "at" | "from" | "near"
                        );
                    if after_title && adjacent {
                        modifiers.push(m);
                    } else if !located {
                        after_title = false;
                        out.push(m);
                    }
                }
                _ => after_title = false,
            }
            prev_end = Some(e);
        }
        if out.is_empty() {
            out.extend(modifiers.first());
        }
        out
    }

    /// First PLACE (or ORG) after a locative preposition from `t` on.
    fn place_after(&self, t: usize, b: usize) -> Option<usize> {
        let mut k = t;
        while k < b {
            if matches!(self.c.tok(k), "di" | "in" | "at" | "ke") && self.tm(k).is_none() {
                let mut q = k + 1;
                while q < b
                    && matches!(self.c.tok(q), "the" | "kota" | "markas" | "ibu" | "gedung")
                    && self.tm(q).is_none()
                {
                    q += 1;
                }
                if let Some(m) = (q < b).then(|| self.tm(q)).flatten() {
                    if self.label(m) == Label::Place {
                        return Some(m);
                    }
                }
            }
            k += 1;
        }
        None
    }

    /// The DATE mention to attach: the first after `t` in the sentence,
    /// else the last before it.
    fn date_in(&self, t: usize, a: usize, b: usize) -> Option<usize> {
        let after = (t..b)
            .filter_map(|k| self.tm(k))
            .find(|&m| self.label(m) == Label::Date);
        after.or_else(|| {
            (a..t)
                .rev()
                .filter_map(|k| self.tm(k))
                .find(|&m| self.label(m) == Label::Date)
        })
    }

    fn future_in(&self, a: usize, t: usize) -> bool {
        (a..t).any(|k| {
            self.tm(k).is_none()
                && matches!(
                    self.c.tok(k),
                    "akan"
                        | "will"
                        | "dijadwalkan"
                        | "rencananya"
                        | "berencana"
                        | "bakal"
                        | "scheduled"
                        | "plans"
                )
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn pairs(
        &mut self,
        xs: &[usize],
        ys: Option<&[usize]>,
        ev: Span,
        rule: &str,
        conf: f32,
        place: Option<usize>,
        date: Option<usize>,
        planned: bool,
    ) -> bool {
        let mut any = false;
        let pairs: Vec<(usize, usize)> = match ys {
            Some(ys) => xs
                .iter()
                .flat_map(|&x| ys.iter().map(move |&y| (x, y)))
                .collect(),
            None => (0..xs.len())
                .flat_map(|i| (i + 1..xs.len()).map(move |j| (xs[i], xs[j])))
                .collect(),
        };
        for (x, y) in pairs {
            if self.ent(x) != self.ent(y) {
                self.push(
                    RelationType::Met,
                    x,
                    y,
                    ev,
                    rule,
                    conf,
                    place,
                    date,
                    None,
                    planned,
                );
                any = true;
            }
        }
        any
    }

    fn meet(
        &mut self,
        a: usize,
        b: usize,
        ev: Span,
        lang: Lang,
        si: usize,
        last: &mut Option<(usize, Vec<usize>)>,
    ) -> Option<Vec<usize>> {
        let (verbs, light, nouns) = match lang {
            Lang::Id => (
                &*cues::MEET_VERBS_ID,
                &*cues::MEET_LIGHT_ID,
                &*cues::MEET_NOUNS_ID,
            ),
            Lang::En => (
                &*cues::MEET_VERBS_EN,
                &*cues::MEET_LIGHT_EN,
                &*cues::MEET_NOUNS_EN,
            ),
        };
        let mut found: Option<Vec<usize>> = None;
        // A trigger starts at a word of the three lists or at a verb of
        // receiving ("menerima kunjungan"); other words are skipped at once.
        let starts = verbs.bit() | light.bit() | nouns.bit();
        let mut k = a;
        while k < b {
            if self.tm(k).is_some()
                || (self.c.cue[k] & starts == 0
                    && !(matches!(self.tok_len(k), 7 | 8) && receive_word(self.c.tok(k))))
            {
                k += 1;
                continue;
            }
            // Trigger: verb, or light verb + (≤3 words) + noun, or noun + antara/between.
            let mut trig_end = 0;
            let v = self.w(k, verbs);
            // "A menerima kunjungan (kehormatan) B", "A received a (courtesy)
            // visit from B": A met B.
            let receive = self.receive_visit(k, b);
            if receive > 0 {
                trig_end = receive;
            } else if v > 0 {
                trig_end = k + v;
            } else if self.w(k, light) > 0 {
                for q in k + 1..(k + 5).min(b) {
                    if self.tm(q).is_some() {
                        break;
                    }
                    let n = self.w(q, nouns);
                    if n > 0 {
                        trig_end = q + n;
                        break;
                    }
                }
            }
            let noun = self.w(k, nouns);
            if trig_end == 0 && noun > 0 {
                // "pertemuan (…) antara A dan B"
                let mut q = k + noun;
                while q < b
                    && q < k + noun + 3
                    && self.tm(q).is_none()
                    && !matches!(self.c.tok(q), "antara" | "between")
                {
                    q += 1;
                }
                if q < b && matches!(self.c.tok(q), "antara" | "between") {
                    let chain = self.chain_after(q + 1, b);
                    let ps = self.participants(&chain);
                    if ps.len() >= 2 {
                        let place = self.place_after(q, b);
                        let date = self.date_in(q, a, b);
                        let planned = self.future_in(a, k);
                        self.pairs(&ps, None, ev, "rel/meet-between", 0.8, place, date, planned);
                        found = Some(ps);
                        k = q + 1;
                        continue;
                    }
                }
                // "Pertemuan kedua akan diadakan di Brussels": participants
                // from the last meeting of the previous sentences.
                let held = (k + noun..b.min(k + noun + 5))
                    .any(|q| self.tm(q).is_none() && self.w(q, &cues::HELD_PASSIVE) > 0);
                let (chain, _) = self.chain_before(k, a);
                if held && self.participants(&chain).is_empty() {
                    if let Some((ls, ps)) = last.clone() {
                        if si > ls && si - ls <= 2 && found.is_none() {
                            let place = self.place_after(k, b);
                            let date = self.date_in(k, a, b);
                            let planned = self.future_in(k, b) || self.future_in(a, k);
                            self.pairs(
                                &ps,
                                None,
                                ev,
                                "rel/meet-previous",
                                0.5,
                                place,
                                date,
                                planned,
                            );
                        }
                    }
                }
                k += noun;
                continue;
            }
            if trig_end == 0 {
                k += 1;
                continue;
            }
            let (chain, mut planned) = self.chain_before(k, a);
            planned |= self.future_in(a, k);
            let mut subj = self.participants(&chain);
            let mut conf = 0.8;
            // A purpose clause ("... lawatan ke Tokyo untuk bertemu dengan B",
            // "... will travel to Jakarta to meet B"): the meeting's subject
            // is the sentence's first person.
            if subj.is_empty() && k > a && matches!(self.c.tok(k - 1), "untuk" | "guna" | "to") {
                if let Some(p) = (a..k)
                    .filter_map(|t| self.tm(t))
                    .find(|&m| self.label(m) == Label::Person)
                {
                    subj = vec![p];
                    conf = 0.65;
                }
            }
            // Object: "dengan/with C" or a direct object after "menemui/met".
            let mut q = trig_end;
            let mut objs = Vec::new();
            let direct = receive > 0
                || matches!(
                self.c.tok(k),
                "menemui"
                    | "met"
                    | "meet"
                    | "meets"
                    | "hosted"
                    | "hosts"
                    | "host"
                    | "menjamu"
                    | "menyambut"
                    | "welcomed"
                    | "received"
            )
                // "Lee bertemu Juru bicara ... Lee Sung-jun": a meet verb
                // directly followed by a named participant.
                || (v > 0
                    && receive == 0
                    && trig_end < b
                    && self.tm(trig_end).is_some_and(|m| self.label(m) != Label::Date));
            while q < b
                && q < trig_end + 4
                && self.tm(q).is_none()
                && !matches!(self.c.tok(q), "dengan" | "with" | "antara" | "between")
                && !direct
            {
                q += 1;
            }
            if q < b && matches!(self.c.tok(q), "dengan" | "with" | "antara" | "between") {
                objs = self.participants(&self.chain_after(q + 1, b));
            } else if direct {
                objs = self.participants(&self.chain_after(trig_end, b));
            }
            let place = self.place_after(trig_end, b);
            let date = self.date_in(trig_end, a, b);
            let ok = if !objs.is_empty() && !subj.is_empty() {
                self.pairs(
                    &subj,
                    Some(&objs),
                    ev,
                    "rel/meet-subject",
                    conf,
                    place,
                    date,
                    planned,
                )
            } else if subj.len() >= 2 {
                self.pairs(
                    &subj,
                    None,
                    ev,
                    "rel/meet-subject",
                    conf,
                    place,
                    date,
                    planned,
                )
            } else {
                false
            };
            if ok {
                let mut all = subj.clone();
                all.extend(objs);
                found = Some(all);
            }
            k = trig_end;
        }
        found
    }

    /// End of a "received a visit from" trigger at token `k`, or 0.
    fn receive_visit(&self, k: usize, b: usize) -> usize {
        if !receive_word(self.c.tok(k)) {
            return 0;
        }
        let mut q = k + 1;
        let plain = |q: usize| q < b && self.tm(q).is_none();
        while plain(q) && matches!(self.c.tok(q), "a" | "the") {
            q += 1;
        }
        if !(plain(q)
            && matches!(
                self.c.tok(q),
                "kunjungan" | "kedatangan" | "visit" | "visits" | "call" | "delegation"
            ))
        {
            return 0;
        }
        q += 1;
        while plain(q)
            && matches!(
                self.c.tok(q),
                "kehormatan" | "resmi" | "kerja" | "kenegaraan" | "dari" | "from" | "by"
            )
        {
            q += 1;
        }
        q
    }

    fn visit(&mut self, a: usize, b: usize, ev: Span, lang: Lang) {
        let (verbs, nouns) = match lang {
            Lang::Id => (&*cues::VISIT_VERBS_ID, &*cues::VISIT_NOUNS_ID),
            Lang::En => (&*cues::VISIT_VERBS_EN, &*cues::VISIT_NOUNS_EN),
        };
        let starts = verbs.bit() | nouns.bit();
        for k in a..b {
            if self.tm(k).is_some() || self.c.cue[k] & starts == 0 {
                continue;
            }
            let v = self.w(k, verbs);
            let n = if v == 0 { self.w(k, nouns) } else { 0 };
            if v == 0 && n == 0 {
                continue;
            }
            let (subj, target_from, planned) = if v > 0 {
                let (chain, planned) = self.chain_before(k, a);
                (
                    self.participants(&chain),
                    k + v,
                    planned || self.future_in(a, k),
                )
            } else {
                // Nominal: "kunjungan [adj] X ke Y", "visit by X to Y",
                // "X's visit to Y".
                let mut q = k + n;
                while q < b
                    && q < k + n + 3
                    && self.tm(q).is_none()
                    && !matches!(self.c.tok(q), "ke" | "to" | "di" | "in")
                {
                    q += 1;
                }
                let chain = self.chain_after(q, b);
                let mut ps = self.participants(&chain);
                let after = chain.last().map(|&m| self.mt(m).1).unwrap_or(q);
                if ps.is_empty() {
                    // "A melakukan lawatan ke Y", "A made a two-day trip to
                    // Y": the subject precedes the light verb.
                    let mut s0 = k;
                    for p in (a..k).rev().take(4) {
                        if self.tm(p).is_some() {
                            break;
                        }
                        if visit_light_verb(self.c.tok(p)) {
                            s0 = p;
                            break;
                        }
                    }
                    let (pre, pl) = self.chain_before(s0, a);
                    ps = self.participants(&pre);
                    (ps, q, pl || self.future_in(a, k))
                } else {
                    (ps, after, self.future_in(a, k))
                }
            };
            if subj.is_empty() {
                continue;
            }
            // Target: after ke/di/to/in (or directly after a transitive verb).
            let mut q = target_from;
            while q < b && q < target_from + 3 && self.tm(q).is_none() {
                if matches!(self.c.tok(q), "ke" | "di" | "to" | "in" | "at") {
                    q += 1;
                    while q < b
                        && self.tm(q).is_none()
                        && matches!(self.c.tok(q), "the" | "markas" | "kota" | "ibu")
                    {
                        q += 1;
                    }
                    break;
                }
                if matches!(
                    self.c.tok(q),
                    "mengunjungi" | "visited" | "visit" | "visits" | "toured"
                ) {
                    q += 1;
                    break;
                }
                q += 1;
            }
            let Some(t) = (q < b).then(|| self.tm(q)).flatten() else {
                continue;
            };
            if !matches!(self.label(t), Label::Place | Label::Org) {
                continue;
            }
            let place = self.place_after(self.mt(t).1, b).filter(|&p| p != t);
            let date = self.date_in(self.mt(t).1, a, b);
            for s in subj {
                self.push(
                    RelationType::Visited,
                    s,
                    t,
                    ev,
                    "rel/visit",
                    0.75,
                    place,
                    date,
                    None,
                    planned,
                );
            }
        }
    }

    fn said_to(&mut self, a: usize, b: usize, ev: Span, lang: Lang) {
        let before = match lang {
            Lang::Id => &cues::SPEECH_BEFORE_NAME_ID,
            Lang::En => &cues::SPEECH_BEFORE_NAME_EN,
        };
        for k in a..b {
            if self.tm(k).is_some() {
                continue;
            }
            let v = self.w(k, before);
            let told = matches!(self.tok_len(k), 4 | 5)
                && matches!(self.c.tok(k), "told" | "tells" | "tell");
            if v == 0 && !told {
                continue;
            }
            // Speaker: the person right after the verb ("kata Park"), or
            // right before it ("Park told").
            let speaker = if v > 0 && !told {
                (k + v < b).then(|| self.tm(k + v)).flatten()
            } else if told && k > a {
                self.tm(k - 1)
            } else {
                None
            };
            let Some(sp) = speaker.filter(|&s| self.label(s) == Label::Person) else {
                continue;
            };
            let from = if told { k + 1 } else { self.mt(sp).1 };
            let mut q = from;
            let mut hear = None;
            while q < b && q < from + 6 {
                if told {
                    hear = self.tm(q);
                    break;
                }
                if self.tm(q).is_none() && self.w(q, &cues::SPEECH_TO) > 0 {
                    hear = (q + 1 < b).then(|| self.tm(q + 1)).flatten();
                    break;
                }
                if self.tm(q).is_some() {
                    break;
                }
                q += 1;
            }
            if let Some(h) = hear.filter(|&h| matches!(self.label(h), Label::Person | Label::Org)) {
                self.push_plain(RelationType::SaidTo, sp, h, ev, "rel/said-to", 0.8);
            }
        }
    }

    /// The document entity a nested mention refers to: the entity with the
    /// same gazetteer key; for a rule mention, a key-less entity with the
    /// same surface form.
    fn nested_entity(&self, n: &Cand) -> Option<usize> {
        let key = match n.src {
            Src::Gaz(_) => self
                .doc
                .nested
                .iter()
                .find(|m| m.span.start == n.start && m.span.end == n.end && m.label == n.label)
                .map(|m| &*m.source),
            _ => None,
        };
        let text = &self.c.view.original[n.start..n.end];
        self.doc.entities.iter().position(|e| {
            e.label == n.label
                && match key {
                    Some(k) => e.key.as_deref() == Some(k),
                    None => e.key.is_none() && e.aliases.iter().any(|a| a == text),
                }
        })
    }

    fn part_of_located_in(&mut self, a: usize, b: usize, ev: Span) {
        // ORG containing a nested ORG: "Komite Militer NATO" part_of NATO.
        // Nested mentions are sorted by start, so those of the sentence
        // are one run.
        let first = self.nested.partition_point(|n| n.tok_start < a);
        for n in self.nested[first..]
            .iter()
            .take_while(|n| n.tok_start <= b)
            .filter(|n| n.tok_end <= b)
        {
            let Some(outer) = (n.tok_start < self.tok_m.len())
                .then(|| self.tm(n.tok_start))
                .flatten()
            else {
                continue;
            };
            let (os, oe) = self.mt(outer);
            if self.label(outer) != Label::Org
                || n.label != Label::Org
                || (os, oe) == (n.tok_start, n.tok_end)
            {
                continue;
            }
            // The nested name must be a modifier, not the head of the outer
            // name: "Komite Militer NATO", "NATO Military Committee", but not
            // "Royal Navy" → "Navy" (English heads are last, Indonesian
            // heads first).
            let head = match self.lang {
                Lang::En => n.tok_end == oe,
                Lang::Id => n.tok_start == os,
            };
            if head {
                continue;
            }
            if let Some(e) = self.nested_entity(n) {
                let se = self.ent(outer);
                if se != e {
                    self.out.push(Relation {
                        kind: RelationType::PartOf,
                        source: se,
                        target: e,
                        place: None,
                        date: None,
                        of: None,
                        evidence: ev,
                        rule: "rel/part-of".into(),
                        confidence: 0.7,
                        planned: false,
                    });
                }
            }
        }
        // Each mention starting in the sentence whose first token maps to
        // it (mentions are sorted by start), in token order.
        let lo = self.cands.partition_point(|c| c.tok_start < a);
        let hi = lo + self.cands[lo..].partition_point(|c| c.tok_start < b);
        for m in lo..hi {
            let k = self.cands[m].tok_start;
            // Every edge below starts at an ORG or a PLACE.
            if self.tm(k) != Some(m) || !matches!(self.label(m), Label::Org | Label::Place) {
                continue;
            }
            let e = self.mt(m).1;
            let next = (e < b).then(|| self.tm(e)).flatten();
            // A unit directly followed by its organization: "Departemen X
            // Universitas Y", "School of Journalism at Columbia University".
            // Both names have two words or more (single words next to each
            // other are mostly one name cut in two: "RAO UES").
            let (next, linked) = match next {
                Some(n2) => (Some(n2), true),
                None if e + 1 < b && matches!(self.c.tok(e), "at" | "of" | "di" | "pada") => {
                    (self.tm(e + 1), false)
                }
                None => (None, false),
            };
            if let Some(n2) = next {
                let multi = |x: usize| self.mt(x).1 - self.mt(x).0 >= 2;
                if self.label(m) == Label::Org
                    && self.label(n2) == Label::Org
                    && multi(m)
                    && multi(n2)
                    && (linked && self.lang == Lang::Id || unit_head(self.c.tok(k)))
                {
                    self.push_plain(RelationType::PartOf, m, n2, ev, "rel/part-of", 0.65);
                }
            }
            // markas ORG di PLACE
            if self.label(m) == Label::Org && k > a && self.w(k - 1, &cues::HQ_WORDS) > 0 {
                if let Some(p) = (e + 1 < b && matches!(self.c.tok(e), "di" | "in"))
                    .then(|| self.tm(e + 1))
                    .flatten()
                {
                    if self.label(p) == Label::Place {
                        self.push_plain(RelationType::LocatedIn, m, p, ev, "rel/located-in", 0.8);
                    }
                }
            }
            // ORG (yang) berbasis/bermarkas di PLACE; ORG based in PLACE
            if self.label(m) == Label::Org {
                let mut q = e;
                if q < b && matches!(self.c.tok(q), "yang" | ",") {
                    q += 1;
                }
                if q + 2 < b
                    && self.w(q, &cues::HQ_WORDS) > 0
                    && matches!(self.c.tok(q + 1), "di" | "in")
                {
                    if let Some(p) = self.tm(q + 2).filter(|&p| self.label(p) == Label::Place) {
                        self.push_plain(RelationType::LocatedIn, m, p, ev, "rel/located-in", 0.8);
                    }
                }
            }
            // PLACE, (ibu kota) PLACE — a city then its province or country.
            if self.label(m) == Label::Place && e < b && self.c.tok(e) == "," {
                let mut q = e + 1;
                let cap = self.w(q, &cues::CAPITAL_WORDS);
                q += cap;
                if q < b && matches!(self.c.tok(q), "of") {
                    q += 1;
                }
                if let Some(p) = (q < b).then(|| self.tm(q)).flatten() {
                    let key_rank = |i: usize| -> u8 {
                        let s = &self.doc.mentions[i].source;
                        if s.starts_with("c:") || s.starts_with("r:") {
                            3
                        } else if s.starts_with("a1:") {
                            2
                        } else if s.starts_with("gn:") {
                            1
                        } else {
                            0
                        }
                    };
                    let (r1, r2) = (key_rank(m), key_rank(p));
                    if self.label(p) == Label::Place && (cap > 0 || (r1 >= 1 && r2 > r1)) {
                        // Only when the following text does not continue a list.
                        let pe = self.mt(p).1;
                        let list = pe < b && matches!(self.c.tok(pe), "," | "dan" | "and");
                        if cap > 0 || !list {
                            self.push_plain(
                                RelationType::LocatedIn,
                                m,
                                p,
                                ev,
                                "rel/located-in",
                                0.7,
                            );
                        }
                    }
                }
            }
        }
    }
}
