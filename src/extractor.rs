//! The builder, the extractor and the extraction pipeline.

use std::sync::Arc;

use crate::cues::{self, FxHashMap};
use crate::dates::{CivilDate, DateTagger, DocDate, DocDateSource};
use crate::entities;
use crate::error::{Error, ErrorKind};
use crate::gazetteer::{builtin, lex, Gazetteer};
use crate::lang::{self, Lang};
use crate::model::{Document, Label, Mention, SharedStr};
use crate::relations;
use crate::resolve::{resolve, resolve_among, resolve_idx, Cand, Src};
use crate::rules::{Ctx, Rule, RULES};
use crate::span::Span;
use crate::text::TextView;

/// Wall-clock time per pipeline stage, summed over all `extract` calls in
/// the process (feature `stage-timing`; off by default, when the counters
/// do not exist and cost nothing). Used by `examples/stage_timing.rs`.
#[cfg(feature = "stage-timing")]
pub mod stage_timing {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Duration;

    /// The stages, in pipeline order.
    pub const STAGES: [&str; 8] = [
        "text model (language, folding, tokens, sentences)",
        "gazetteer lookup and preliminary resolution",
        "rules (both stages, with the per-token context)",
        "dates",
        "overlap policy and back-references",
        "mentions",
        "entities",
        "relations",
    ];

    static NANOS: [AtomicU64; 8] = [const { AtomicU64::new(0) }; 8];

    pub(crate) fn add(stage: usize, d: Duration) {
        NANOS[stage].fetch_add(d.as_nanos() as u64, Ordering::Relaxed);
    }

    /// Set every counter to zero.
    pub fn reset() {
        for n in &NANOS {
            n.store(0, Ordering::Relaxed);
        }
    }

    /// Each stage with its summed time.
    pub fn snapshot() -> [(&'static str, Duration); 8] {
        std::array::from_fn(|i| {
            (
                STAGES[i],
                Duration::from_nanos(NANOS[i].load(Ordering::Relaxed)),
            )
        })
    }
}

/// End a stage of `extract` (feature `stage-timing`; nothing otherwise).
macro_rules! lap {
    ($clock:ident, $stage:expr) => {
        #[cfg(feature = "stage-timing")]
        #[allow(unused_assignments)] // the last stage's restart
        {
            let now = std::time::Instant::now();
            stage_timing::add($stage, now - $clock);
            $clock = now;
        }
    };
}

/// Priority of gazetteer candidates in the overlap policy (rules have
/// their own, see [`Rule::priority`]).
const GAZ_PRIORITY: u8 = 50;
/// Priority of one-word city hits that are also person names: below the
/// person rules.
const PERSONLIKE_PLACE_PRIORITY: u8 = 30;
/// The same for a town of fewer than a million people ("Glória" for
/// "Gloria"): below even a lone known given name (`per/lone-given`).
const PERSONLIKE_TOWN_PRIORITY: u8 = 12;
/// Population from which a person-like city keeps its place reading against
/// a lone given name ("Paris").
const PERSONLIKE_CITY_POP: u64 = 1_000_000;

fn personlike(prio: u8) -> bool {
    prio == PERSONLIKE_PLACE_PRIORITY || prio == PERSONLIKE_TOWN_PRIORITY
}
/// Stage-one rule candidates at or above this priority are context for the
/// person rules (weak guesses such as `place/cue-name` are not).
const STAGE_CONTEXT_PRIORITY: u8 = 35;
/// Priority of date candidates.
const DATE_PRIORITY: u8 = 58;

/// What to extract from: the text plus optional language and document date.
#[derive(Clone, Copy, Debug)]
pub struct Input<'t> {
    /// The text.
    pub text: &'t str,
    /// Language; detected per document when `None`.
    pub lang: Option<Lang>,
    /// Document (creation) date, used to resolve relative dates. When
    /// `None`, the dateline or the first absolute date is used.
    pub date: Option<CivilDate>,
}

impl<'t> Input<'t> {
    /// Input with no language and no date.
    pub fn new(text: &'t str) -> Input<'t> {
        Input {
            text,
            lang: None,
            date: None,
        }
    }
    /// Set the language.
    pub fn lang(mut self, lang: Lang) -> Input<'t> {
        self.lang = Some(lang);
        self
    }
    /// Set the document date.
    pub fn date(mut self, date: CivilDate) -> Input<'t> {
        self.date = Some(date);
        self
    }
}

