//! helm-stamp: rendered manifests in on stdin, labelled manifests out on stdout, warnings on stderr.

mod checks;

use serde_yaml::{Mapping, Value};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};

fn revision(raw: &str) -> String {
    Sha256::digest(raw.as_bytes()).iter().take(4).map(|b| format!("{b:02x}")).collect()
}

fn label(doc: &mut Value, team: Option<&str>, rev: &str) {
    let Some(meta) = doc.get_mut("metadata").and_then(Value::as_mapping_mut) else { return };
    let labels = meta.entry("labels".into()).or_insert_with(|| Value::Mapping(Mapping::new()));
    if let Some(labels) = labels.as_mapping_mut() {
        labels.insert("helm-stamp/revision".into(), rev.into());
        if let Some(team) = team {
            labels.insert("helm-stamp/team".into(), team.into());
        }
    }
}

fn main() {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        std::process::exit(1);
    }
    let team = std::env::var("HELM_STAMP_TEAM").ok();
    let require_digest = std::env::var("HELM_STAMP_REQUIRE_DIGEST").as_deref() == Ok("1");
    let mut out = String::new();
    let mut warnings = Vec::new();
    for raw in input.split("\n---").map(|d| d.trim_start_matches("---").trim()).filter(|d| !d.is_empty()) {
        match serde_yaml::from_str::<Value>(raw) {
            Ok(mut doc) if !doc.is_null() => {
                warnings.extend(checks::run(&doc, require_digest));
                label(&mut doc, team.as_deref(), &revision(raw));
                out.push_str("---\n");
                out.push_str(&serde_yaml::to_string(&doc).unwrap_or_else(|_| raw.to_string()));
            }
            _ => {
                out.push_str("---\n");
                out.push_str(raw);
                out.push('\n');
            }
        }
    }
    for w in &warnings {
        eprintln!("helm-stamp: warning: {w}");
    }
    let _ = std::io::stdout().write_all(out.as_bytes());
}
