//! The crate's one error type.
//!
//! Only [`ExtractorBuilder::build`](crate::ExtractorBuilder::build) and the
//! input-parsing helpers can fail; [`Extractor::extract`](crate::Extractor::extract)
//! never does. Messages are lowercase and name the data source and line
//! where one is involved: `data/orgs.tsv:17: expected 7 tab-separated
//! fields, found 3`.

use std::fmt;
use std::sync::Arc;

/// An error from building an extractor, parsing user data or parsing an
/// input field such as a language code or a date.
#[derive(Clone, Debug)]
pub struct Error {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    kind: ErrorKind,
    message: String,
    source_name: Option<String>,
    line: Option<usize>,
}

/// What kind of error happened, for callers that need to branch on it.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A gazetteer row or other data file is malformed.
    Data,
    /// A language code was not recognized.
    UnknownLanguage,
    /// A date string was not a valid `YYYY-MM-DD` date.
    InvalidDate,
    /// A builder option was inconsistent (for example an unknown rule id).
    Config,
    /// Input bytes were not valid UTF-8.
    InvalidUtf8,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            inner: Arc::new(Inner {
                kind,
                message: message.into(),
                source_name: None,
                line: None,
            }),
        }
    }

    pub(crate) fn data(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error {
            inner: Arc::new(Inner {
                kind: ErrorKind::Data,
                message: message.into(),
                source_name: Some(source.to_string()),
                line: Some(line),
            }),
        }
    }

    /// An error for bytes that are not UTF-8, naming where they came from
    /// (a file name, `<stdin>`, or a JSONL line).
    pub fn invalid_utf8(source: &str, err: std::str::Utf8Error) -> Error {
        Error {
            inner: Arc::new(Inner {
                kind: ErrorKind::InvalidUtf8,
                message: format!(
                    "invalid UTF-8 at byte {}{}",
                    err.valid_up_to(),
                    match err.error_len() {
                        Some(n) => format!(" ({n} bad byte(s))"),
                        None => " (truncated sequence at end)".to_string(),
                    }
                ),
                source_name: Some(source.to_string()),
                line: None,
            }),
        }
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The data source (file name) this error is about, if any.
    pub fn source_name(&self) -> Option<&str> {
        self.inner.source_name.as_deref()
    }

    /// The 1-based line in [`Error::source_name`], if any.
    pub fn line(&self) -> Option<usize> {
        self.inner.line
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.inner.source_name, self.inner.line) {
            (Some(s), Some(l)) => write!(f, "{s}:{l}: {}", self.inner.message),
            (Some(s), None) => write!(f, "{s}: {}", self.inner.message),
            _ => write!(f, "{}", self.inner.message),
        }
    }
}

impl std::error::Error for Error {}