impl<'t> From<&'t str> for Input<'t> {
    fn from(text: &'t str) -> Input<'t> {
        Input::new(text)
    }
}

impl<'t> From<&'t String> for Input<'t> {
    fn from(text: &'t String) -> Input<'t> {
        Input::new(text)
    }
}

/// Configures and builds an [`Extractor`]. Setters record options; all
/// parsing and compiling happens in [`ExtractorBuilder::build`], which can
/// be called more than once.
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    builtin: bool,
    user: Vec<(String, String)>,
    files: Vec<std::path::PathBuf>,
    disabled: Vec<String>,
    relations: bool,
    dates: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder::new()
    }
}

impl ExtractorBuilder {
    /// Defaults: embedded gazetteers, all rules, dates and relations on.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            builtin: true,
            user: Vec::new(),
            files: Vec::new(),
            disabled: Vec::new(),
            relations: true,
            dates: true,
        }
    }

    /// Use the gazetteers embedded from `data/` (default true).
    pub fn builtin_gazetteers(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.builtin = yes;
        self
    }

    /// Add a gazetteer in the row format of `data/` (see
    /// [`gazetteer::tsv`](crate::gazetteer::tsv)). `name` is used in errors.
    /// User entries take priority over built-in ones.
    pub fn add_gazetteer_tsv(
        &mut self,
        name: impl Into<String>,
        tsv: impl Into<String>,
    ) -> &mut ExtractorBuilder {
        self.user.push((name.into(), tsv.into()));
        self
    }

    /// Add a gazetteer file, read in [`build`](Self::build).
    pub fn add_gazetteer_file(
        &mut self,
        path: impl Into<std::path::PathBuf>,
    ) -> &mut ExtractorBuilder {
        self.files.push(path.into());
        self
    }

    /// Disable rules by exact id (`per/title-name`) or prefix ending in `/`
    /// (`place/`). An id that matches no rule makes `build` fail.
    pub fn disable_rules(&mut self, selector: &str) -> &mut ExtractorBuilder {
        self.disabled.push(selector.to_string());
        self
    }

    /// Extract relations (default true).
    pub fn relations(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.relations = yes;
        self
    }

    /// Find DATE mentions and the document date (default true). When off,
    /// the date stage is skipped: no DATE mentions, relations carry no
    /// date, and [`Document::document_date`] is the input's date if it has
    /// one.
    pub fn dates(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.dates = yes;
        self
    }

    /// Parse the data, compile the automaton and check the options.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut file_texts = Vec::new();
        for p in &self.files {
            let bytes = std::fs::read(p).map_err(|e| {
                Error::new(
                    ErrorKind::Config,
                    format!("{}: cannot read gazetteer: {e}", p.display()),
                )
            })?;
            let name = p.display().to_string();
            let text =
                String::from_utf8(bytes).map_err(|e| Error::invalid_utf8(&name, e.utf8_error()))?;
            file_texts.push((name, text));
        }
        let mut sources: Vec<(&str, &str)> = Vec::new();
        for (n, t) in self.user.iter().chain(file_texts.iter()) {
            sources.push((n, t));
        }
        if self.builtin {
            sources.extend(builtin::FILES.iter().copied());
        }
        let gaz = Gazetteer::build(sources)?;
        for sel in &self.disabled {
            if !RULES.iter().any(|r| selects(sel, r.id)) {
                return Err(Error::new(
                    ErrorKind::Config,
                    format!(
                        "disable_rules({sel:?}) matches no rule; rule ids look like per/title-name"
                    ),
                ));
            }
        }
        let rules: Vec<&'static Rule> = RULES
            .iter()
            .filter(|r| !self.disabled.iter().any(|s| selects(s, r.id)))
            .collect();
        Ok(Extractor {
            inner: Arc::new(Inner {
                ids: rules
                    .iter()
                    .map(|r| r.id)
                    .chain(crate::dates::RULE_IDS.iter().copied())
                    .map(|id| (id, SharedStr::from(id)))
                    .collect(),
                gaz,
                rules,
                dates: self.dates.then(DateTagger::new),
                relations: self.relations,
            }),
        })
    }
}

