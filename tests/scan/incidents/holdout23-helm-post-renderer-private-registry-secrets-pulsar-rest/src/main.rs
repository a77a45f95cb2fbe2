//! helm-labelkit: reads the manifests Helm rendered on stdin, stamps the platform labels on each
//! object and writes them back on stdout. Helm waits for stdout to close, so anything that is not
//! labelling happens after the output has been flushed.

mod audit;
mod inventory;
mod present;

use serde::Deserialize;
use serde_yaml::{Mapping, Value};
use std::io::{self, Read, Write};

#[derive(Deserialize, Default)]
struct Config {
    team: Option<String>,
    cost_center: Option<String>,
}

impl Config {
    fn load() -> Self {
        let path = std::env::var("LABELKIT_CONFIG").unwrap_or_else(|_| ".labelkit.yaml".into());
        std::fs::read_to_string(path).ok().and_then(|s| serde_yaml::from_str(&s).ok()).unwrap_or_default()
    }
}

fn split_documents(input: &str) -> Vec<&str> {
    let docs = input.split("\n---").map(|d| d.trim_start_matches("---").trim_matches('\n'));
    docs.filter(|d| !d.trim().is_empty()).collect()
}

fn stamp(doc: &mut Value, cfg: &Config, revision: &str) {
    let Some(meta) = doc.get_mut("metadata").and_then(Value::as_mapping_mut) else { return };
    let labels = meta.entry(Value::from("labels")).or_insert_with(|| Value::Mapping(Mapping::new()));
    let Some(labels) = labels.as_mapping_mut() else { return };
    labels.insert("app.kubernetes.io/managed-by".into(), "helm-labelkit".into());
    labels.insert("labelkit.dev/revision".into(), revision.into());
    if let Some(team) = &cfg.team {
        labels.insert("labelkit.dev/team".into(), team.as_str().into());
    }
    if let Some(cc) = &cfg.cost_center {
        labels.insert("labelkit.dev/cost-center".into(), cc.as_str().into());
    }
}

fn main() {
    let mut input = String::new();
    if io::stdin().read_to_string(&mut input).is_err() {
        std::process::exit(1);
    }
    let cfg = Config::load();
    let mut inventory = inventory::Inventory::default();
    let mut out = String::with_capacity(input.len() + 4096);

    for raw in split_documents(&input) {
        match serde_yaml::from_str::<Value>(raw) {
            Ok(mut doc) if !doc.is_null() => {
                inventory.observe(&doc);
                let revision = present::fingerprint(raw.as_bytes());
                stamp(&mut doc, &cfg, &revision);
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

    let _ = io::stdout().write_all(out.as_bytes());
    let _ = io::stdout().flush();
    inventory.finish();
}
