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

/// Open-addressing table of the packed function words (a quarter full):
/// a word is found in one or two probes instead of 60 comparisons.
static TABLE: once_cell::sync::Lazy<[(u64, Option<Lang>); 256]> =
    once_cell::sync::Lazy::new(|| {
        let mut t = [(0u64, None); 256];
        for (words, lang) in [(&ID_WORDS, Lang::Id), (&EN_WORDS, Lang::En)] {
            for &w in words.iter() {
                let mut i = slot(w);
                while t[i].0 != 0 {
                    i = (i + 1) % t.len();
                }
                t[i] = (w, Some(lang));
            }
        }
        t
    });

fn slot(w: u64) -> usize {
    (w.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// The language a packed word is a function word of.
fn function_word(w: u64) -> Option<Lang> {
    let t = &*TABLE;
    let mut i = slot(w);
    loop {
        match t[i] {
            (0, _) => return None,
            (x, lang) if x == w => return lang,
            _ => i = (i + 1) % t.len(),
        }
    }
}

/// Guess the language of `text` from function-word counts over (at most)
/// its first 4 KiB. Ties and texts without evidence default to Indonesian,
/// the crate's first language.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut id, mut en) = (0u32, 0u32);
    // Words are runs of alphabetic characters. A word is packed lower-cased
    // while it is ASCII and at most 8 letters; anything else cannot be a
    // function word.
    let b = &text.as_bytes()[..end];
    let (mut word, mut len, mut plain) = (0u64, 0usize, true);
    let mut i = 0;
    loop {
        let (alpha, ascii, step) = match b.get(i) {
            None => (false, true, 1),
            Some(&c) if c < 0x80 => (c.is_ascii_alphabetic(), true, 1),
            Some(_) => {
                let c = text[i..end].chars().next().unwrap_or(' ');
                (c.is_alphabetic(), false, c.len_utf8())
            }
        };
        if alpha {
            plain &= ascii && len < 8;
            if plain {
                word |= u64::from(b[i].to_ascii_lowercase()) << (8 * len);
            }
            len += 1;
        } else if len > 0 {
            if plain {
                match function_word(word) {
                    Some(Lang::Id) => id += 1,
                    Some(Lang::En) => en += 1,
                    None => {}
                }
            }
            (word, len, plain) = (0, 0, true);
        }
        if i >= b.len() {
            break;
        }
        i += step;
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
