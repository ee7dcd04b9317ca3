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

/// Function words that are frequent in one language and rare in the other.
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

/// Guess the language of `text` from function-word counts over (at most)
/// its first 4 KiB. Ties and texts without evidence default to Indonesian,
/// the crate's first language.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut id, mut en) = (0u32, 0u32);
    for w in text[..end].split(|c: char| !c.is_alphabetic()) {
        if w.is_empty() || w.len() > 9 {
            continue;
        }
        let lw = w.to_ascii_lowercase();
        if ID_WORDS.contains(&lw.as_str()) {
            id += 1;
        }
        if EN_WORDS.contains(&lw.as_str()) {
            en += 1;
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
    fn parses_codes() {
        assert_eq!("ID".parse::<Lang>().unwrap(), Lang::Id);
        assert_eq!("en".parse::<Lang>().unwrap(), Lang::En);
        let e = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnknownLanguage);
        assert!(e.to_string().contains("fr"));
    }
}
