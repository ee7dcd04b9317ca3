//! Token-per-line corpora: reading, tag decoding and detokenization.

use std::ops::Range;

use warta::Span;

/// The tagging scheme of the label column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// IOB1 or IOB2 (`B-X`, `I-X`, `O`); spans never cross sentences.
    Iob,
    /// BILOU (`B-`, `I-`, `L-`, `U-`, `O`); spans may cross sentence
    /// breaks (PFSA statements do).
    Bilou,
}

/// How stand-alone `-` tokens are joined back into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hyphens {
    /// `Covid - 19` becomes `Covid-19` (tokenizers that split hyphenated
    /// words: the Indonesian corpora).
    Tight,
    /// `CRICKET - LEICESTERSHIRE` stays spaced (CoNLL-2003 keeps hyphenated
    /// words whole, so a `-` token is a separator).
    Spaced,
}

/// One sentence as read: tokens, their tags and the 1-based line of the
/// first token.
pub struct RawSentence {
    pub tokens: Vec<String>,
    pub tags: Vec<String>,
    pub line: usize,
}

/// A gold span: the raw corpus label and a token range.
#[derive(Clone, Debug)]
pub struct GoldSpan {
    pub label: String,
    pub toks: Range<usize>,
}

/// A detokenized document: the text the library sees, the byte span of
/// every token, sentences as token ranges and the gold spans.
pub struct Doc {
    pub text: String,
    pub tokens: Vec<Span>,
    pub sentences: Vec<Range<usize>>,
    pub gold: Vec<GoldSpan>,
}

impl Doc {
    /// Byte span of a token range (non-empty).
    pub fn span(&self, toks: &Range<usize>) -> Span {
        Span::new(self.tokens[toks.start].start, self.tokens[toks.end - 1].end)
    }

    /// The token range covering a byte span, snapped outward to token
    /// boundaries; `None` when the span touches no token.
    pub fn snap(&self, span: Span) -> Option<Range<usize>> {
        let first = self.tokens.partition_point(|t| t.end <= span.start);
        let end = self.tokens.partition_point(|t| t.start < span.end);
        (first < end).then_some(first..end)
    }

    /// The index of the sentence holding token `tok`.
    pub fn sentence_index(&self, tok: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= tok)
    }

    /// The sentence (token range) holding token `tok`.
    pub fn sentence_of(&self, tok: usize) -> Range<usize> {
        self.sentences
            .get(self.sentence_index(tok))
            .cloned()
            .unwrap_or(tok..tok + 1)
    }
}

/// Parse a corpus into documents of raw sentences. `-DOCSTART-` lines
/// separate documents; a file without them is cut into pseudo-documents of
/// `doc_sents` consecutive sentences. At most `max_sents` sentences are
/// read.
pub fn read(
    name: &str,
    content: &str,
    doc_sents: usize,
    max_sents: usize,
) -> Result<Vec<Vec<RawSentence>>, String> {
    let mut docs: Vec<Vec<RawSentence>> = vec![Vec::new()];
    let mut has_docstart = false;
    let mut cur = RawSentence {
        tokens: Vec::new(),
        tags: Vec::new(),
        line: 0,
    };
    let mut n_sents = 0;
    let mut lines = content.lines().enumerate();
    loop {
        let next = lines.next();
        let line = next.map(|(_, l)| l.trim_end_matches('\r'));
        let lineno = next.map_or(0, |(i, _)| i + 1);
        let docstart = line.is_some_and(|l| l.starts_with("-DOCSTART-"));
        let blank = line.is_none_or(|l| l.trim().is_empty());
        if blank || docstart {
            if !cur.tokens.is_empty() {
                let s = std::mem::replace(
                    &mut cur,
                    RawSentence {
                        tokens: Vec::new(),
                        tags: Vec::new(),
                        line: 0,
                    },
                );
                docs.last_mut().expect("one doc").push(s);
                n_sents += 1;
            }
            if docstart {
                has_docstart = true;
                if !docs.last().expect("one doc").is_empty() {
                    docs.push(Vec::new());
                }
            }
            if line.is_none() || n_sents >= max_sents {
                break;
            }
            continue;
        }
        let line = line.expect("not blank");
        let fields: Vec<&str> = if line.contains('\t') {
            line.split('\t').map(str::trim).collect()
        } else {
            line.split_whitespace().collect()
        };
        if fields.len() < 2 || fields[0].is_empty() {
            return Err(format!(
                "{name}:{lineno}: expected `token ... label`, got {line:?}"
            ));
        }
        let tag = fields[fields.len() - 1];
        parse_tag(tag).map_err(|e| format!("{name}:{lineno}: {e}"))?;
        if cur.tokens.is_empty() {
            cur.line = lineno;
        }
        cur.tokens.push(fields[0].to_string());
        cur.tags.push(tag.to_string());
    }
    docs.retain(|d| !d.is_empty());
    if has_docstart {
        return Ok(docs);
    }
    let mut chunks = Vec::new();
    let mut sents = docs.into_iter().flatten().peekable();
    while sents.peek().is_some() {
        chunks.push(sents.by_ref().take(doc_sents.max(1)).collect());
    }
    Ok(chunks)
}