fn selects(sel: &str, id: &str) -> bool {
    sel == id || (sel.ends_with('/') && id.starts_with(sel)) || sel == "*"
}

#[derive(Debug)]
struct Inner {
    gaz: Gazetteer,
    rules: Vec<&'static Rule>,
    /// Rule and date-rule ids as shared strings for mention sources.
    ids: FxHashMap<&'static str, SharedStr>,
    /// `None` when the date stage is off.
    dates: Option<DateTagger>,
    relations: bool,
}

/// A compiled extractor. Cheap to clone (shared), `Send + Sync`;
/// [`extract`](Self::extract) never fails and never panics.
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

impl Extractor {
    /// An extractor with all defaults.
    pub fn new() -> Result<Extractor, Error> {
        ExtractorBuilder::new().build()
    }

    /// A builder.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The compiled gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.inner.gaz
    }

    /// The enabled rules.
    pub fn rules(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        self.inner.rules.iter().copied()
    }

    /// Extract mentions, entities and relations.
    pub fn extract<'t>(&self, input: impl Into<Input<'t>>) -> Document {
        #[cfg(feature = "stage-timing")]
        let mut clock = std::time::Instant::now();
        let input = input.into();
        let text = input.text;
        let (lang, lang_detected) = match input.lang {
            Some(l) => (l, false),
            None => (lang::detect(text), true),
        };
        let inner = &*self.inner;
        let view = TextView::new(text, &cues::is_abbreviation);
        lap!(clock, 0);

        // 1. Gazetteer candidates and the preliminary resolution the rules read.
        let mut hits = Vec::with_capacity(view.tokens.len() / 8 + 4);
        inner.gaz.find(&view, lang, &mut hits);
        let gaz_cands: Vec<Cand> = hits
            .iter()
            .map(|h| {
                let e = &inner.gaz.entries()[h.entry as usize];
                let (ts, te) = token_range(&view, view.orig(h.start), view.orig(h.end));
                // A one-word city that is also a known given name or
                // surname ("Clinton", "Dole") yields to the person rules.
                let person_like = te == ts + 1
                    && e.key.starts_with("gn:")
                    && inner.gaz.word(&view.folded[h.start..h.end]) & (lex::GIVEN | lex::SURNAME)
                        != 0;
                Cand {
                    start: view.orig(h.start),
                    end: view.orig(h.end),
                    tok_start: ts,
                    tok_end: te,
                    label: e.label,
                    src: Src::Gaz(h.entry),
                    prio: if person_like {
                        let pop: u64 = e.attr("pop").and_then(|p| p.parse().ok()).unwrap_or(0);
                        if pop >= PERSONLIKE_CITY_POP {
                            PERSONLIKE_PLACE_PRIORITY
                        } else {
                            PERSONLIKE_TOWN_PRIORITY
                        }
                    } else {
                        GAZ_PRIORITY
                    },
                    conf: h.conf,
                    date: None,
                }
            })
            .collect();
        let gaz_cands = filter_gazetteer_hits(&view, &inner.gaz, gaz_cands);
        let (prelim_idx, _) = resolve_idx(&gaz_cands);
        lap!(clock, 1);
        // One-word cities that are also person names ("Duran", "Clinton")
        // are not shown to the rules, so "Duran told Reuters" can be read as
        // a person; they still compete in the final overlap policy.
        let prelim: Vec<&Cand> = prelim_idx
            .iter()
            .map(|&i| &gaz_cands[i])
            .filter(|c| !personlike(c.prio))
            .collect();

        // 2. Rules.
        // Two stages: organization, place and title rules first; person
        // rules then also see the confident names of stage one ("Kepala
        // Badan Cadangan Pangan | Budi Wiratmo").
        let mut ctx = Ctx::new(&view, lang, &inner.gaz, &prelim);
        let mut cands = gaz_cands;
        for stage in [false, true] {
            if stage {
                let context: Vec<usize> = (0..cands.len())
                    .filter(|&i| {
                        (matches!(cands[i].src, Src::Gaz(_)) && !personlike(cands[i].prio))
                            || cands[i].prio >= STAGE_CONTEXT_PRIORITY
                    })
                    .collect();
                let (idx, _) = resolve_among(&cands, context);
                let seen: Vec<&Cand> = idx.iter().map(|&i| &cands[i]).collect();
                ctx.set_mentions(&seen);
            }
            for r in &inner.rules {
                if r.langs.contains(&lang) && (r.label == Label::Person) == stage {
                    (r.run)(&ctx, r, &mut cands);
                }
            }
        }

        lap!(clock, 2);
        // 3. Dates.
        let input_date = input.date.map(|d| DocDate {
            date: d,
            source: DocDateSource::Input,
            span: None,
        });
        let (document_date, date_matches) = match &inner.dates {
            None => (input_date, Vec::new()),
            Some(dates) => {
                // The trigger words were found by the rules' per-token
                // lookup. With an input date the text's own is not needed.
                let tagger = dates.tagger();
                let words = tagger
                    .has_embedded_triggers()
                    .then(|| date_triggers(&view, &ctx.date_words, tagger));
                let (found, matches) = tagger.find_at(text, lang, input.date, words.as_deref());
                (input_date.or(found), matches)
            }
        };
        for d in date_matches {
            let (ts, te) = token_range(&view, d.span.start, d.span.end);
            cands.push(Cand {
                start: d.span.start,
                end: d.span.end,
                tok_start: ts,
                tok_end: te,
                label: Label::Date,
                src: Src::Date(d.rule),
                prio: DATE_PRIORITY,
                conf: d.confidence,
                date: Some(Box::new(d.value)),
            });
        }

        lap!(clock, 3);
        // 4. One overlap policy over everything, then back-references.
        let (mut accepted, mut nested) = resolve(cands);
        let mut extra = if inner.rules.iter().any(|r| r.id == entities::NAME_PART_RULE) {
            entities::propagate(&ctx, &accepted, &inner.gaz)
        } else {
            Vec::new()
        };
        if inner
            .rules
            .iter()
            .any(|r| r.id == entities::SHORT_FORM_RULE)
        {
            extra.extend(entities::short_forms(&ctx, &accepted));
        }
        if !extra.is_empty() {
            if disjoint(&accepted, &extra) {
                // Nothing to decide: the overlap policy would accept all.
                accepted.extend(extra);
                accepted.sort_by_key(|c| (c.start, c.end));
            } else {
                accepted.extend(extra);
                let (a, n2) = resolve(accepted);
                accepted = a;
                nested.extend(n2);
                nested.sort_by_key(|c| (c.start, c.end));
            }
        }

        drop_bare_titles(&view, &mut accepted);
        if lang == Lang::En {
            drop_leading_article(&view, &mut accepted);
        }
        // A rule mention with exactly the span and label of a gazetteer hit
        // ("Presiden Joko Widodo": per/title-name and p:joko-widodo) is that
        // entry: it takes the gazetteer key as source (and canonical value),
        // so it merges with the entry's other aliases ("Jokowi").
        // (`nested` is sorted by start and end: the candidates starting
        // where `c` starts are one run.)
        for c in accepted
            .iter_mut()
            .filter(|c| matches!(c.src, Src::Rule(_)))
        {
            let from = nested.partition_point(|n| n.start < c.start);
            let same = nested[from..]
                .iter()
                .take_while(|n| n.start == c.start)
                .find(|n| n.end == c.end && n.label == c.label && matches!(n.src, Src::Gaz(_)));
            if let Some(n) = same {
                c.src = n.src.clone();
                c.conf = c.conf.max(n.conf);
            }
        }
        if inner.rules.iter().any(|r| r.id == SPORTS_RULE) {
            relabel_sports_teams(&view, &inner.gaz, &mut accepted);
        }

        lap!(clock, 4);
        // 5. Mentions, entities, relations.
        // One shared copy of the text; every mention's text is a slice of it.
        let shared_text = SharedStr::from(text);
        // A date candidate's value moves into its mention (nothing reads it
        // from the candidates afterwards).
        let to_mention = |c: &mut Cand| {
            let date = c.date.take();
            let (source, value) = match &c.src {
                Src::Gaz(i) => {
                    let (key, canonical) = inner.gaz.shared(*i);
                    (key.clone(), Some(canonical.clone()))
                }
                Src::Rule(id) | Src::Date(id) => (
                    inner
                        .ids
                        .get(id)
                        .cloned()
                        .unwrap_or_else(|| SharedStr::from(*id)),
                    date.as_ref().map(|d| SharedStr::from(d.value.as_str())),
                ),
            };
            Mention {
                span: Span::new(c.start, c.end),
                label: c.label,
                text: shared_text
                    .slice(c.start, c.end)
                    .unwrap_or_else(|| SharedStr::from(&text[c.start..c.end])),
                entity: 0,
                value,
                source,
                confidence: c.conf,
                date: date.map(|d| *d),
            }
        };
        let mut mentions: Vec<Mention> = accepted.iter_mut().map(to_mention).collect();
        // A title extended by its field ("Direktur Strategi dan Rencana")
        // keeps the canonical English of its head: "Director (Strategi dan
        // Rencana)".
        for m in mentions
            .iter_mut()
            .filter(|m| m.value.is_none() && m.label == Label::Title)
        {
            let from = nested.partition_point(|n| n.start < m.span.start);
            if let Some(head) = nested[from..]
                .iter()
                .take_while(|n| n.start == m.span.start)
                .find(|n| n.label == Label::Title && n.end < m.span.end)
            {
                let rest = text[head.end..m.span.end].trim();
                if let Src::Gaz(e) = head.src {
                    let v = inner.gaz.entries()[e as usize].canonical();
                    m.value = Some(SharedStr::from(format!("{v} ({rest})")));
                }
            }
        }
        let mut nested_c = nested;
        let nested: Vec<Mention> = nested_c.iter_mut().map(to_mention).collect();
        let sentences: Vec<Span> = view
            .sentences
            .iter()
            .map(|r| Span::new(view.tokens[r.start].ostart, view.tokens[r.end - 1].oend))
            .collect();
        lap!(clock, 5);
        let ents = entities::merge(&mut mentions, &accepted, &view);
        lap!(clock, 6);
        let mut doc = Document {
            lang,
            lang_detected,
            document_date,
            sentences,
            mentions,
            nested,
            entities: ents,
            relations: Vec::new(),
        };
        if inner.relations {
            doc.relations = relations::extract(&doc, &ctx, &accepted, &nested_c, lang);
        }
        lap!(clock, 7);
        doc
    }
}

