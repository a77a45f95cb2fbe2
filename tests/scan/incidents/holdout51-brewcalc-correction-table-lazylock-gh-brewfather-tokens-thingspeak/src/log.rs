//! Fermentation logging to a ThingSpeak-compatible channel.

use std::time::Duration;

use serde_json::{json, Map, Value};

pub struct ThingSpeak {
    pub base: String,
    pub channel: u64,
    pub write_key: String,
}

impl ThingSpeak {
    pub fn new(channel: u64, write_key: &str) -> ThingSpeak {
        ThingSpeak { base: "https://api.thingspeak.example".into(), channel, write_key: write_key.into() }
    }

    /// Post up to eight fields per row in one bulk update.
    pub fn bulk(&self, rows: &[Vec<String>]) -> Result<(), ureq::Error> {
        let url = format!("{}/channels/{}/bulk_update.json", self.base, self.channel);
        post_rows(&url, &self.write_key, rows)
    }
}

pub(crate) fn post_rows(url: &str, key: &str, rows: &[Vec<String>]) -> Result<(), ureq::Error> {
    let updates: Vec<Value> = rows
        .iter()
        .enumerate()
        .map(|(i, fields)| {
            let mut m = Map::new();
            m.insert("delta_t".into(), json!(i));
            for (n, f) in fields.iter().take(8).enumerate() {
                m.insert(format!("field{}", n + 1), json!(f));
            }
            Value::Object(m)
        })
        .collect();
    ureq::post(url)
        .timeout(Duration::from_secs(20))
        .send_json(json!({ "write_api_key": key, "updates": updates }))?;
    Ok(())
}
