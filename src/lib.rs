//! # warta
//!
//! Deterministic, explainable extraction of **persons, military and police
//! ranks, titles, organizations, places and dates** from Indonesian and
//! English news, with entities and a relation graph (met, visited,
//! holds_title, has_rank, said_to, part_of, located_in).
//!
//! # Overview
//!
//! * [`Extractor`] / [`ExtractorBuilder`]: build once (the only fallible
//!   step), then [`Extractor::extract`] any `&str` or [`Input`] — it never
//!   fails and never panics.
//! * [`Document`]: [`Mention`]s (byte [`Span`]s into the original text,
//!   [`Label`], normalized value, source, confidence), nested mentions,
//!   [`Entity`]s, [`Relation`]s, the document date and sentences.
//! * [`Graph`]: `Document::graph()`, JSON via serde, [`Graph::to_dot`],
//!   [`Graph::sentences`], [`Graph::merge_document`] for a corpus.
//! * [`dates::DateTagger`]: the date stage on its own.
//! * [`gazetteer`]: the one row format of every data file and of user
//!   gazetteers; [`rules::RULES`]: every context rule with its examples.
//!
//! ```
//! use warta::{Extractor, Input, Label, Lang};
//!
//! let ex = Extractor::new()?;
//! let text = "Menteri Pertahanan Korea Selatan Lee Jong-sup tiba di Seoul.";
//! let doc = ex.extract(Input::new(text).lang(Lang::Id));
//! let person = doc.mentions.iter().find(|m| m.label == Label::Person).unwrap();
//! assert_eq!(&text[person.span.range()], "Lee Jong-sup");
//! # Ok::<(), warta::Error>(())
//! ```
//!
//! See `DESIGN.md` for the pipeline, the offset model and the overlap
//! policy.
#![warn(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod cues;
pub mod dates;
mod entities;
pub mod error;
mod extractor;
pub mod gazetteer;
pub mod graph;
pub mod lang;
mod model;
mod relations;
mod resolve;
pub mod rules;
mod shared;
pub mod span;
pub mod text;

pub use error::{Error, ErrorKind};
#[cfg(feature = "stage-timing")]
pub use extractor::stage_timing;
pub use extractor::{Extractor, ExtractorBuilder, Input};
pub use graph::{Edge, Graph, Node};
pub use lang::Lang;
pub use model::{Document, Entity, Label, Mention, Relation, RelationType, SharedStr};
pub use span::Span;

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
