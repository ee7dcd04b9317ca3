//! Output types: mentions, entities, the document and its graph.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::dates::{DateValue, DocDate};
use crate::error::{Error, ErrorKind};
use crate::lang::Lang;
use crate::span::Span;

pub use crate::shared::SharedStr;

/// The label of a mention.
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// A person.
    Person,
    /// A military or police rank ("Mayjen", "Maj. Gen.").
    Rank,
    /// A title or position ("Menteri Pertahanan", "spokesperson").
    Title,
    /// An organization.
    Org,
    /// A place: country, region, city, province, geographic region.
    Place,
    /// A date or time expression.
    Date,
}

impl Label {
    /// All labels, in a fixed order.
    pub const ALL: [Label; 6] = [
        Label::Person,
        Label::Rank,
        Label::Title,
        Label::Org,
        Label::Place,
        Label::Date,
    ];

    /// The upper-case name used in data files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Rank => "RANK",
            Label::Title => "TITLE",
            Label::Org => "ORG",
            Label::Place => "PLACE",
            Label::Date => "DATE",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Label {
    type Err = Error;
    fn from_str(s: &str) -> Result<Label, Error> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::Config,
                    format!(
                        "unknown label {s:?}: expected PERSON, RANK, TITLE, ORG, PLACE or DATE"
                    ),
                )
            })
    }
}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte span into the original text (half-open).
    #[serde(flatten)]
    pub span: Span,
    /// The label.
    pub label: Label,
    /// `&text[span]`.
    pub text: SharedStr,
    /// Index of the entity this mention belongs to in [`Document::entities`]
    /// (top-level mentions; the mentions in [`Document::nested`] belong to
    /// no entity and carry 0). Not serialized: a deserialized document has
    /// 0 here and no [`Entity::mentions`].
    #[serde(skip)]
    pub entity: usize,
    /// Normalized value: canonical English for RANK and TITLE, the
    /// canonical name for other gazetteer hits, the TIMEX3-style value for
    /// DATE. For gazetteer hits it is shared with the entry.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<SharedStr>,
    /// Provenance: the gazetteer key (`c:KR`, `o:nato`) or the rule id
    /// (`per/title-name`, `date/id/day-month-year`), shared by all
    /// mentions from the same entry or rule.
    pub source: SharedStr,
    /// Confidence in `0.0..=1.0`.
    pub confidence: f32,
    /// Full date value for DATE mentions.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<DateValue>,
}

/// An entity: mentions merged by gazetteer key, name back-reference,
/// acronym definition or identical normalized text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Document-stable id: `n1`, `n2`, ... in order of first mention.
    pub id: SharedStr,
    /// Label.
    pub label: Label,
    /// Canonical name (English canonical for gazetteer entries, the
    /// longest mention otherwise).
    pub name: SharedStr,
    /// Gazetteer key, if any mention came from the gazetteer.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub key: Option<SharedStr>,
    /// Distinct surface forms seen, in order of appearance.
    pub aliases: Vec<SharedStr>,
    /// Indices into [`Document::mentions`].
    #[serde(skip)]
    pub mentions: Vec<usize>,
}

/// A relation edge type.
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationType {
    /// PERSON has RANK.
    HasRank,
    /// PERSON holds TITLE (optionally `of` an ORG or PLACE).
    HoldsTitle,
    /// Two participants met (optionally at a place and date).
    Met,
    /// A participant visited a PLACE or ORG.
    Visited,
    /// A PERSON said something to a PERSON or ORG.
    SaidTo,
    /// ORG is part of ORG.
    PartOf,
    /// ORG or PLACE is located in PLACE.
    LocatedIn,
}

impl RelationType {
    /// The snake_case name used in JSON and DOT.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::HasRank => "has_rank",
            RelationType::HoldsTitle => "holds_title",
            RelationType::Met => "met",
            RelationType::Visited => "visited",
            RelationType::SaidTo => "said_to",
            RelationType::PartOf => "part_of",
            RelationType::LocatedIn => "located_in",
        }
    }
}

/// A typed relation between two entities, with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Edge type.
    #[serde(rename = "type")]
    pub kind: RelationType,
    /// Source entity index.
    pub source: usize,
    /// Target entity index.
    pub target: usize,
    /// Place entity index, for `met` and `visited`.
    pub place: Option<usize>,
    /// Date mention index, for `met` and `visited`.
    pub date: Option<usize>,
    /// `of` entity index, for `holds_title`.
    pub of: Option<usize>,
    /// The sentence the relation was read from.
    pub evidence: Span,
    /// Rule id.
    pub rule: String,
    /// Confidence in `0.0..=1.0`.
    pub confidence: f32,
    /// A planned (future) meeting or visit.
    pub planned: bool,
}

/// The result of extraction over one text.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    /// Language used for extraction.
    pub lang: Lang,
    /// Whether `lang` was detected (true) or given (false).
    pub lang_detected: bool,
    /// The document date used to resolve relative dates, and where it came
    /// from.
    pub document_date: Option<DocDate>,
    /// Sentences as byte spans of the original text.
    pub sentences: Vec<Span>,
    /// Top-level mentions, sorted by start, non-overlapping.
    pub mentions: Vec<Mention>,
    /// Mentions that lost to a longer overlapping mention but lie wholly
    /// inside one ("Seoul" in "Universitas Nasional Seoul"), sorted by start.
    pub nested: Vec<Mention>,
    /// Entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// Relations between entities.
    pub relations: Vec<Relation>,
}

impl Document {
    /// The entity of mention `i`.
    pub fn entity_of(&self, mention: &Mention) -> &Entity {
        &self.entities[mention.entity]
    }
}