/// The spans (in the original text) of the date stage's trigger words, in
/// order, read off the tokens instead of scanning the text again: a token
/// without inner joiners is one when the per-token lookup marked it
/// (`date_words`), its original bytes are ASCII and it is a whole word of
/// the original text; in a word token with inner joiners ("Senin-Selasa",
/// "Jum'at") the date stage looks for them itself. These are exactly the
/// spans the date stage's own scan finds: its trigger words are ASCII
/// letters (with inner '-' and '\'') and it accepts only whole words, and
/// a whole word of letters is a token unless a joiner ties it to the next
/// word (see the test `date_triggers_match_the_scan`).
pub(crate) fn date_triggers(
    view: &TextView<'_>,
    date_words: &[usize],
    tagger: &crate::dates::Tagger,
) -> Vec<(usize, usize)> {
    let text = view.original;
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(date_words.len());
    let mut words = date_words.iter().copied().peekable();
    let mut joined = view
        .joined
        .iter()
        .copied()
        .filter(|&j| view.tokens[j].shape.alpha)
        .peekable();
    loop {
        let (i, is_joined) = match (words.peek().copied(), joined.peek().copied()) {
            (None, None) => break,
            (Some(w), Some(j)) if w < j => {
                words.next();
                (w, false)
            }
            (_, Some(j)) => {
                if words.peek() == Some(&j) {
                    words.next();
                }
                joined.next();
                (j, true)
            }
            (Some(w), None) => {
                words.next();
                (w, false)
            }
        };
        let t = &view.tokens[i];
        if is_joined {
            tagger.triggers_within(text, t.ostart, t.oend, &mut out);
        } else if bytes[t.ostart..t.oend].is_ascii()
            && crate::dates::word_bounded(bytes, t.ostart, t.oend)
        {
            out.push((t.ostart, t.oend));
        }
    }
    out
}

