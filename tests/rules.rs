//! Every rule's own examples, through the full default extractor.

use warta::{Extractor, Input};

#[test]
fn every_rule_passes_its_examples() {
    let ex = Extractor::new().unwrap();
    let mut failures = String::new();
    let mut checked = 0;
    for rule in ex.rules() {
        assert!(
            !rule.examples.is_empty(),
            "rule {} has no examples",
            rule.id
        );
        assert!(
            rule.examples.iter().any(|e| !e.expect.is_empty()),
            "rule {} has no positive example",
            rule.id
        );
        for e in rule.examples {
            let doc = ex.extract(Input::new(e.text).lang(e.lang));
            let has =
                |l: warta::Label, t: &str| doc.mentions.iter().any(|m| m.label == l && m.text == t);
            for (l, t) in e.expect {
                checked += 1;
                if !has(*l, t) {
                    failures.push_str(&format!(
                        "{}: {:?} should yield {l} {t:?}; got {:?}\n",
                        rule.id,
                        e.text,
                        summary(&doc)
                    ));
                }
            }
            for (l, t) in e.reject {
                checked += 1;
                if has(*l, t) {
                    failures.push_str(&format!(
                        "{}: {:?} must not yield {l} {t:?}\n",
                        rule.id, e.text
                    ));
                }
            }
            // A rule's first expected mention of its own label must come
            // from the rule itself or a longer/better candidate; at least one
            // positive example per rule must be produced by the rule.
        }
        let fired = rule.examples.iter().any(|e| {
            let doc = ex.extract(Input::new(e.text).lang(e.lang));
            doc.mentions
                .iter()
                .chain(doc.nested.iter())
                .any(|m| m.source == rule.id)
        });
        if !fired {
            failures.push_str(&format!(
                "{}: no example is produced by the rule itself\n",
                rule.id
            ));
        }
    }
    assert!(checked > 20);
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn disabling_a_rule_removes_its_mentions() {
    let text = "\"Kami siap,\" kata Sutejo kepada wartawan.";
    let on = Extractor::new().unwrap().extract(text);
    assert!(on
        .mentions
        .iter()
        .any(|m| m.source == "per/speech-verb-name"));
    let off = Extractor::builder()
        .disable_rules("per/speech-verb-name")
        .build()
        .unwrap()
        .extract(text);
    assert!(!off
        .mentions
        .iter()
        .any(|m| m.source == "per/speech-verb-name"));
    let none = Extractor::builder()
        .disable_rules("per/")
        .build()
        .unwrap()
        .extract(text);
    assert!(!none.mentions.iter().any(|m| m.source.starts_with("per/")));
}

fn summary(doc: &warta::Document) -> Vec<String> {
    doc.mentions
        .iter()
        .map(|m| format!("{} {:?} ({})", m.label, m.text, m.source))
        .collect()
}

#[test]
fn every_rule_is_documented_in_design() {
    let design = include_str!("../DESIGN.md");
    let missing: Vec<&str> = warta::rules::RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| !design.contains(&format!("`{id}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "rules missing from DESIGN.md's rule table: {missing:?}"
    );
}
