//! Context rules for names no list contains.
//!
//! Every rule has an id (`per/title-name`), a label, a priority, the
//! languages it runs for, and its own positive and negative examples
//! (checked by one test over all rules). Rules read tokens, their shapes,
//! the word lexicons and the preliminary gazetteer mentions, and propose
//! candidates; the one overlap policy (see `DESIGN.md`) decides.

pub(crate) mod builtin;

pub use builtin::RULES;

use crate::cues;
use crate::gazetteer::{lex, Gazetteer};
use crate::lang::Lang;
use crate::model::Label;
use crate::resolve::{Cand, Src};
use crate::text::TextView;

/// A positive or negative example of a rule.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// Language of the text.
    pub lang: Lang,
    /// The text.
    pub text: &'static str,
    /// Mentions `(label, text)` the rule must produce.
    pub expect: &'static [(Label, &'static str)],
    /// Mentions `(label, text)` that must not appear.
    pub reject: &'static [(Label, &'static str)],
}

/// A context rule.
#[derive(Clone, Copy)]
pub struct Rule {
    /// Stable id, `<label>/<name>`; the builder disables rules by id or id
    /// prefix.
    pub id: &'static str,
    /// Label of what it proposes.
    pub label: Label,
    /// Priority among equally long candidates (higher wins).
    pub priority: u8,
    /// Languages it runs for.
    pub langs: &'static [Lang],
    /// Base confidence of its candidates.
    pub confidence: f32,
    /// One-line description.
    pub description: &'static str,
    /// Positive and negative examples.
    pub examples: &'static [Example],
    pub(crate) run: fn(&Ctx<'_, '_>, &Rule, &mut Vec<Cand>),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .field("label", &self.label)
            .finish()
    }
}

/// What rules see.
pub(crate) struct Ctx<'a, 't> {
    pub view: &'a TextView<'t>,
    pub lang: Lang,
    /// Per token: the label of the preliminary (gazetteer) mention covering
    /// it, if any.
    pub tok_label: Vec<Option<Label>>,
    /// Per token: for the first token of a preliminary mention, the index
    /// one past its last token.
    pub tok_mention_end: Vec<usize>,
    /// Per token: index of its sentence's first token.
    pub sent_start: Vec<usize>,
    /// Per token: index one past its sentence's last token.
    pub sent_end: Vec<usize>,
    /// Per token: lexicon flags.
    pub lexf: Vec<u8>,
    /// Per token: bits of the cue lists with an entry starting with it.
    pub cue: Vec<u64>,
    /// Per token: bits of the cue lists that have it as a single-word
    /// entry.
    pub single: Vec<u64>,
    /// Indices of the capitalized tokens, in order: rules that start at a
    /// capitalized word visit only these.
    pub caps: Vec<usize>,
    /// Indices of the tokens that start an entry of some cue list, in
    /// order: rules that start at a cue word visit only these.
    pub cued: Vec<usize>,
    /// Indices of the tokens that are trigger words of the date stage, in
    /// order ([`cues::DATE_TRIGGER_BIT`]).
    pub date_words: Vec<usize>,
}