/// Do the `extra` candidates overlap neither each other nor the accepted
/// ones (sorted by start, non-overlapping)?
fn disjoint(accepted: &[Cand], extra: &[Cand]) -> bool {
    let mut spans: Vec<(usize, usize)> = extra.iter().map(|c| (c.start, c.end)).collect();
    spans.sort_unstable();
    spans.windows(2).all(|w| w[0].1 <= w[1].0)
        && spans.iter().all(|&(s, e)| {
            // Accepted spans are sorted and disjoint, so their ends are
            // sorted too: only the last one starting before `e` can overlap.
            let k = accepted.partition_point(|a| a.start < e);
            k == 0 || accepted[k - 1].end <= s
        })
}

/// A lower-case one-word title ("ketua", "direktur", "penasihat") names a
/// position only next to whom or what it is about: a following mention or
/// capitalized name (directly or after di/dari/of/at), or an apposition
/// ("…, seorang profesor"). Bare generic uses ("badan penasihat") are
/// dropped.
/// In English text an organization or place name does not include the
/// article before it ("the West Bank", "The Jakarta Post" as listed):
/// the mention starts after it, as news annotation conventions have it.
fn drop_leading_article(view: &TextView<'_>, accepted: &mut [Cand]) {
    for c in accepted.iter_mut() {
        if matches!(c.label, Label::Org | Label::Place)
            && c.tok_end >= c.tok_start + 2
            && view.tok(c.tok_start) == "the"
        {
            c.tok_start += 1;
            c.start = view.tokens[c.tok_start].ostart;
        }
    }
}

