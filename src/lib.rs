//! warta: entities, dates and relations from Indonesian and English news.
pub mod dates;
pub mod error;
pub mod gazetteer;
pub mod lang;
pub mod span;
