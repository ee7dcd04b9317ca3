//! Languages and per-document language detection.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// A language warta has resources for.
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Indonesian (`id`).
    Id,
    /// English (`en`).
    En,
}

impl Lang {
    /// The ISO 639-1 code: `"id"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = Error;
    fn from_str(s: &str) -> Result<Lang, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "ind" | "in" | "indonesian" | "bahasa" => Ok(Lang::Id),
            "en" | "eng" | "english" => Ok(Lang::En),
            other => Err(Error::new(
                ErrorKind::UnknownLanguage,
                format!("unknown language {other:?}: expected \"id\" or \"en\""),
            )),
        }
    }
}

/// Function words that are frequent in one language and rare in the other,
/// each packed into a `u64` (all are ASCII and at most 8 letters long).
const ID_WORDS: [u64; 30] = [
    pack(b"yang"),
    pack(b"dan"),
    pack(b"di"),
    pack(b"ke"),
    pack(b"dari"),
    pack(b"ini"),
    pack(b"itu"),
    pack(b"dengan"),
    pack(b"untuk"),
    pack(b"pada"),
    pack(b"tidak"),
    pack(b"dalam"),
    pack(b"akan"),
    pack(b"juga"),
    pack(b"adalah"),
    pack(b"bahwa"),
    pack(b"oleh"),
    pack(b"kata"),
    pack(b"telah"),
    pack(b"sudah"),
    pack(b"para"),
    pack(b"karena"),
    pack(b"tersebut"),
    pack(b"mereka"),
    pack(b"kami"),
    pack(b"atau"),
    pack(b"saat"),
    pack(b"bagi"),
    pack(b"serta"),
    pack(b"ada"),
];
const EN_WORDS: [u64; 30] = [
    pack(b"the"),
    pack(b"of"),
    pack(b"and"),
    pack(b"to"),
    pack(b"in"),
    pack(b"is"),
    pack(b"that"),
    pack(b"for"),
    pack(b"on"),
    pack(b"with"),
    pack(b"was"),
    pack(b"as"),
    pack(b"by"),
    pack(b"said"),
    pack(b"at"),
    pack(b"from"),
    pack(b"it"),
    pack(b"he"),
    pack(b"his"),
    pack(b"an"),
    pack(b"be"),
    pack(b"has"),
    pack(b"have"),
    pack(b"are"),
    pack(b"were"),
    pack(b"which"),
    pack(b"will"),
    pack(b"this"),
    pack(b"would"),
    pack(b"their"),
];

/// A lead in function words that ends the count: news paragraphs are
/// decided within their first few hundred bytes.
pub const DECISIVE_LEAD: u32 = 24;

