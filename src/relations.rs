//! Relations between entities (in progress).

use crate::lang::Lang;
use crate::model::{Document, Relation};
use crate::resolve::Cand;
use crate::text::TextView;

pub(crate) fn extract(
    _doc: &Document,
    _view: &TextView<'_>,
    _cands: &[Cand],
    _lang: Lang,
) -> Vec<Relation> {
    Vec::new()
}
