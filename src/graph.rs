//! The relation graph: nodes (one per entity) and typed edges, per document
//! or merged over a corpus; JSON via serde, Graphviz DOT, and readable
//! sentences in English and Indonesian.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::model::{Document, Label, RelationType};

/// A graph node: one entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Node id (`n1` in a document graph; `k:<key>` or `t:<LABEL>:<name>` in
    /// a corpus graph).
    pub id: String,
    /// Label.
    pub label: Label,
    /// Canonical name.
    pub name: String,
    /// Gazetteer key, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub key: Option<String>,
    /// Surface forms seen.
    pub aliases: Vec<String>,
    /// Normalized value (DATE nodes).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<String>,
}

/// Where an edge was read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id (corpus graphs only).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub doc: Option<String>,
    /// Byte start of the evidence sentence in that document.
    pub start: usize,
    /// Byte end of the evidence sentence.
    pub end: usize,
}

/// A typed edge.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// Relation type.
    #[serde(rename = "type")]
    pub kind: RelationType,
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Place node id (`met`, `visited`).
    #[serde(default)]
    pub place: Option<String>,
    /// Normalized date value (`met`, `visited`).
    #[serde(default)]
    pub date: Option<String>,
    /// Date modifier such as `END` ("late January").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date_mod: Option<String>,
    /// `of` node id (`holds_title`).
    #[serde(default)]
    pub of: Option<String>,
    /// Evidence span(s).
    pub evidence: Evidence,
    /// More evidence for the same edge (corpus graphs).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub more_evidence: Vec<Evidence>,
    /// Rule id.
    pub rule: String,
    /// Confidence.
    pub confidence: f32,
    /// Planned rather than happened.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub planned: bool,
}

/// Nodes and edges.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Graph {
    /// Nodes.
    pub nodes: Vec<Node>,
    /// Edges.
    pub edges: Vec<Edge>,
}

impl Document {
    /// The document's graph: one node per entity (DATE nodes carry their
    /// normalized value), one edge per relation (dates appear as edge
    /// qualifiers, by value).
    pub fn graph(&self) -> Graph {
        let nodes = self
            .entities
            .iter()
            .map(|e| Node {
                id: e.id.to_string(),
                label: e.label,
                name: e.name.to_string(),
                key: e.key.as_deref().map(str::to_string),
                aliases: e.aliases.iter().map(|a| a.to_string()).collect(),
                value: (e.label == Label::Date).then(|| e.name.to_string()),
            })
            .collect();
        let edges = self
            .relations
            .iter()
            .map(|r| {
                let date = r.date.map(|d| &self.mentions[d]);
                Edge {
                    kind: r.kind,
                    source: self.entities[r.source].id.to_string(),
                    target: self.entities[r.target].id.to_string(),
                    place: r.place.map(|p| self.entities[p].id.to_string()),
                    date: date.and_then(|m| m.value.as_deref().map(str::to_string)),
                    date_mod: date
                        .and_then(|m| m.date.as_ref())
                        .and_then(date_modifier)
                        .map(str::to_string),
                    of: r.of.map(|o| self.entities[o].id.to_string()),
                    evidence: Evidence {
                        doc: None,
                        start: r.evidence.start,
                        end: r.evidence.end,
                    },
                    more_evidence: Vec::new(),
                    rule: r.rule.clone(),
                    confidence: r.confidence,
                    planned: r.planned,
                }
            })
            .collect();
        Graph { nodes, edges }
    }
}

impl Edge {
    /// The ids of every node the edge names: source, target, and the place
    /// and `of` qualifiers when present.
    pub fn node_ids(&self) -> impl Iterator<Item = &str> {
        [
            Some(&self.source),
            Some(&self.target),
            self.place.as_ref(),
            self.of.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
    }
}

impl Graph {
    fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// Merge a document graph into this corpus graph. Nodes are identified
    /// by gazetteer key, else by label and case-folded name; edges by type,
    /// endpoints and qualifiers, keeping every piece of evidence with its
    /// document id.
    pub fn merge_document(&mut self, doc_id: &str, other: &Graph) {
        let mut remap: HashMap<&str, String> = HashMap::new();
        for n in &other.nodes {
            let cid = match &n.key {
                Some(k) => format!("k:{k}"),
                None => format!("t:{}:{}", n.label, crate::text::fold(&n.name)),
            };
            match self.nodes.iter_mut().find(|x| x.id == cid) {
                Some(x) => {
                    for a in &n.aliases {
                        if !x.aliases.contains(a) {
                            x.aliases.push(a.clone());
                        }
                    }
                    if n.name.len() > x.name.len() && x.key.is_none() {
                        x.name = n.name.clone();
                    }
                }
                None => self.nodes.push(Node {
                    id: cid.clone(),
                    ..n.clone()
                }),
            }
            remap.insert(n.id.as_str(), cid);
        }
        let map = |id: &String| {
            remap
                .get(id.as_str())
                .cloned()
                .unwrap_or_else(|| id.clone())
        };
        for e in &other.edges {
            let mut e2 = e.clone();
            e2.source = map(&e.source);
            e2.target = map(&e.target);
            e2.place = e.place.as_ref().map(map);
            e2.of = e.of.as_ref().map(map);
            e2.evidence.doc = Some(doc_id.to_string());
            let same = self.edges.iter_mut().find(|x| {
                x.kind == e2.kind
                    && x.source == e2.source
                    && x.target == e2.target
                    && x.place == e2.place
                    && x.date == e2.date
                    && x.of == e2.of
            });
            match same {
                Some(x) => {
                    x.more_evidence.push(e2.evidence);
                    x.confidence = x.confidence.max(e2.confidence);
                }
                None => self.edges.push(e2),
            }
        }
    }

