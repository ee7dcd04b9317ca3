//! Tokens with shape features.

use super::TextView;

/// Shape features of a token, read from the original text.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct Shape {
    /// First character is an upper-case letter.
    pub cap: bool,
    /// Every letter is upper-case and there are at least two letters.
    pub all_caps: bool,
    /// Contains a letter.
    pub alpha: bool,
    /// Contains a digit.
    pub digit: bool,
    /// A word joined by an inner hyphen ("Su-kwang", "Asia-Pasifik").
    pub hyphen: bool,
    /// Not a word: a single punctuation or symbol character.
    pub punct: bool,
    /// Immediately followed by '.' (no space): "Kol." "Dr." "J.".
    pub dot: bool,
    /// Preceded by whitespace or start of text.
    pub space_before: bool,
}

/// A token. `start..end` are offsets into the folded text.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Folded start offset.
    pub start: usize,
    /// Folded end offset.
    pub end: usize,
    /// Original start offset.
    pub ostart: usize,
    /// Original end offset.
    pub oend: usize,
    /// Shape features.
    pub shape: Shape,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character starting at byte `i` of `f` (ASCII without decoding).
#[inline]
fn char_at(f: &str, i: usize) -> Option<char> {
    match f.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => f.get(i..)?.chars().next(),
        None => None,
    }
}

/// The character ending at byte `i` of `f`.
#[inline]
fn char_before(f: &str, i: usize) -> Option<char> {
    match f.as_bytes().get(i.checked_sub(1)?) {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => f.get(..i)?.chars().next_back(),
    }
}

/// Classes of bytes: ASCII characters by what the tokenizer asks of them,
/// bytes of non-ASCII characters marked `HIGH` (those are decoded).
const ALPHA: u8 = 1;
const WS: u8 = 2;
const WORD: u8 = 4;
const UPPER: u8 = 8;
const LOWER: u8 = 16;
const DIGIT: u8 = 32;
const HIGH: u8 = 64;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            HIGH
        } else if c.is_ascii_uppercase() {
            WORD | ALPHA | UPPER
        } else if c.is_ascii_lowercase() {
            WORD | ALPHA | LOWER
        } else if c.is_ascii_digit() {
            WORD | DIGIT
        } else if matches!(c, b' ' | b'\t'..=b'\r') {
            // `char::is_whitespace` of ASCII (with the vertical tab).
            WS
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits of `o` from `i`, the
/// number of letters in it capped at 2 (the shape asks for "any" and "two
/// or more"), and whether it holds lower-case letters (`LOWER`) and digits
/// (`DIGIT`). Eight bytes at a time while they last (SWAR range tests on
/// the bytes of a `u64`), then byte by byte.
#[inline(always)]
fn ascii_run(o: &[u8], mut i: usize) -> (usize, u32, u8) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x80 * ONES;
    // 0x80 in each byte of `x` (7-bit bytes) that lies in `lo..=hi`: no
    // byte's sum carries into the next one.
    #[inline(always)]
    fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
        let ge = x + u64::from(0x80 - lo) * ONES;
        let le = x + u64::from(0x7f - hi) * ONES;
        ge & !le & HIGH_BITS
    }
    let (mut letters, mut classes) = (0u32, 0u8);
    while let Some(chunk) = o.get(i..i + 8) {
        let w = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let x = w & !HIGH_BITS;
        let lower = in_range(x, b'a', b'z');
        let upper = in_range(x, b'A', b'Z');
        let digit = in_range(x, b'0', b'9');
        let alnum = (lower | upper | digit) & !(w & HIGH_BITS);
        // The run: the bytes before the first that is no letter or digit.
        let stop = !alnum & HIGH_BITS;
        let len = stop.trailing_zeros() / 8;
        let run = if len == 8 {
            !0
        } else {
            (1u64 << (8 * len)) - 1
        };
        let alpha = (lower | upper) & run;
        if alpha != 0 {
            letters += if alpha & (alpha - 1) == 0 { 1 } else { 2 };
        }
        if lower & run != 0 {
            classes |= LOWER;
        }
        if digit & run != 0 {
            classes |= DIGIT;
        }
        i += len as usize;
        if len < 8 {
            return (i, letters.min(2), classes);
        }
    }
    while let Some(&c) = o.get(i) {
        let k = CLASS[c as usize];
        if k & WORD == 0 {
            break;
        }
        letters += u32::from(k & ALPHA);
        classes |= k & (LOWER | DIGIT);
        i += 1;
    }
    (i, letters.min(2), classes)
}

