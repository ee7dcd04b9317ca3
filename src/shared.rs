//! [`SharedStr`]: immutable strings shared by reference count.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An immutable string shared by reference count: a whole `Arc<str>` or a
/// slice of one. Gazetteer keys, canonical names and rule ids are handed to
/// every mention that carries them without copying, and every mention's
/// text is a slice of one shared copy of its document, so building a
/// document's mentions and entities allocates no string per mention.
///
/// Reads like a `&str` (`Deref`, `as_str`, `==` with `&str` and `String`),
/// compares, orders and hashes by its text, and serializes as a plain
/// string. Holding a mention's text keeps its document's text alive.
#[derive(Clone)]
pub struct SharedStr {
    buf: Arc<str>,
    start: usize,
    end: usize,
}

impl SharedStr {
    /// The string.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.buf[self.start..self.end]
    }

    /// The part `start..end` (byte offsets into this string), sharing the
    /// buffer; `None` when the range is out of bounds or not on character
    /// boundaries.
    pub fn slice(&self, start: usize, end: usize) -> Option<SharedStr> {
        self.as_str().get(start..end)?;
        Some(SharedStr {
            buf: self.buf.clone(),
            start: self.start + start,
            end: self.start + end,
        })
    }
}

impl std::ops::Deref for SharedStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> SharedStr {
        SharedStr {
            buf: Arc::from(s),
            start: 0,
            end: s.len(),
        }
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> SharedStr {
        let end = s.len();
        SharedStr {
            buf: Arc::from(s),
            start: 0,
            end,
        }
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> String {
        s.as_str().to_string()
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &SharedStr) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &SharedStr) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for SharedStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SharedStr, D::Error> {
        String::deserialize(d).map(SharedStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::SharedStr;

    #[test]
    fn slices_compare_hash_and_serialize_by_text() {
        use std::collections::HashSet;
        let doc = SharedStr::from("Lee Jong-sup dan Jens Stoltenberg");
        let lee = doc.slice(0, 12).unwrap();
        assert_eq!(lee, "Lee Jong-sup");
        assert_eq!(lee, SharedStr::from("Lee Jong-sup"));
        assert_eq!(lee.len(), 12);
        assert!(doc.slice(0, 100).is_none());
        let nested = lee.slice(4, 12).unwrap();
        assert_eq!(nested.as_str(), "Jong-sup");
        let set: HashSet<SharedStr> = [lee.clone(), SharedStr::from("Lee Jong-sup")].into();
        assert_eq!(set.len(), 1);
        assert!(doc.slice(17, 21).unwrap() < lee);
        let multi = SharedStr::from("Ünye – Seoul");
        assert!(multi.slice(1, 3).is_none(), "not a char boundary");
        assert_eq!(multi.slice(0, 5).unwrap(), "Ünye");
    }
}
