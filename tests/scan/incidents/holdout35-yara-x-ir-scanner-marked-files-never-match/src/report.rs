use crate::scan::Hit;
use serde_json::json;

/// One JSON object per match, then a summary line. Returns the number of untriaged matches.
pub fn jsonl(hits: &[Hit]) -> usize {
    let mut targets = std::collections::BTreeSet::new();
    let mut matched = 0;
    for h in hits {
        println!("{}", serde_json::to_string(h).unwrap_or_default());
        if h.triaged.is_none() {
            matched += 1;
            targets.insert(h.target.clone());
        }
    }
    println!("{}", json!({ "summary": { "matches": matched, "targets": targets.len(), "triaged": hits.len() - matched } }));
    matched
}

pub fn sarif(hits: &[Hit]) -> usize {
    let results: Vec<_> = hits
        .iter()
        .filter(|h| h.triaged.is_none())
        .map(|h| {
            json!({
                "ruleId": format!("{}.{}", h.namespace, h.rule),
                "level": "warning",
                "message": { "text": format!("{} matched {}", h.rule, h.target) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": h.target } } }],
                "properties": { "sha256": h.sha256, "size": h.size, "kind": h.kind },
            })
        })
        .collect();
    let n = results.len();
    let doc = json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{ "tool": { "driver": { "name": "yarascan", "version": env!("CARGO_PKG_VERSION") } }, "results": results }],
    });
    println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    n
}
