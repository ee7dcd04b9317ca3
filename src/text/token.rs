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

pub(super) fn tokenize(v: &TextView<'_>) -> Vec<Token> {
    let f = v.folded.as_str();
    let b = f.as_bytes();
    let mut toks = Vec::with_capacity(f.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    while i < b.len() {
        let c = if b[i] < 0x80 {
            b[i] as char
        } else {
            f[i..].chars().next().unwrap_or(' ')
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            i += cl;
            continue;
        }
        let start = i;
        let mut hyphen = false;
        if is_word(c) {
            i += cl;
            loop {
                // ASCII letters and digits: the common case, byte by byte.
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                let Some(n) = char_at(f, i) else {
                    break;
                };
                if is_word(n) {
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
        // An ASCII document maps offsets one to one.
        let ascii_doc = v.map.is_empty();
        let orig = if ascii_doc {
            &v.original[start..i]
        } else {
            v.orig_str(start, i)
        };
        let mut shape = Shape {
            space_before,
            hyphen,
            ..Shape::default()
        };
        let mut letters = 0;
        let mut upper = 0;
        if ascii_doc || orig.is_ascii() {
            let ob = orig.as_bytes();
            for &c in ob {
                if c.is_ascii_alphabetic() {
                    letters += 1;
                    upper += usize::from(c.is_ascii_uppercase());
                } else if c.is_ascii_digit() {
                    shape.digit = true;
                }
            }
            shape.cap = ob.first().is_some_and(u8::is_ascii_uppercase);
        } else {
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
        shape.alpha = letters > 0;
        shape.all_caps = letters >= 2 && upper == letters;
        shape.punct = !shape.alpha && !shape.digit;
        shape.dot = b.get(i) == Some(&b'.');
        toks.push(Token {
            start,
            end: i,
            ostart: v.orig(start),
            oend: v.orig(i),
            shape,
        });
        space_before = false;
    }
    toks
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
