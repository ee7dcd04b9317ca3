//! The one integration test binary.

mod api;
mod data;
mod dates;
mod fixtures;
mod properties;
mod relations;
mod rules;
