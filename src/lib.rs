//! warta: entities, dates and relations from Indonesian and English news.
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
pub mod span;
pub mod text;

pub use error::{Error, ErrorKind};
pub use extractor::{Extractor, ExtractorBuilder, Input};
pub use graph::{Edge, Graph, Node};
pub use lang::Lang;
pub use model::{Document, Entity, Label, Mention, Relation, RelationType};
pub use span::Span;