/// Up to 8 bytes as a little-endian integer (0 for longer words).
const fn pack(w: &[u8]) -> u64 {
    if w.len() > 8 {
        return 0;
    }
    let mut x = 0u64;
    let mut i = 0;
    while i < w.len() {
        x |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    x
}

/// Open-addressing table of the packed function words (a quarter full),
/// built at compile time: `(word, 1 = Indonesian / 2 = English)`. A word
/// is found in one or two probes instead of 60 comparisons.
static TABLE: [(u64, u8); 256] = {
    let mut t = [(0u64, 0u8); 256];
    let mut k = 0;
    while k < ID_WORDS.len() + EN_WORDS.len() {
        let (w, code) = if k < ID_WORDS.len() {
            (ID_WORDS[k], 1)
        } else {
            (EN_WORDS[k - ID_WORDS.len()], 2)
        };
        let mut i = slot(w);
        while t[i].0 != 0 {
            i = (i + 1) % 256;
        }
        t[i] = (w, code);
        k += 1;
    }
    t
};

const fn slot(w: u64) -> usize {
    (w.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// The language a packed word is a function word of.
#[inline]
fn function_word(w: u64) -> Option<Lang> {
    let mut i = slot(w);
    loop {
        match TABLE[i] {
            (0, _) => return None,
            (x, code) if x == w => {
                return if code == 1 {
                    Some(Lang::Id)
                } else {
                    Some(Lang::En)
                }
            }
            _ => i = (i + 1) % 256,
        }
    }
}

/// Guess the language of `text` from function-word counts over (at most)
/// its first 4 KiB, stopping as soon as one language leads by
/// [`DECISIVE_LEAD`] words. Ties and texts without evidence default to
/// Indonesian, the crate's first language.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut id, mut en) = (0u32, 0u32);
    // Words are runs of alphabetic characters; only ASCII words of at most
    // 8 letters can be function words. They are packed lower-cased into a
    // `u64` and looked up in `TABLE`.
    let b = &text.as_bytes()[..end];
    let n = b.len();
    let mut i = 0;
    while i < n {
        // Separators (ASCII fast path).
        if b[i] < 0x80 && !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let s = i;
        let mut plain = true;
        loop {
            if i < n && b[i].is_ascii_alphabetic() {
                i += 1;
            } else if i < n && b[i] >= 0x80 {
                let c = text[i..end].chars().next().unwrap_or(' ');
                if !c.is_alphabetic() {
                    break;
                }
                plain = false;
                i += c.len_utf8();
            } else {
                break;
            }
        }
        if i == s {
            // A non-alphabetic non-ASCII character.
            i += text[i..end].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        if plain && i - s <= 8 {
            // ASCII letters: setting bit 5 lower-cases them.
            let mut word = 0u64;
            for (k, &c) in b[s..i].iter().enumerate() {
                word |= u64::from(c | 0x20) << (8 * k);
            }
            match function_word(word) {
                Some(Lang::Id) => id += 1,
                Some(Lang::En) => en += 1,
                None => {}
            }
            if id.abs_diff(en) >= DECISIVE_LEAD {
                break;
            }
        }
    }
    if en > id {
        Lang::En
    } else {
        Lang::Id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_both_languages() {
        assert_eq!(
            detect("Menteri itu mengatakan bahwa kerja sama akan diperkuat."),
            Lang::Id
        );
        assert_eq!(
            detect("The minister said that the talks were held in Seoul."),
            Lang::En
        );
        assert_eq!(detect(""), Lang::Id);
    }

    #[test]
    fn packed_words_are_distinct_and_nonzero() {
        let all: Vec<u64> = ID_WORDS.iter().chain(&EN_WORDS).copied().collect();
        assert!(all.iter().all(|&w| w != 0));
        let mut sorted = all.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
    }

    /// The plain definition `detect` implements: split into alphabetic
    /// runs, lower-case, count list members.
    fn detect_reference(text: &str) -> Lang {
        let mut end = text.len().min(4096);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let (mut id, mut en) = (0, 0);
        for w in text[..end].split(|c: char| !c.is_alphabetic()) {
            let p = pack(w.to_ascii_lowercase().as_bytes());
            if w.is_ascii() && p != 0 {
                id += ID_WORDS.contains(&p) as u32;
                en += EN_WORDS.contains(&p) as u32;
                if id.abs_diff(en) >= DECISIVE_LEAD {
                    break;
                }
            }
        }
        if en > id {
            Lang::En
        } else {
            Lang::Id
        }
    }

    proptest::proptest! {
        #[test]
        fn detect_matches_its_reference(
            words in proptest::collection::vec(
                "(the|of|yang|dan|The|DAN|said|ini|tersebut|TERSEBUT|tersebutlah|[a-zA-Z]{1,10}|é|ß|“|—|[0-9]{1,3}|\\PC)",
                0..60,
            ),
            seps in proptest::collection::vec("( |, |\\.|-|'|\n|\u{a0}|)", 60),
        ) {
            let mut text = String::new();
            for (w, s) in words.iter().zip(&seps) {
                text.push_str(w);
                text.push_str(s);
            }
            proptest::prop_assert_eq!(detect(&text), detect_reference(&text), "{:?}", text);
        }
    }

    #[test]
    fn a_decisive_lead_ends_the_count() {
        let en = "the of and to in ".repeat(6);
        let id = "yang dan di ke dari ".repeat(10);
        // 30 English words first: decided before the 50 Indonesian ones.
        assert_eq!(detect(&format!("{en}{id}")), Lang::En);
        assert_eq!(detect(&format!("{id}{en}")), Lang::Id);
        // Short of the lead, everything counts.
        let few = "the of and to in ".repeat(4);
        assert_eq!(detect(&format!("{few}{id}")), Lang::Id);
    }

    #[test]
    fn every_function_word_is_found_in_the_table() {
        for w in ID_WORDS {
            assert_eq!(function_word(w), Some(Lang::Id));
        }
        for w in EN_WORDS {
            assert_eq!(function_word(w), Some(Lang::En));
        }
        assert_eq!(function_word(pack(b"kemarin")), None);
        assert_eq!(function_word(pack(b"thee")), None);
    }

    #[test]
    fn words_are_alphabetic_runs_compared_whole() {
        // Long words, accented words and punctuation-joined pieces.
        assert_eq!(detect("“The” said: the, of-the «and» café the"), Lang::En);
        assert_eq!(detect("theater officers andy yangtze"), Lang::Id);
        assert_eq!(detect("YANG Dan DI ke the"), Lang::Id);
    }

    #[test]
    fn parses_codes() {
        assert_eq!("ID".parse::<Lang>().unwrap(), Lang::Id);
        assert_eq!("en".parse::<Lang>().unwrap(), Lang::En);
        let e = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnknownLanguage);
        assert!(e.to_string().contains("fr"));
    }
}