/// Split a tag into its prefix (`B I L U E S`, or `O`) and label. A bare
/// label without prefix is read as `I-label` (IO scheme).
pub fn parse_tag(tag: &str) -> Result<(char, &str), String> {
    if tag == "O" {
        return Ok(('O', ""));
    }
    match tag.split_once(['-', '_']) {
        Some((p, l)) if p.len() == 1 && !l.is_empty() => {
            let p = p.chars().next().expect("one char").to_ascii_uppercase();
            if "BILUES".contains(p) {
                Ok((p, l))
            } else {
                Err(format!("unknown tag prefix in {tag:?}"))
            }
        }
        _ if !tag.is_empty() && !tag.contains(char::is_whitespace) => Ok(('I', tag)),
        _ => Err(format!("bad tag {tag:?}")),
    }
}

/// Decode the tags of a document (token indices are document-wide).
/// Lenient about malformed sequences: an `I-`/`L-` that does not continue
/// an open span of its label starts a new one (this is also exactly IOB1).
pub fn decode(sents: &[RawSentence], scheme: Scheme) -> Vec<GoldSpan> {
    let mut out = Vec::new();
    let mut open: Option<GoldSpan> = None;
    let mut tok = 0;
    for s in sents {
        if scheme == Scheme::Iob {
            out.extend(open.take());
        }
        for tag in &s.tags {
            let (p, label) = parse_tag(tag).unwrap_or(('O', ""));
            let continues = open.as_ref().is_some_and(|o| o.label == label);
            match p {
                'O' => out.extend(open.take()),
                'I' | 'L' | 'E' if continues => {
                    if let Some(o) = open.as_mut() {
                        o.toks.end = tok + 1;
                    }
                    if p != 'I' {
                        out.extend(open.take());
                    }
                }
                _ => {
                    out.extend(open.take());
                    let span = GoldSpan {
                        label: label.to_string(),
                        toks: tok..tok + 1,
                    };
                    if matches!(p, 'B' | 'I') {
                        open = Some(span);
                    } else {
                        out.push(span);
                    }
                }
            }
            tok += 1;
        }
    }
    out.extend(open);
    out
}

fn is_closer(t: &str) -> bool {
    matches!(
        t,
        "," | "." | ";" | ":" | ")" | "]" | "}" | "?" | "!" | "%" | "”" | "’" | "»" | "..." | "…"
    ) || is_clitic(t)
}

fn is_opener(t: &str) -> bool {
    matches!(t, "(" | "[" | "{" | "“" | "‘" | "«")
}

/// English clitics split off by the CoNLL tokenizer: `'s`, `n't`, `'re`...
fn is_clitic(t: &str) -> bool {
    let l = t.to_ascii_lowercase();
    matches!(
        l.as_str(),
        "'s" | "n't" | "'re" | "'ve" | "'ll" | "'d" | "'m" | "’s"
    )
}

