//! Languages and per-document language detection.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use once_cell::sync::Lazy;

use crate::cues::WordMap;
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

/// Function words that are frequent in one language and rare in the other
/// (all ASCII, at most 8 letters: they are looked up packed).
const ID_WORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak", "dalam",
    "akan", "juga", "adalah", "bahwa", "oleh", "kata", "telah", "sudah", "para", "karena",
    "tersebut", "mereka", "kami", "atau", "saat", "bagi", "serta", "ada",
];
const EN_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "said",
    "at", "from", "it", "he", "his", "an", "be", "has", "have", "are", "were", "which", "will",
    "this", "would", "their",
];

/// A lead in function words that ends the count: news paragraphs are
/// decided within their first few hundred bytes.
pub const DECISIVE_LEAD: u32 = 24;

/// The function words packed into `u64` keys, valued 1 (Indonesian) or 2
/// (English): the crate's one packed-word table.
static FUNCTION_WORDS: Lazy<WordMap<u8>> = Lazy::new(|| {
    let id = ID_WORDS.iter().map(|&w| (w, 1));
    let en = EN_WORDS.iter().map(|&w| (w, 2));
    WordMap::build(id.chain(en), |a, b| a | b)
});

/// The language a packed word is a function word of.
#[inline]
fn function_word(table: &WordMap<u8>, packed: u64) -> Option<Lang> {
    match table.get_packed(packed) {
        Some(1) => Some(Lang::Id),
        Some(2) => Some(Lang::En),
        _ => None,
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
    let table = &*FUNCTION_WORDS;
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
            // ASCII letters, then (rarely) a non-ASCII character.
            while i < n && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if i < n && b[i] >= 0x80 {
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
            // ASCII letters: setting bit 5 of each byte lower-cases them.
            let len = i - s;
            let lower = if len == 8 {
                !0
            } else {
                (1u64 << (8 * len)) - 1
            };
            let word =
                crate::cues::pack_word(&b[s..i]).unwrap_or(0) | (0x2020_2020_2020_2020 & lower);
            match function_word(table, word) {
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
    fn function_words_are_short_ascii_and_in_one_list_only() {
        for w in ID_WORDS.iter().chain(EN_WORDS) {
            assert!(w.is_ascii() && (1..=8).contains(&w.len()), "{w}");
        }
        assert!(ID_WORDS.iter().all(|w| !EN_WORDS.contains(w)));
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
            let w = w.to_ascii_lowercase();
            if w.is_ascii() {
                id += ID_WORDS.contains(&w.as_str()) as u32;
                en += EN_WORDS.contains(&w.as_str()) as u32;
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
        let lang_of = |w: &str| {
            let packed = crate::cues::pack_word(w.as_bytes()).unwrap();
            function_word(&FUNCTION_WORDS, packed)
        };
        for w in ID_WORDS {
            assert_eq!(lang_of(w), Some(Lang::Id));
        }
        for w in EN_WORDS {
            assert_eq!(lang_of(w), Some(Lang::En));
        }
        assert_eq!(lang_of("kemarin"), None);
        assert_eq!(lang_of("thee"), None);
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
