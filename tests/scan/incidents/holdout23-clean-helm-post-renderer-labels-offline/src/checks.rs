//! Lint checks on rendered objects. Secret values are never read, only key names.

use serde_yaml::Value;

fn images(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Mapping(m) => {
            for (k, val) in m {
                if k.as_str() == Some("image") {
                    if let Some(s) = val.as_str() {
                        out.push(s.to_string());
                    }
                }
                images(val, out);
            }
        }
        Value::Sequence(s) => s.iter().for_each(|x| images(x, out)),
        _ => {}
    }
}

pub fn run(doc: &Value, require_digest: bool) -> Vec<String> {
    let kind = doc["kind"].as_str().unwrap_or("?");
    let name = doc["metadata"]["name"].as_str().unwrap_or("?");
    let mut w = Vec::new();
    let mut imgs = Vec::new();
    images(doc, &mut imgs);
    for i in imgs {
        let last = i.rsplit('/').next().unwrap_or(&i);
        if !last.contains(':') && !i.contains('@') {
            w.push(format!("{kind}/{name}: image {i} has no tag"));
        } else if last.ends_with(":latest") {
            w.push(format!("{kind}/{name}: image {i} uses :latest"));
        } else if require_digest && !i.contains("@sha256:") {
            w.push(format!("{kind}/{name}: image {i} is not pinned by digest"));
        }
    }
    if kind == "Secret" {
        if let Some(keys) = doc["stringData"].as_mapping() {
            let names: Vec<&str> = keys.keys().filter_map(Value::as_str).collect();
            w.push(format!("Secret/{name}: stringData keys {names:?} are plain text in the release"));
        }
    }
    w
}
