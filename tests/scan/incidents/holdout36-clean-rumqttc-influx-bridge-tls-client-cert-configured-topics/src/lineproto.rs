//! InfluxDB line protocol for one MQTT message.

use crate::config::Topic;

fn escape_tag(s: &str) -> String {
    s.replace(',', "\\,").replace('=', "\\=").replace(' ', "\\ ")
}

/// `measurement,topic=<topic> f1=1.5,f2=3 <ns>` with only the configured numeric fields.
pub fn line(t: &Topic, topic: &str, payload: &[u8], ts_ns: i128) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(payload).ok()?;
    let fields: Vec<String> = t
        .fields
        .iter()
        .filter_map(|f| v.get(f).and_then(|x| x.as_f64()).map(|x| format!("{f}={x}")))
        .collect();
    if fields.is_empty() {
        return None;
    }
    Some(format!("{},topic={} {} {}", escape_tag(&t.measurement), escape_tag(topic), fields.join(","), ts_ns))
}
