use serde_json::json;

/// POST one alert to Alertmanager's v2 API.
pub fn fire(base: &str, dev: &str, summary: &str, detail: Option<&str>) {
    let mut ann = json!({ "summary": summary });
    if let Some(d) = detail {
        ann["description"] = json!(d);
    }
    let body = json!([{
        "labels": { "alertname": "DiskHealth", "device": dev, "severity": "warning" },
        "annotations": ann,
    }]);
    let _ = ureq::post(&format!("{}/api/v2/alerts", base.trim_end_matches('/'))).send_json(body);
}
