//! The one integration test binary.

mod api;
mod data;
mod fixtures;
mod properties;
mod rules;