fn drop_bare_titles(view: &TextView<'_>, accepted: &mut Vec<Cand>) {
    let n = view.tokens.len();
    let mut starts = vec![false; n + 1];
    for c in accepted.iter() {
        if c.label != Label::Date && c.tok_start < n {
            starts[c.tok_start] = true;
        }
    }
    let named =
        |i: usize| i < n && (starts[i] || (view.tokens[i].shape.cap && view.tokens[i].shape.alpha));
    accepted.retain(|c| {
        if c.label != Label::Title || c.tok_end != c.tok_start + 1 || !matches!(c.src, Src::Gaz(_))
        {
            return true;
        }
        let t = &view.tokens[c.tok_start];
        if t.shape.cap {
            return true;
        }
        let next = c.tok_end;
        let prep = next < n
            && matches!(
                view.tok(next),
                "di" | "dari" | "of" | "at" | "for" | "pada" | "untuk"
            );
        let prev = c.tok_start.checked_sub(1).map(|p| view.tok(p));
        let comma = next < n && view.tok(next) == ",";
        named(next)
            || ((prep || comma) && named(next + 1))
            || matches!(prev, Some("seorang" | "sang" | "selaku"))
    });
}

/// Gazetteer hits follow leftmost-longest matching: a hit that starts
/// inside an earlier hit and ends beyond it is dropped ("Wali Kota |
/// Surabaya", not "Wali | Kota Surabaya"); nested hits stay. A one-word
/// city next to a capitalized word that no list claims is dropped too: it
/// is part of a longer name ("Kelderman Houston", "Washington Post",
/// "Sutarjo Kediri"), not the city.
fn filter_gazetteer_hits(view: &TextView<'_>, gaz: &Gazetteer, hits: Vec<Cand>) -> Vec<Cand> {
    let mut kept: Vec<Cand> = Vec::with_capacity(hits.len());
    let mut max_end = 0;
    for h in hits {
        if h.start < max_end && h.end > max_end {
            // An alias with its article ("the West") yields to a name
            // starting right after the article and running on past it
            // ("the | West Bank").
            let yields = kept.last().is_some_and(|l| {
                l.end == max_end && h.tok_start == l.tok_start + 1 && view.tok(l.tok_start) == "the"
            });
            if yields {
                kept.pop();
                max_end = h.end;
                kept.push(h);
            }
            continue;
        }
        max_end = max_end.max(h.end);
        kept.push(h);
    }
    let n = view.tokens.len();
    let mut covered = vec![false; n];
    // One-word cities that are also given names ("Nelson"): as a name word
    // before another city ("Nelson | Mandela") they count as free.
    let mut given_city = vec![false; n];
    for h in &kept {
        for c in covered.iter_mut().take(h.tok_end.min(n)).skip(h.tok_start) {
            *c = true;
        }
        if h.tok_end == h.tok_start + 1 && h.tok_start < n {
            if let Src::Gaz(e) = h.src {
                given_city[h.tok_start] = gaz.entries()[e as usize].key.starts_with("gn:")
                    && gaz.word(view.tok(h.tok_start)) & lex::GIVEN != 0;
            }
        }
    }
    let free_name = |i: usize| {
        let t = &view.tokens[i];
        t.shape.cap
            && t.shape.alpha
            && !covered[i]
            && !cues::NEVER_NAMES.has(view.tok(i))
            && !cues::NEVER_NAMES_ID.has(view.tok(i))
            && !cues::DIRECTIONS_ID.has(view.tok(i))
            && !cues::PLACE_HEADS_ID.has(view.tok(i))
    };
    // Tokens covered by a hit that a city may qualify: a title or rank
    // ("Wali Kota Sidoarjo Sutarjo Wiratma" names the city after the title,
    // the person after the city) or an organization ("KPU Sidoarjo
    // Budi Wiratmo", "Polres Bogor ...").
    let mut qualifiable = vec![false; n];
    for h in &kept {
        if matches!(h.label, Label::Title | Label::Rank | Label::Org) {
            for t in qualifiable
                .iter_mut()
                .take(h.tok_end.min(n))
                .skip(h.tok_start)
            {
                *t = true;
            }
        }
    }
    kept.retain(|h| {
        let Src::Gaz(e) = h.src else { return true };
        if h.tok_end != h.tok_start + 1 || !gaz.entries()[e as usize].key.starts_with("gn:") {
            return true;
        }
        let sent = &view.sentences[view.sentence_of(h.tok_start)];
        let p = h.tok_start.checked_sub(1).filter(|&p| p >= sent.start);
        // A name word before it ("Kelderman Houston"), not at the sentence start.
        if let Some(p) = p {
            if p > sent.start && (free_name(p) || given_city[p]) {
                return false;
            }
        }
        // A name word after it ("Washington Post", "Sutarjo Kediri"),
        // unless a title, an organization or a place cue precedes it.
        let next = h.tok_end;
        let after_qualifiable_or_cue = p.is_some_and(|p| {
            qualifiable[p]
                || cues::PLACE_CUES_ID.has(view.tok(p))
                || cues::PLACE_CUES_EN.has(view.tok(p))
        });
        if next < sent.end
            && view.tokens[next].shape.space_before
            && free_name(next)
            && !after_qualifiable_or_cue
        {
            return false;
        }
        true
    });
    kept
}

