//! The one gazetteer row format, shared by every file in `data/` and by
//! user-supplied gazetteers.
//!
//! ```text
//! # comment
//! key<TAB>label<TAB>lang<TAB>kind<TAB>case<TAB>alias[<TAB>attrs]
//! c:KR  PLACE  id  name  cap  Korea Selatan  iso3=KOR
//! c:US  PLACE  id  short  cs  AS
//! ```
//!
//! * `key`: stable entry id (`c:KR`, `o:nato`, `rk:OF-7:army`); rows with the
//!   same key form one entry and must agree on `label`.
//! * `label`: `PERSON`, `RANK`, `TITLE`, `ORG`, `PLACE` (mention labels) or a
//!   lexicon label used as a token feature (`GIVEN`, `SURNAME`, ...).
//! * `lang`: `id`, `en` or `und` (any language).
//! * `kind`: `name` (canonical in its language), `short`, `abbr`, `acronym`,
//!   `variant`, `exonym`, `official`, `mt` (machine-translation artefact).
//! * `case`: `ci` (any case), `cap` (each word's first letter must be
//!   upper-case in the text where it is in the alias), `cs` (exact case).
//! * `alias`: the surface form, NFC, no tabs.
//! * `attrs`: optional `k=v;k=v` pairs (`grade=OF-7`, `country=KR`).
//!
//! The first line may be a header starting with `key\t`; it is skipped.

use crate::error::Error;

/// How an alias may match the text's letter case.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Hash)]
pub enum CasePolicy {
    /// Any case.
    Insensitive,
    /// Word-initial letters that are upper-case in the alias must be
    /// upper-case in the text.
    Capitalized,
    /// Exact case.
    Sensitive,
}

/// One parsed row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    /// 1-based line number in the source.
    pub line: usize,
    /// Entry key.
    pub key: &'a str,
    /// Label string as written.
    pub label: &'a str,
    /// `id`, `en` or `und`.
    pub lang: &'a str,
    /// Alias kind.
    pub kind: &'a str,
    /// Case policy.
    pub case: CasePolicy,
    /// Surface form.
    pub alias: &'a str,
    /// Raw `k=v;k=v` attributes (may be empty).
    pub attrs: &'a str,
}

impl<'a> Row<'a> {
    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&'a str> {
        attr_in(self.attrs, name)
    }
}

/// Look up `name` in a `k=v;k=v` string.
pub fn attr_in<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    attrs.split(';').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k.trim() == name).then(|| v.trim())
    })
}

const KINDS: &[&str] = &[
    "name", "short", "abbr", "acronym", "variant", "exonym", "official", "mt",
];

/// Parse a whole gazetteer file. `source` names it in errors
/// (`data/orgs.tsv:17: ...`).
pub fn parse<'a>(source: &str, text: &'a str) -> Result<Vec<Row<'a>>, Error> {
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        if l.trim().is_empty() || l.starts_with('#') || (line == 1 && l.starts_with("key\t")) {
            continue;
        }
        rows.push(parse_row(source, line, l)?);
    }
    Ok(rows)
}

fn parse_row<'a>(source: &str, line: usize, l: &'a str) -> Result<Row<'a>, Error> {
    // Up to 8 fields without allocating (a row with more is an error).
    let mut f = [""; 8];
    let mut count = 0;
    for part in l.split('\t') {
        if count < f.len() {
            f[count] = part;
        }
        count += 1;
    }
    if count != 6 && count != 7 {
        return Err(Error::data(
            source,
            line,
            format!(
                "expected 6 or 7 tab-separated fields (key, label, lang, kind, case, alias[, attrs]), found {}",
                count
            ),
        ));
    }
    let err = |what: String| Error::data(source, line, what);
    if f[0].is_empty() || f[0].contains(' ') {
        return Err(err(format!(
            "key {:?} must be non-empty and contain no spaces",
            f[0]
        )));
    }
    if f[1].is_empty() || !f[1].bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
        return Err(err(format!(
            "label {:?} must be upper-case ASCII like PLACE",
            f[1]
        )));
    }
    if !matches!(f[2], "id" | "en" | "und") {
        return Err(err(format!("lang {:?}: expected id, en or und", f[2])));
    }
    if !KINDS.contains(&f[3]) {
        return Err(err(format!(
            "kind {:?}: expected one of {}",
            f[3],
            KINDS.join(", ")
        )));
    }
    let case = match f[4] {
        "ci" => CasePolicy::Insensitive,
        "cap" => CasePolicy::Capitalized,
        "cs" => CasePolicy::Sensitive,
        other => return Err(err(format!("case {other:?}: expected ci, cap or cs"))),
    };
    let alias = f[5];
    if alias.trim().is_empty() || alias.trim() != alias {
        return Err(err(format!(
            "alias {alias:?} must be non-empty without outer spaces"
        )));
    }
    let attrs = if count == 7 { f[6] } else { "" };
    for kv in attrs.split(';').filter(|s| !s.is_empty()) {
        if !kv.contains('=') {
            return Err(err(format!("attribute {kv:?}: expected name=value")));
        }
    }
    Ok(Row {
        line,
        key: f[0],
        label: f[1],
        lang: f[2],
        kind: f[3],
        case,
        alias,
        attrs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_skips_comments() {
        let t = "key\tlabel\tlang\tkind\tcase\talias\tattrs\n# c\n\nc:KR\tPLACE\tid\tname\tcap\tKorea Selatan\tiso3=KOR\nc:US\tPLACE\tid\tshort\tcs\tAS\n";
        let rows = parse("t.tsv", t).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 4);
        assert_eq!(rows[0].attr("iso3"), Some("KOR"));
        assert_eq!(rows[1].case, CasePolicy::Sensitive);
    }

    #[test]
    fn errors_name_file_and_line() {
        let t = "c:KR\tPLACE\tid\tname\tcap\tKorea Selatan\nc:US\tPLACE\tid\tname\n";
        let e = parse("data/x.tsv", t).unwrap_err();
        assert_eq!(e.to_string().split(": ").next(), Some("data/x.tsv:2"));
        assert!(e.to_string().contains("expected 6 or 7"));
        let e = parse("u.tsv", "k\tPLACE\tfr\tname\tci\tX\n").unwrap_err();
        assert!(e.to_string().starts_with("u.tsv:1: lang"));
        let e = parse("u.tsv", "k\tPLACE\tid\tname\tmaybe\tX\n").unwrap_err();
        assert!(e.to_string().contains("case"));
    }
}
