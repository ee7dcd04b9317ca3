//! Sentence splitting that knows abbreviations in both languages,
//! machine-translation artefacts ("Jenderal. Mayor.", "kol.", "adm.") and
//! initials.

use super::TextView;

/// Does the gap between two tokens hold a newline? Gaps are a byte or
/// two: an inline loop, not the memchr call of `<[u8]>::contains`.
#[inline(always)]
fn has_newline(gap: &[u8]) -> bool {
    for &c in gap {
        if c == b'\n' {
            return true;
        }
    }
    false
}

/// Split into sentences, returned as token index ranges. A sentence ends
/// at a newline, or after '.', '!' or '?' (plus closing quotes/brackets)
/// when the next token starts a new sentence (capital letter, digit or
/// opening quote) and the '.' does not end an abbreviation or an initial.
/// `is_abbrev` gets the folded token before a '.'.
pub fn split_sentences(
    v: &TextView<'_>,
    is_abbrev: &dyn Fn(&str) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let toks = &v.tokens;
    // About one sentence per twenty tokens in news.
    let mut out = Vec::with_capacity(toks.len() / 16 + 1);
    let mut start = 0;
    let n = toks.len();
    let fb = v.folded.as_bytes();
    // The byte of a one-byte token (0 for longer ones): terminators and
    // quotes are one byte.
    let byte = |i: usize| {
        let t = &toks[i];
        if t.end - t.start == 1 {
            fb[t.start]
        } else {
            0
        }
    };
    let mut i = 0;
    while i < n {
        // Newline between token i-1 and i ends a sentence.
        if i > start && has_newline(&fb[toks[i - 1].end..toks[i].start]) {
            out.push(start..i);
            start = i;
        }
        if matches!(byte(i), b'.' | b'!' | b'?') {
            let t = v.tok(i);
            let mut j = i + 1;
            // Absorb repeated terminators and closing quotes/brackets.
            while j < n
                && matches!(v.tok(j), "." | "!" | "?" | "\"" | "'" | ")" | "]")
                && !toks[j].shape.space_before
            {
                j += 1;
            }
            let next_starts = j >= n || {
                let s = toks[j].shape;
                s.cap || s.digit || matches!(v.tok(j), "\"" | "'" | "(" | "-" | ".")
            };
            let abbrev = t == "." && i > start && {
                let p = i - 1;
                let pt = v.tok(p);
                !toks[i].shape.space_before
                    && toks[p].shape.alpha
                    && (is_abbrev(pt) || (pt.chars().count() == 1 && toks[p].shape.cap))
            };
            if next_starts && !abbrev {
                out.push(start..j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < n {
        out.push(start..n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::TextView;

    fn sents(t: &str) -> Vec<String> {
        let ab = |w: &str| {
            matches!(
                w,
                "jenderal" | "mayor" | "kol" | "adm" | "dr" | "prof" | "maj" | "gen"
            )
        };
        let v = TextView::new(t, &ab);
        v.sentences
            .iter()
            .map(|r| {
                let a = v.tokens[r.start].start;
                let b = v.tokens[r.end - 1].end;
                v.orig_str(a, b).to_string()
            })
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = sents("Staf Jenderal. Mayor. Francesco Diella hadir. Juru bicara kol. Lee Sung-jun menjelaskan. Dr. Budi datang.");
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[0].ends_with("hadir."));
    }

    #[test]
    fn initials_and_quotes() {
        let s = sents("Presiden Sutarjo Wiratma dan J. Smith tiba. “Kami siap,” katanya. Lalu pulang.\nBaris baru");
        assert_eq!(s.len(), 4, "{s:?}");
    }
}