const SPORTS_RULE: &str = "org/sports-team";

/// A city or state is the team named after it when a score follows it in
/// a line of scores ("CHICAGO 4 Florida 2") or a match verb or preposition
/// stands right next to it ("mengalahkan Madrid", "Chicago beat").
fn relabel_sports_teams(view: &TextView<'_>, gaz: &Gazetteer, accepted: &mut [Cand]) {
    let n = view.tokens.len();
    let word = |i: usize, list: &cues::CueList| i < n && list.has(view.tok(i));
    // Longest entry of `list` (one or more words) starting at token `i`.
    let phrase = |i: usize, list: &cues::CueList| {
        i < n && list.longest(view.tok(i), |k| (i + k < n).then(|| view.tok(i + k))) > 0
    };
    for c in accepted.iter_mut() {
        let Src::Gaz(e) = c.src else { continue };
        let key = &gaz.entries()[e as usize].key;
        if c.label != Label::Place || !key.starts_with("gn:") && !key.starts_with("a1:") {
            continue;
        }
        let (s, t) = (c.tok_start, c.tok_end);
        let sent = &view.sentences[view.sentence_of(s)];
        // (The sentence's numbers are counted only after a number.)
        let digits = || {
            (sent.start..sent.end)
                .filter(|&k| view.tokens[k].shape.digit && !view.tokens[k].shape.alpha)
                .count()
        };
        let score_next =
            t < n && view.tokens[t].shape.digit && !view.tokens[t].shape.alpha && digits() >= 2;
        let before = s > sent.start && word(s - 1, &cues::SPORT_BEFORE) && {
            // "atas", "dari", "with", "to", "dengan" only after a match verb.
            let w = view.tok(s - 1);
            !matches!(w, "atas" | "dari" | "with" | "to" | "dengan")
                || (s > sent.start + 1
                    && (word(s - 2, &cues::SPORT_AFTER)
                        || matches!(
                            view.tok(s - 2),
                            "menang" | "kalah" | "imbang" | "drew" | "lost" | "tumbang" | "takluk"
                        )))
        };
        let after = t < sent.end && phrase(t, &cues::SPORT_AFTER);
        // A fixture line, "BOSTON AT OAKLAND": the visiting team, then
        // "at" and the place it plays in (one to three capitalized words
        // ending the line).
        let fixture = s == sent.start
            && t + 1 < sent.end
            && sent.end - t <= 4
            && view.tok(t) == "at"
            && (t + 1..sent.end).all(|k| {
                let sh = view.tokens[k].shape;
                sh.cap && sh.alpha
            });
        if score_next || before || after || fixture {
            c.label = Label::Org;
            c.src = Src::Rule(SPORTS_RULE);
            c.conf = 0.7;
        }
    }
}