impl<'a, 't> Ctx<'a, 't> {
    pub(crate) fn new(
        view: &'a TextView<'t>,
        lang: Lang,
        gaz: &'a Gazetteer,
        prelim: &[&Cand],
    ) -> Self {
        let n = view.tokens.len();
        let (tok_label, tok_mention_end) = Self::mention_maps(n, prelim);
        let mut sent_start = vec![0; n];
        let mut sent_end = vec![0; n];
        for r in &view.sentences {
            for i in r.clone() {
                sent_start[i] = r.start;
                sent_end[i] = r.end;
            }
        }
        // Every word looks up the small cue index; capitalized words also
        // the gazetteer's lexicon (given names, surnames, common words).
        // One pass fills the cue tables and the lists of capitalized, cue
        // and date-trigger tokens, a second the capitalized words' lexicon
        // flags.
        // Most tokens begin no cue entry and are in lower case: their
        // entries stay zero.
        let mut cue = vec![0u64; n];
        let mut single = vec![0u64; n];
        let mut lexf = vec![0u8; n];
        // Sized for the whole text: in news about a quarter of the tokens
        // are capitalized and half begin a cue entry, and growing these
        // lists costs more than the unused room.
        let (mut caps, mut cued) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let mut date_words = Vec::with_capacity(n / 16 + 4);
        let folded = view.folded.as_str();
        let masks = cues::word_mask_table();
        for (i, t) in view.tokens.iter().enumerate() {
            // A word's single-entry bits are among its first-word bits
            // (but for the date triggers' bit).
            if let Some((m, one)) = masks.get_at(folded, t.start, t.end) {
                if m != 0 {
                    cue[i] = m;
                    single[i] = one & !cues::DATE_TRIGGER_BIT;
                    cued.push(i);
                }
                if one & cues::DATE_TRIGGER_BIT != 0 {
                    date_words.push(i);
                }
            }
            if t.shape.cap {
                caps.push(i);
            }
        }
        // The lexicon is larger than the L2 cache: its lookups in a loop of
        // their own are independent of each other, so their memory reads
        // overlap.
        for &i in &caps {
            let t = &view.tokens[i];
            lexf[i] = gaz.word_at(folded, t.start, t.end);
        }
        Ctx {
            view,
            lang,
            tok_label,
            tok_mention_end,
            sent_start,
            sent_end,
            lexf,
            cue,
            single,
            caps,
            cued,
            date_words,
        }
    }

    fn mention_maps(n: usize, prelim: &[&Cand]) -> (Vec<Option<Label>>, Vec<usize>) {
        let mut tok_label = vec![None; n];
        let mut tok_mention_end = vec![0; n];
        for c in prelim {
            let (s, e) = (c.tok_start, c.tok_end.min(n));
            for l in tok_label.iter_mut().take(e).skip(s) {
                *l = Some(c.label);
            }
            if s < n {
                tok_mention_end[s] = e;
            }
        }
        (tok_label, tok_mention_end)
    }

    /// Replace the mentions the rules read (between rule stages).
    pub(crate) fn set_mentions(&mut self, prelim: &[&Cand]) {
        let (l, e) = Self::mention_maps(self.n(), prelim);
        self.tok_label = l;
        self.tok_mention_end = e;
    }

