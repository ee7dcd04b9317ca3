//! Byte spans into the caller's original text.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the **original** text given to
/// [`Extractor::extract`](crate::Extractor::extract). Both ends always lie
/// on UTF-8 character boundaries, so `&text[span.range()]` never panics.
#[derive(
    Clone, Copy, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A new span. `start <= end` is the caller's responsibility.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// As a `Range<usize>`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies within `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span {
            start: r.start,
            end: r.end,
        }
    }
}

impl std::ops::Index<Span> for str {
    type Output = str;
    fn index(&self, s: Span) -> &str {
        &self[s.start..s.end]
    }
}
