//! Support code for the `evaluate` example (not an example itself).

pub mod corpus;
pub mod score;