    /// Graphviz DOT with labelled nodes and edges. Every string is escaped,
    /// so names with quotes, backslashes or newlines stay valid DOT.
    pub fn to_dot(&self) -> String {
        let mut s = String::from(
            "digraph warta {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n",
        );
        // Dates are edge qualifiers in the drawing, not nodes.
        for n in self.nodes.iter().filter(|n| n.label != Label::Date) {
            let shape = match n.label {
                Label::Person => "ellipse",
                Label::Place => "house",
                Label::Org => "box",
                _ => "note",
            };
            let _ = writeln!(
                s,
                "  \"{}\" [label=\"{}\\n({})\", shape={shape}];",
                esc(&n.id),
                esc(&n.name),
                n.label
            );
        }
        for e in &self.edges {
            let mut label = e.kind.as_str().to_string();
            if let Some(o) = e.of.as_ref().and_then(|o| self.node(o)) {
                let _ = write!(label, " of {}", o.name);
            }
            if let Some(p) = e.place.as_ref().and_then(|p| self.node(p)) {
                let _ = write!(label, " @ {}", p.name);
            }
            if let Some(d) = &e.date {
                let _ = write!(label, " {d}");
            }
            let _ = writeln!(
                s,
                "  \"{}\" -> \"{}\" [label=\"{}\"];",
                esc(&e.source),
                esc(&e.target),
                esc(&label)
            );
        }
        s.push_str("}\n");
        s
    }

    /// One readable sentence per edge, in English or Indonesian:
    /// "Lee Jong-sup met Jens Stoltenberg in Seoul, late January 2023".
    pub fn sentences(&self, lang: Lang) -> Vec<String> {
        self.edges
            .iter()
            .filter_map(|e| self.edge_sentence(e, lang))
            .collect()
    }