/// Decide whether an ASCII quote opens or closes, from its neighbours
/// first (a quote after `,` `.` `?` `!` or before closing punctuation
/// closes; one at sentence start opens) and by alternation otherwise.
/// Returns `(opens, closes)`.
fn quote(open: &mut bool, prev: Option<&str>, next: Option<&str>) -> (bool, bool) {
    let closes = match (prev, next) {
        (None, _) => false,
        (Some("," | "." | "?" | "!" | "..."), _) => true,
        (_, None) => true,
        (_, Some(n)) if is_closer(n) => true,
        _ => *open,
    };
    *open = !closes;
    (!closes, closes)
}

/// True when the tokens before a `-` look like a news dateline
/// ("Paris - ", "Kelderton Springs - "): at most four capitalized words from the
/// sentence start, followed by a capitalized word. Such a dash stays
/// spaced.
fn in_dateline(before: &[String], next: Option<&str>) -> bool {
    let cap = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    (1..=4).contains(&before.len()) && before.iter().all(|t| cap(t)) && next.is_some_and(cap)
}

/// Join a document's sentences into natural text: sentences separated by
/// `\n`, no space before closing punctuation or after opening brackets,
/// ASCII `"` and `'` alternating open/close within a sentence.
pub fn detokenize(sents: &[RawSentence], scheme: Scheme, hyphens: Hyphens) -> Doc {
    let mut text = String::new();
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        if si > 0 {
            text.push('\n');
        }
        let first_tok = tokens.len();
        let mut dq_open = false;
        let mut sq_open = false;
        let mut glue_next = true;
        for (i, t) in s.tokens.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| s.tokens[j].as_str());
            let next = s.tokens.get(i + 1).map(String::as_str);
            let tight = match t.as_str() {
                "/" => true,
                "-" => hyphens == Hyphens::Tight && !in_dateline(&s.tokens[..i], next),
                _ => false,
            };
            let (opens, closes) = match t.as_str() {
                "\"" => quote(&mut dq_open, prev, next),
                "'" => quote(&mut sq_open, prev, next),
                _ if hyphens == Hyphens::Tight && t.len() > 1 => {
                    // Indonesian clitics and prefixes split off: "-nya", "se-".
                    (t.ends_with('-'), t.starts_with('-'))
                }
                _ => (is_opener(t), is_closer(t)),
            };
            if !glue_next && !closes && !tight {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(t);
            tokens.push(Span::new(start, text.len()));
            glue_next = opens || tight;
        }
        sentences.push(first_tok..tokens.len());
    }
    let gold = decode(sents, scheme);
    Doc {
        text,
        tokens,
        sentences,
        gold,
    }
}

#[cfg(test)]
mod tests {
    // Examples are not run by `cargo test` unless asked; the checks below
    // document the intended behaviour and run with
    // `cargo test --example evaluate`.
    use super::*;

    fn sent(toks: &[&str], tags: &[&str]) -> RawSentence {
        RawSentence {
            tokens: toks.iter().map(|s| s.to_string()).collect(),
            tags: tags.iter().map(|s| s.to_string()).collect(),
            line: 1,
        }
    }

    #[test]
    fn detokenizes_punctuation_and_quotes() {
        let s = sent(
            &[
                "Paris", "-", "Kata", "\"", "Budi", "Wiratmo", "\"", "(", "Covid", "-", "19", ")",
                ",", "5", "/", "10", "-nya", ".", "\"",
            ],
            &["O"; 19],
        );
        let d = detokenize(&[s], Scheme::Iob, Hyphens::Tight);
        assert_eq!(
            d.text,
            "Paris - Kata \"Budi Wiratmo\" (Covid-19), 5/10-nya.\""
        );
        assert_eq!(&d.text[d.tokens[4].range()], "Budi");
    }

    #[test]
    fn decodes_iob1_iob2_and_bilou() {
        let s = sent(&["a", "b", "c", "d"], &["I-PER", "I-PER", "B-PER", "O"]);
        let g = decode(&[s], Scheme::Iob);
        assert_eq!(g.len(), 2);
        assert_eq!((g[0].toks.clone(), g[1].toks.clone()), (0..2, 2..3));
        let s1 = sent(&["a", "b"], &["U-X", "B-S"]);
        let s2 = sent(&["c", "d"], &["L-S", "O"]);
        let g = decode(&[s1, s2], Scheme::Bilou);
        assert_eq!(g[1].toks, 1..3);
    }
}