    /// The list of the document's language.
    pub(crate) fn by_lang(
        &self,
        id: &'static cues::CueList,
        en: &'static cues::CueList,
    ) -> &'static cues::CueList {
        match self.lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }

    pub(crate) fn n(&self) -> usize {
        self.view.tokens.len()
    }

    pub(crate) fn tok(&self, i: usize) -> &str {
        self.view.tok(i)
    }

    /// Is token `i` the one-byte token `b` ("(", ",")?
    #[inline]
    pub(crate) fn is_byte(&self, i: usize, b: u8) -> bool {
        let t = &self.view.tokens[i];
        t.end - t.start == 1 && self.view.folded.as_bytes()[t.start] == b
    }

    pub(crate) fn shape(&self, i: usize) -> crate::text::Shape {
        self.view.tokens[i].shape
    }

    /// The token after a cue of `m` tokens at `i`, if it is in the cue's
    /// sentence: a cue ending a line ("said", "di") introduces nothing on
    /// the next one.
    pub(crate) fn after_cue(&self, i: usize, m: usize) -> Option<usize> {
        let k = i + m;
        (m > 0 && k < self.sent_end[i]).then_some(k)
    }

    /// Does an entry of `list` start at token `i`? Multi-word entries
    /// match the following tokens of the same sentence; returns the number
    /// of tokens matched (0 for none, longest entry wins).
    #[inline(always)]
    pub(crate) fn word_in(&self, i: usize, list: &cues::CueList) -> usize {
        if i >= self.n() || self.cue[i] & list.bit() == 0 {
            return 0;
        }
        self.word_in_cued(i, list)
    }

    /// [`Self::word_in`] for a token whose cue bit of `list` is set.
    #[inline(never)]
    fn word_in_cued(&self, i: usize, list: &cues::CueList) -> usize {
        let end = self.sent_end[i].max(i + 1);
        list.longest(self.tok(i), |k| (i + k < end).then(|| self.tok(i + k)))
    }

    /// Is token `i` a single-word entry of `list`?
    #[inline]
    pub(crate) fn is_in(&self, i: usize, list: &cues::CueList) -> bool {
        i < self.n() && self.single[i] & list.bit() != 0
    }

    pub(crate) fn is_common(&self, i: usize) -> bool {
        let f = self.lexf[i];
        let mask = match self.lang {
            Lang::Id => lex::COMMON_ID,
            Lang::En => lex::COMMON_EN,
        };
        f & mask != 0
    }

    /// Is the name word `i` also an everyday word of this document's
    /// language? The data flag (`amb=1`) covers both languages and a wider
    /// dictionary ("john" is in it); the name is ambiguous here only when
    /// the word is also in this language's common-word lexicon ("Mark",
    /// "Will" in English; "Tim", team, in Indonesian).
    pub(crate) fn name_amb(&self, i: usize) -> bool {
        self.lexf[i] & lex::NAME_AMB != 0 && self.is_common(i)
    }

    pub(crate) fn is_name_word(&self, i: usize) -> bool {
        let f = self.lexf[i];
        f & (lex::GIVEN | lex::SURNAME) != 0 && !self.name_amb(i)
    }

    pub(crate) fn at_sentence_start(&self, i: usize) -> bool {
        let s = self.sent_start[i];
        // Skip opening quotes/brackets/dashes at the sentence start.
        let mut k = s;
        while k < i && self.shape(k).punct {
            k += 1;
        }
        k == i
    }

    /// A capitalized alphabetic token that may be part of a name: not a
    /// preliminary non-PERSON mention, not a never-name word.
    pub(crate) fn name_token(&self, i: usize) -> bool {
        if i >= self.n() {
            return false;
        }
        let sh = self.shape(i);
        if !sh.cap || !sh.alpha || sh.digit {
            return false;
        }
        if matches!(self.tok_label[i], Some(l) if l != Label::Person) {
            return false;
        }
        // An acronym of three letters or more ("YABB") is an organization,
        // not part of a person's name (initials such as "RZ" are).
        if sh.all_caps && self.tok(i).len() >= 3 {
            return false;
        }
        !self.never_name(i)
    }

    /// A word that never names anyone in this document's language.
    pub(crate) fn never_name(&self, i: usize) -> bool {
        self.is_in(i, &cues::NEVER_NAMES)
            || (self.lang == Lang::Id && self.is_in(i, &cues::NEVER_NAMES_ID))
    }

    /// An Indonesian nominalization ("Penanganan", "Kesehatan",
    /// "Pertanian"): pe(N)-/per-/ke- … -an, eight letters or more. Such
    /// words name fields and offices, never people.
    pub(crate) fn nominalization(&self, i: usize) -> bool {
        if self.lang != Lang::Id {
            return false;
        }
        let w = self.tok(i);
        w.len() >= 8
            && w.ends_with("an")
            && !w.ends_with("wan")
            && ["pe", "ke"].iter().any(|p| w.starts_with(p))
    }

    /// An initial: a single capital letter followed by '.' ("J.").
    fn initial(&self, i: usize) -> bool {
        // `dot` (a '.' right after the token) is implied by the rest and
        // rules out most tokens without reading their text.
        i + 1 < self.n()
            && self.shape(i).cap
            && self.shape(i).dot
            && self.is_byte(i + 1, b'.')
            && !self.view.tokens[i + 1].shape.space_before
            && self.tok(i).chars().count() == 1
    }

    /// The longest person-name run starting at `i` (exclusive end), at most
    /// `max` name words, inside the sentence. Allows initials ("J."),
    /// lower-case particles between name words ("bin", "van") and a
    /// closing regnal number ("Kelderic VIII").
    pub(crate) fn name_run(&self, i: usize, max: usize) -> Option<usize> {
        let end = self.sent_end.get(i).copied().unwrap_or(0);
        let mut k = i;
        let mut words = 0;
        let mut last = None;
        while k < end && words < max {
            if self.initial(k) {
                k += 2;
                words += 1;
                continue;
            }
            if self.name_token(k) {
                k += 1;
                words += 1;
                last = Some(k);
                continue;
            }
            // Lower-case "di" is Indonesian "at" ("Budi Santoso | di
            // Chelsea"), not the particle of "Di Kelderan".
            if words > 0
                && self.is_in(k, &cues::NAME_PARTICLES)
                && !self.shape(k).cap
                && !(self.lang == Lang::Id && self.tok(k) == "di")
                && self.name_token(k + 1)
                && k + 1 < end
            {
                k += 1;
                continue;
            }
            break;
        }
        // A regnal number ends the name ("Kelderic VIII", "Marla II").
        if let Some(l) = last {
            if l < end && self.regnal(l) {
                return Some(l + 1);
            }
        }
        last
    }

    /// A regnal number in capitals: "I" to "XX" ("Kelderic VIII").
    fn regnal(&self, i: usize) -> bool {
        let sh = self.shape(i);
        (sh.all_caps || self.tok(i) == "i")
            && sh.cap
            && !sh.digit
            && matches!(
                self.tok(i),
                "i" | "ii"
                    | "iii"
                    | "iv"
                    | "v"
                    | "vi"
                    | "vii"
                    | "viii"
                    | "ix"
                    | "x"
                    | "xi"
                    | "xii"
                    | "xiii"
                    | "xiv"
                    | "xv"
                    | "xvi"
                    | "xvii"
                    | "xviii"
                    | "xix"
                    | "xx"
            )
    }

    /// A romanized Korean or Chinese given name: a capitalized word, a
    /// hyphen and a lower-case syllable of at most six letters (six only
    /// as in "zhuang"): "Jong-sup", "Cheuk-ting"; not "Prize-winner".
    pub(crate) fn romanized_given(&self, i: usize) -> bool {
        let sh = self.shape(i);
        if !sh.cap || !sh.hyphen || sh.all_caps {
            return false;
        }
        let Some((_, second)) = self.view.tok_orig(i).split_once('-') else {
            return false;
        };
        let n = second.chars().count();
        second.chars().next().is_some_and(char::is_lowercase)
            && !second.contains('-')
            && (n < 6 || (n == 6 && ["zh", "ch", "sh"].iter().any(|p| second.starts_with(p))))
    }

    /// "Prize-winner", "Pan-democrat": a hyphenated word going on in lower
    /// case that no romanized given name explains; never part of a name.
    pub(crate) fn lower_compound(&self, i: usize) -> bool {
        self.shape(i).hyphen
            && !self.romanized_given(i)
            && self
                .view
                .tok_orig(i)
                .split_once('-')
                .is_some_and(|(_, b)| b.chars().next().is_some_and(char::is_lowercase))
    }

    /// How name-like are tokens `s..e`? Known given names and surnames and
    /// Korean-style hyphenated names count for, common words against.
    pub(crate) fn name_score(&self, s: usize, e: usize) -> i32 {
        let mut score = 0;
        for i in s..e {
            let sh = self.shape(i);
            // A regnal number, or a particle opening a surname ("Van
            // Kelderen", "De Kelder"; "van" is also an everyday word), counts
            // neither way.
            if !sh.alpha
                || (i > s && self.regnal(i))
                || (i + 1 < e && self.is_in(i, &cues::NAME_PARTICLES))
            {
                continue;
            }
            if self.is_name_word(i) || self.romanized_given(i) {
                score += 2;
            } else if self.is_common(i) || self.nominalization(i) || self.lower_compound(i) {
                score -= 2;
            } else if self.lexf[i] & (lex::GIVEN | lex::SURNAME) != 0 {
                score += 1;
            } else if sh.all_caps && self.tok(i).len() > 1 {
                score -= 1;
            } else {
                score += 1;
            }
        }
        score
    }

    /// Emit a candidate over tokens `s..e`.
    pub(crate) fn emit(&self, rule: &Rule, s: usize, e: usize, conf: f32, out: &mut Vec<Cand>) {
        // A name never runs on into the next sentence (or line): "... of
        // Harbour Party" + "New Future Party ..." are two.
        if s >= e || e > self.n() || e > self.sent_end[s] {
            return;
        }
        let t = &self.view.tokens;
        out.push(Cand {
            start: t[s].ostart,
            end: t[e - 1].oend,
            tok_start: s,
            tok_end: e,
            label: rule.label,
            src: Src::Rule(rule.id),
            prio: rule.priority,
            conf,
            date: None,
        });
    }
}