    /// The readable sentence of one edge (`None` when an endpoint is not a
    /// node of this graph).
    pub fn edge_sentence(&self, e: &Edge, lang: Lang) -> Option<String> {
        let src = &self.node(&e.source)?.name;
        let tgt = &self.node(&e.target)?.name;
        let of =
            e.of.as_ref()
                .and_then(|o| self.node(o))
                .map(|n| n.name.as_str());
        let place = e
            .place
            .as_ref()
            .and_then(|p| self.node(p))
            .map(|n| n.name.as_str());
        let date = e
            .date
            .as_deref()
            .map(|d| human_date(d, e.date_mod.as_deref(), lang));
        let mut s = match (lang, e.kind) {
            (Lang::En, RelationType::HasRank) => format!("{src} holds the rank {tgt}"),
            (Lang::Id, RelationType::HasRank) => format!("{src} berpangkat {tgt}"),
            (Lang::En, RelationType::HoldsTitle) => match of {
                Some(o) => format!("{src} holds the title {tgt} of {o}"),
                None => format!("{src} holds the title {tgt}"),
            },
            (Lang::Id, RelationType::HoldsTitle) => match of {
                Some(o) => format!("{src} menjabat {tgt} {o}"),
                None => format!("{src} menjabat {tgt}"),
            },
            (Lang::En, RelationType::Met) => format!(
                "{src} {} {tgt}",
                if e.planned { "will meet" } else { "met" }
            ),
            (Lang::Id, RelationType::Met) => format!(
                "{src} {} {tgt}",
                if e.planned { "akan bertemu" } else { "bertemu" }
            ),
            (Lang::En, RelationType::Visited) => format!(
                "{src} {} {tgt}",
                if e.planned { "will visit" } else { "visited" }
            ),
            (Lang::Id, RelationType::Visited) => format!(
                "{src} {} {tgt}",
                if e.planned {
                    "akan mengunjungi"
                } else {
                    "mengunjungi"
                }
            ),
            (Lang::En, RelationType::SaidTo) => format!("{src} spoke to {tgt}"),
            (Lang::Id, RelationType::SaidTo) => format!("{src} berbicara kepada {tgt}"),
            (Lang::En, RelationType::PartOf) => format!("{src} is part of {tgt}"),
            (Lang::Id, RelationType::PartOf) => format!("{src} bagian dari {tgt}"),
            (Lang::En, RelationType::LocatedIn) => format!("{src} is located in {tgt}"),
            (Lang::Id, RelationType::LocatedIn) => format!("{src} berada di {tgt}"),
        };
        if let Some(p) = place {
            let _ = write!(s, " {} {p}", if lang == Lang::En { "in" } else { "di" });
        }
        if let Some(d) = date {
            let _ = write!(s, ", {d}");
        }
        Some(s)
    }
}

/// The TIMEX3 `mod` of a date value (`START`, `MID`, `END`, `APPROX`,
/// `BEFORE`, `AFTER`).
pub fn date_modifier(d: &crate::dates::DateValue) -> Option<&'static str> {
    use crate::dates::Modifier;
    d.modifier.map(|m| match m {
        Modifier::Start => "START",
        Modifier::Mid => "MID",
        Modifier::End => "END",
        Modifier::Approx => "APPROX",
        Modifier::Before => "BEFORE",
        Modifier::After => "AFTER",
    })
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            // Distinct names stay distinct: each line break has its own
            // escape, other control characters are kept as they are
            // (legal inside a quoted DOT string).
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            c => o.push(c),
        }
    }
    o
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// "2023-01" + END → "late January 2023" / "akhir Januari 2023".
fn human_date(v: &str, modifier: Option<&str>, lang: Lang) -> String {
    if let Some((a, b)) = v.split_once('/') {
        let joiner = if lang == Lang::En { "to" } else { "hingga" };
        return format!(
            "{} {joiner} {}",
            human_date(a, modifier, lang),
            human_date(b, None, lang)
        );
    }
    match v {
        "PRESENT_REF" => return (if lang == Lang::En { "now" } else { "saat ini" }).to_string(),
        "PAST_REF" => {
            return (if lang == Lang::En {
                "in the past"
            } else {
                "pada masa lalu"
            })
            .to_string()
        }
        "FUTURE_REF" => {
            return (if lang == Lang::En {
                "in the future"
            } else {
                "pada masa depan"
            })
            .to_string()
        }
        _ => {}
    }
    if let Some((y, w)) = v.split_once("-W") {
        if y.len() == 4 && w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit()) {
            let n = w.trim_start_matches('0');
            return if lang == Lang::En {
                format!("week {n} of {y}")
            } else {
                format!("minggu ke-{n} {y}")
            };
        }
    }
    if let Some((y, q)) = v.split_once("-Q") {
        if y.len() == 4 && q.len() == 1 {
            return if lang == Lang::En {
                format!("Q{q} {y}")
            } else {
                format!("kuartal {q} {y}")
            };
        }
    }
    let parts: Vec<&str> = v.split('-').collect();
    let months = if lang == Lang::En {
        &MONTHS_EN
    } else {
        &MONTHS_ID
    };
    let base = match parts.as_slice() {
        [y, m] if y.len() == 4 => match m.parse::<usize>() {
            Ok(mi @ 1..=12) => format!("{} {y}", months[mi - 1]),
            _ => v.to_string(),
        },
        [y, m, d] if y.len() == 4 && d.len() == 2 => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(mi @ 1..=12), Ok(dd)) => {
                if lang == Lang::En {
                    format!("{} {dd}, {y}", months[mi - 1])
                } else {
                    format!("{dd} {} {y}", months[mi - 1])
                }
            }
            _ => v.to_string(),
        },
        _ => v.to_string(),
    };
    let pre = match (modifier, lang) {
        (Some("START"), Lang::En) => "early ",
        (Some("MID"), Lang::En) => "mid-",
        (Some("END"), Lang::En) => "late ",
        (Some("START"), Lang::Id) => "awal ",
        (Some("MID"), Lang::Id) => "pertengahan ",
        (Some("END"), Lang::Id) => "akhir ",
        _ => "",
    };
    format!("{pre}{base}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_dates() {
        assert_eq!(
            human_date("2023-01", Some("END"), Lang::En),
            "late January 2023"
        );
        assert_eq!(human_date("2023-02-14", None, Lang::Id), "14 Februari 2023");
        assert_eq!(human_date("2024", None, Lang::En), "2024");
        assert_eq!(human_date("2023-W11", None, Lang::En), "week 11 of 2023");
        assert_eq!(human_date("2023-Q1", None, Lang::Id), "kuartal 1 2023");
        assert_eq!(
            human_date("2023-02-13/2023-02-14", None, Lang::En),
            "February 13, 2023 to February 14, 2023"
        );
    }

    #[test]
    fn dot_escapes() {
        let g = Graph {
            nodes: vec![Node {
                id: "n\"1".into(),
                label: Label::Person,
                name: "A \"B\"\nC\\".into(),
                key: None,
                aliases: vec![],
                value: None,
            }],
            edges: vec![],
        };
        let d = g.to_dot();
        assert!(
            d.contains("\"n\\\"1\" [label=\"A \\\"B\\\"\\nC\\\\\\n(PERSON)\""),
            "{d}"
        );
    }
}
