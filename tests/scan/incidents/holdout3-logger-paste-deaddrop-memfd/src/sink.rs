use log::Record;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Logfmt,
}

fn ts() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

pub fn render(format: Format, r: &Record) -> String {
    match format {
        Format::Json => {
            let v = serde_json::json!({
                "ts": ts(),
                "level": r.level().as_str(),
                "target": r.target(),
                "msg": r.args().to_string(),
            });
            let mut s = v.to_string();
            s.push('\n');
            s
        }
        Format::Logfmt => format!(
            "ts={:.3} level={} target={} msg={:?}\n",
            ts(),
            r.level().as_str().to_ascii_lowercase(),
            r.target(),
            r.args().to_string()
        ),
    }
}
