//! The text model: the original text, a normalized case-folded view with an
//! exact byte-offset map back to the original, tokens with shape features,
//! and sentences.
//!
//! All internal matching happens on the folded view; every span that leaves
//! the crate is mapped back through [`TextView::orig`] first, so public
//! offsets are always byte offsets into the caller's original text, on
//! character boundaries.

mod sentence;
mod token;

pub use sentence::split_sentences;
pub use token::{Shape, Token};

/// Normalized view of a document.
#[derive(Debug)]
pub struct TextView<'t> {
    /// The caller's text.
    pub original: &'t str,
    /// Lower-cased, punctuation-normalized text.
    pub folded: String,
    /// `map[i]` is the original byte offset of the character that produced
    /// folded byte `i`; `map[folded.len()] == original.len()`. Empty when
    /// the mapping is the identity (pure ASCII input).
    map: Vec<u32>,
    /// Tokens in document order.
    pub tokens: Vec<Token>,
    /// Sentences as token index ranges.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// Indices of the word tokens with an inner joiner ("su-kwang",
    /// "2.500"), in order: the others are one alphanumeric run.
    pub(crate) joined: Vec<usize>,
}

/// Fold one character: curly quotes to ASCII, dashes to '-', exotic spaces
/// to ' ', common Latin accents stripped, then lower-cased. Returns the
/// replacement through `out`.
#[inline]
pub fn fold_char(c: char, out: &mut String) {
    let base = match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        '\u{2026}' => {
            // Keep one char per original char: "…" becomes '.'.
            '.'
        }
        'À'..='Å' | 'à'..='å' | 'ā' | 'Ā' => 'a',
        'Ç' | 'ç' | 'ć' | 'č' => 'c',
        'È'..='Ë' | 'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' | 'ī' => 'i',
        'Ñ' | 'ñ' | 'ń' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' | 'ū' | 'ű' | 'ů' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        'š' | 'Š' | 'ś' => 's',
        'ž' | 'Ž' | 'ź' | 'ż' => 'z',
        _ => c,
    };
    if base.is_ascii() {
        out.push(base.to_ascii_lowercase());
    } else {
        out.extend(base.to_lowercase());
    }
}

/// Fold an ASCII string onto `out`: what [`fold_char`] does to each of its
/// characters (lower-case; the backtick becomes an apostrophe), in bulk.
fn fold_ascii(s: &str, out: &mut String) {
    let before = out.len();
    out.push_str(s);
    out[before..].make_ascii_lowercase();
    if s.contains('`') {
        let fixed = out[before..].replace('`', "'");
        out.truncate(before);
        out.push_str(&fixed);
    }
}

/// Fold a whole string the way the text is folded (used for aliases).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Append `s` folded to `out`: [`fold_char`] of each character, with
/// ASCII runs folded in bulk.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let j = i + b[i..].iter().take_while(|c| c.is_ascii()).count();
        if j > i {
            fold_ascii(&s[i..j], out);
            i = j;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        fold_char(c, out);
        i += c.len_utf8();
    }
}

impl<'t> TextView<'t> {
    /// Build the folded view, tokens and sentences of `text`.
    pub fn new(text: &'t str, abbreviations: &dyn Fn(&str) -> bool) -> TextView<'t> {
        let (folded, map) = if text.is_ascii() {
            let mut folded = String::with_capacity(text.len());
            fold_ascii(text, &mut folded);
            (folded, Vec::new())
        } else {
            let mut folded = String::with_capacity(text.len() + 8);
            let mut map: Vec<u32> = Vec::with_capacity(text.len() + 9);
            let b = text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                // ASCII runs in bulk: copied, lower-cased, mapped 1:1.
                let j = i + b[i..].iter().take_while(|c| c.is_ascii()).count();
                if j > i {
                    fold_ascii(&text[i..j], &mut folded);
                    map.extend(i as u32..j as u32);
                    i = j;
                    continue;
                }
                let c = text[i..].chars().next().unwrap_or(' ');
                let before = folded.len();
                fold_char(c, &mut folded);
                map.extend(std::iter::repeat_n(i as u32, folded.len() - before));
                i += c.len_utf8();
            }
            map.push(text.len() as u32);
            (folded, map)
        };
        let mut view = TextView {
            original: text,
            folded,
            map,
            tokens: Vec::new(),
            sentences: Vec::new(),
            joined: Vec::new(),
        };
        (view.tokens, view.joined) = token::tokenize(&view);
        view.sentences = split_sentences(&view, abbreviations);
        view
    }

