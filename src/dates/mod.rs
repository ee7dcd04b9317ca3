//! Dates (in progress).