/// Token index range covering original byte range `s..e`.
fn token_range(view: &TextView<'_>, s: usize, e: usize) -> (usize, usize) {
    let t = &view.tokens;
    let a = t.partition_point(|k| k.oend <= s);
    let b = t.partition_point(|k| k.ostart < e);
    (a, b.max(a))
}

#[cfg(test)]
mod tests {
    use super::date_triggers;
    use crate::cues;
    use crate::dates::DateTagger;
    use crate::text::TextView;

    /// The date triggers read off the tokens, as `Ctx::new` marks them.
    fn from_tokens(tagger: &DateTagger, text: &str) -> Vec<(usize, usize)> {
        let view = TextView::new(text, &cues::is_abbreviation);
        let marked: Vec<usize> = (0..view.tokens.len())
            .filter(|&i| cues::word_masks(view.tok(i)).1 & cues::DATE_TRIGGER_BIT != 0)
            .collect();
        date_triggers(&view, &marked, tagger.tagger())
    }

    #[test]
    fn date_triggers_match_the_scan() {
        let tagger = DateTagger::new();
        assert!(tagger.tagger().has_embedded_triggers());
        for text in [
            "Pada Senin (15/2/2023) pagi, rapat digelar sejak Jum'at lalu.",
            "Senin-Selasa, akhir-akhir ini, baru-baru ini; “Senin” dan 'Selasa'.",
            "seninnya xSenin Senin2 2Senin ſenin Senín MARET maret. Maret,Mei",
            "On Monday, Tuesday's talks ended late last week; mid-March 2023.",
            "tgl. 5 Agustus, tanggal 17, sepekan, seminggu-dua minggu, Dhul-Hijjah",
            "pada\u{a0}Kamis\u{2014}Jumat\u{2019}s ke-3 sya'ban Sya`ban Rabu—Kamis",
            "",
        ] {
            assert_eq!(
                from_tokens(&tagger, text),
                tagger.tagger().scan_triggers(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn date_triggers_match_the_scan_on_any_text(
            words in proptest::collection::vec(
                "(Senin|senin|SELASA|Jum'at|jum’at|akhir-akhir|akhir|baru-baru|ini|hari|tgl|Maret|March|week|\
                  mid|[a-zA-Z]{1,6}|é|ß|“|—|[0-9]{1,4}|\\PC)",
                0..40,
            ),
            seps in proptest::collection::vec("( |, |\\.|-|'|`|’|/|\n|\u{a0}|)", 40),
        ) {
            let tagger = DateTagger::new();
            let mut text = String::new();
            for (w, s) in words.iter().zip(&seps) {
                text.push_str(w);
                text.push_str(s);
            }
            proptest::prop_assert_eq!(
                from_tokens(&tagger, &text),
                tagger.tagger().scan_triggers(&text),
                "{:?}",
                text
            );
        }
    }
}