    /// Original byte offset of folded byte offset `i` (`0..=folded.len()`).
    #[inline]
    pub fn orig(&self, i: usize) -> usize {
        if self.map.is_empty() {
            i
        } else {
            self.map[i.min(self.map.len() - 1)] as usize
        }
    }

    /// The original text of the folded range `s..e`.
    #[inline]
    pub fn orig_str(&self, s: usize, e: usize) -> &'t str {
        &self.original[self.orig(s)..self.orig(e)]
    }

    /// True when folded offset `i` is a word boundary on its left side:
    /// the start of text or preceded by a non-alphanumeric character.
    #[inline]
    pub fn left_boundary(&self, i: usize) -> bool {
        i == 0
            || !self.folded[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric())
    }

    /// True when folded offset `i` is a word boundary on its right side.
    #[inline]
    pub fn right_boundary(&self, i: usize) -> bool {
        i >= self.folded.len()
            || !self.folded[i..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric())
    }

    /// Index of the token starting exactly at folded offset `i`, if any.
    pub fn token_starting_at(&self, i: usize) -> Option<usize> {
        self.tokens.binary_search_by(|t| t.start.cmp(&i)).ok()
    }

    /// The folded text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.folded[t.start..t.end]
    }

    /// The original text of token `i`.
    #[inline]
    pub fn tok_orig(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        self.orig_str(t.start, t.end)
    }

    /// Index of the sentence containing token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= i)
            .min(self.sentences.len().saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(t: &str) -> TextView<'_> {
        TextView::new(t, &|_| false)
    }

    #[test]
    fn maps_multibyte_replacements_back() {
        let t = "SEOUL – Korea Selatan “konsep”";
        let v = view(t);
        let i = v.folded.find("korea selatan").unwrap();
        let (s, e) = (v.orig(i), v.orig(i + "korea selatan".len()));
        assert_eq!(&t[s..e], "Korea Selatan");
        let q = v.folded.find("konsep").unwrap();
        assert_eq!(v.orig_str(q - 1, q + 7), "“konsep”");
    }

    #[test]
    fn lowercase_that_changes_length_stays_on_boundaries() {
        let t = "İstanbul dan Ünye";
        let v = view(t);
        assert!(v.folded.starts_with("i\u{307}stanbul"));
        for i in 0..=v.folded.len() {
            assert!(t.is_char_boundary(v.orig(i)));
        }
        assert_eq!(v.orig(v.folded.len()), t.len());
        let i = v.folded.find("stanbul").unwrap();
        assert_eq!(v.orig(i + 7), "İstanbul".len());
    }

    proptest::proptest! {
        /// The folded text and offset map equal the per-character
        /// definition (ASCII runs are copied in bulk).
        #[test]
        fn folding_matches_per_character_definition(t in "(\\PC|[A-Za-z ]{1,12}|İ|“|…|\u{a0})*") {
            let v = view(&t);
            let mut folded = String::new();
            let mut map = Vec::new();
            for (i, c) in t.char_indices() {
                let before = folded.len();
                fold_char(c, &mut folded);
                map.extend(std::iter::repeat_n(i as u32, folded.len() - before));
            }
            map.push(t.len() as u32);
            proptest::prop_assert_eq!(&v.folded, &folded);
            proptest::prop_assert_eq!(&fold(&t), &folded);
            if !t.is_ascii() {
                proptest::prop_assert_eq!(&v.map, &map);
            }
        }
    }

    #[test]
    fn ascii_is_identity() {
        let v = view("Jens Stoltenberg");
        assert_eq!(v.folded, "jens stoltenberg");
        assert_eq!(v.orig(5), 5);
    }
}