/// The tokens of `v`, and the indices of those with an inner joiner.
pub(super) fn tokenize(v: &TextView<'_>) -> (Vec<Token>, Vec<usize>) {
    let f = v.folded.as_str();
    let b = f.as_bytes();
    let n = b.len();
    // An ASCII document maps offsets one to one, and its original bytes
    // differ from the folded ones only in case (and '`' for '\''): the
    // scan reads their classes from the original, so it counts letters and
    // capitals for the shape on the way.
    let ascii_doc = v.map.is_empty();
    let o = if ascii_doc { v.original.as_bytes() } else { b };
    debug_assert_eq!(o.len(), n);
    let mut toks = Vec::with_capacity(n / 5 + 1);
    let mut joined = Vec::new();
    let mut i = 0;
    let mut space_before = true;
    while i < n {
        let k = CLASS[b[i] as usize];
        if k & WS != 0 {
            space_before = true;
            i += 1;
            continue;
        }
        let (c, cl) = if k & HIGH == 0 {
            (b[i] as char, 1)
        } else {
            let c = f[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        };
        if k & HIGH != 0 && c.is_whitespace() {
            space_before = true;
            i += cl;
            continue;
        }
        let start = i;
        let mut hyphen = false;
        let mut joiner_seen = false;
        // Classes of the ASCII letters and digits (of the original text in
        // an ASCII document).
        let (mut letters, mut classes) = (0u32, 0u8);
        if k & WORD != 0 || (k & HIGH != 0 && is_word(c)) {
            if k & HIGH != 0 {
                i += cl;
            }
            loop {
                // ASCII letters and digits: the common case, byte by byte.
                let (e, l, k) = ascii_run(o, i);
                (i, letters, classes) = (e, letters + l, classes | k);
                let Some(n) = char_at(f, i) else {
                    break;
                };
                if !n.is_ascii() && is_word(n) {
                    i += n.len_utf8();
                    continue;
                }
                // Inner joiners: hyphen and apostrophe between letters,
                // '.', ',', ':' and '/' between digits.
                let joiner = matches!(n, '-' | '\'' | '.' | ',' | ':' | '/');
                if joiner {
                    let after = char_at(f, i + 1);
                    let prev = char_before(f, i);
                    if let (Some(a), Some(p)) = (after, prev) {
                        // The English possessive "'s" is a token of its own
                        // ("Clinton's" → "Clinton" "'s").
                        let possessive =
                            n == '\'' && a == 's' && !char_at(f, i + 2).is_some_and(is_word);
                        let ok = match n {
                            '-' | '\'' => is_word(a) && is_word(p) && !possessive,
                            _ => a.is_ascii_digit() && p.is_ascii_digit(),
                        };
                        if ok {
                            if n == '-' {
                                hyphen = true;
                            }
                            joiner_seen = true;
                            i += 1;
                            continue;
                        }
                    }
                }
                break;
            }
        } else {
            i += cl;
        }
        let mut shape = Shape {
            space_before,
            hyphen,
            ..Shape::default()
        };
        let (ostart, oend) = if ascii_doc {
            (start, i)
        } else {
            (v.orig(start), v.orig(i))
        };
        if ascii_doc {
            // Every letter is an ASCII one: all upper-case when none is
            // lower-case.
            shape.cap = CLASS[o[start] as usize] & UPPER != 0;
            shape.digit = classes & DIGIT != 0;
            shape.all_caps = letters >= 2 && classes & LOWER == 0;
        } else {
            let ob = &v.original.as_bytes()[ostart..oend];
            // One pass over the original bytes; a non-ASCII one sends the
            // token to the per-character definition.
            let (mut all, mut upper) = (0u8, 0u32);
            letters = 0;
            for &c in ob {
                let k = CLASS[c as usize];
                letters += u32::from(k & ALPHA);
                upper += u32::from(k & UPPER != 0);
                all |= k;
            }
            if all & HIGH == 0 {
                shape.digit = all & DIGIT != 0;
                shape.cap = ob.first().is_some_and(u8::is_ascii_uppercase);
            } else {
                let orig = &v.original[ostart..oend];
                letters = 0;
                upper = 0;
                for (k, oc) in orig.chars().enumerate() {
                    if oc.is_alphabetic() {
                        letters += 1;
                        if oc.is_uppercase() {
                            upper += 1;
                            if k == 0 {
                                shape.cap = true;
                            }
                        }
                    } else if oc.is_numeric() {
                        shape.digit = true;
                    }
                }
            }
            shape.all_caps = letters >= 2 && upper == letters;
        }
        shape.alpha = letters > 0;
        shape.punct = !shape.alpha && !shape.digit;
        shape.dot = b.get(i) == Some(&b'.');
        if joiner_seen {
            joined.push(toks.len());
        }
        toks.push(Token {
            start,
            end: i,
            ostart,
            oend,
            shape,
        });
        space_before = false;
    }
    (toks, joined)
}

#[cfg(test)]
mod tests {
    use super::super::TextView;

    fn toks(t: &str) -> Vec<String> {
        let v = TextView::new(t, &|_| false);
        (0..v.tokens.len())
            .map(|i| v.tok_orig(i).to_string())
            .collect()
    }

    #[test]
    fn words_hyphens_numbers_and_punct() {
        assert_eq!(
            toks("Jenderal. Mayor. Kim Su-kwang, 09.30 WIB (15/2/2023)."),
            [
                "Jenderal",
                ".",
                "Mayor",
                ".",
                "Kim",
                "Su-kwang",
                ",",
                "09.30",
                "WIB",
                "(",
                "15/2/2023",
                ")",
                "."
            ]
        );
        assert_eq!(
            toks("negara-negara Asia-Pasifik – Jum'at"),
            ["negara-negara", "Asia-Pasifik", "–", "Jum'at"]
        );
    }

    #[test]
    fn tokens_with_inner_joiners_are_listed() {
        let v = TextView::new("Kim Su-kwang, 09.30 WIB Clinton's 15/2 a-", &|_| false);
        let joined: Vec<&str> = v.joined.iter().map(|&i| v.tok(i)).collect();
        assert_eq!(joined, ["su-kwang", "09.30", "15/2"]);
    }

    /// The byte-by-byte definition of [`super::ascii_run`].
    fn ascii_run_reference(o: &[u8], mut i: usize) -> (usize, u32, u8) {
        let (mut letters, mut classes) = (0u32, 0u8);
        while let Some(&c) = o.get(i) {
            if !c.is_ascii_alphanumeric() {
                break;
            }
            letters += u32::from(c.is_ascii_alphabetic());
            if c.is_ascii_lowercase() {
                classes |= super::LOWER;
            }
            if c.is_ascii_digit() {
                classes |= super::DIGIT;
            }
            i += 1;
        }
        (i, letters.min(2), classes)
    }

    proptest::proptest! {
        #[test]
        fn ascii_run_matches_its_reference(
            o in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::prelude::any::<u8>(),
                    b'0'..=b'9',
                    b'A'..=b'Z',
                    b'a'..=b'z',
                ],
                0..40,
            ),
            i in 0usize..40,
        ) {
            let i = i.min(o.len());
            proptest::prop_assert_eq!(super::ascii_run(&o, i), ascii_run_reference(&o, i));
        }
    }

    #[test]
    fn ascii_run_edges() {
        for t in [
            "",
            "a",
            "Ab9",
            "abcdefgh",
            "ABCDEFGHIJ",
            "abcdefg-",
            "@[`{/:",
            "\u{e9}t\u{e9}",
            "x\u{80}y",
        ] {
            let o = t.as_bytes();
            for i in 0..=o.len() {
                assert_eq!(
                    super::ascii_run(o, i),
                    ascii_run_reference(o, i),
                    "{t:?} at {i}"
                );
            }
        }
    }

    #[test]
    fn shapes() {
        let v = TextView::new("NATO Lee Jong-sup kol. 2023", &|_| false);
        let s: Vec<_> = v.tokens.iter().map(|t| t.shape).collect();
        assert!(s[0].all_caps && s[0].cap);
        assert!(s[1].cap && !s[1].all_caps);
        assert!(s[2].hyphen && s[2].cap);
        assert!(!s[3].cap && s[3].dot);
        assert!(s[5].digit && !s[5].alpha);
    }
}
