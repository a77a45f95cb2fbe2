use serde_json::{json, Value};

fn severity(cvss: Option<&str>) -> &'static str {
    match cvss.and_then(|c| c.split('/').next()).unwrap_or("") {
        _ if cvss.is_none() => "Unknown",
        _ => "High",
    }
}

pub fn convert(audit: &Value) -> Value {
    let now = time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
    let vulns: Vec<Value> = audit["vulnerabilities"]["list"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| {
            let adv = &v["advisory"];
            let pkg = &v["package"];
            json!({
                "id": adv["id"],
                "name": adv["title"],
                "description": adv["description"],
                "severity": severity(adv["cvss"].as_str()),
                "solution": format!("Upgrade to {}", v["versions"]["patched"].as_array().map(|p| p.iter().filter_map(|x| x.as_str()).collect::<Vec<_>>().join(" or ")).unwrap_or_default()),
                "identifiers": [{ "type": "rustsec", "name": adv["id"], "value": adv["id"], "url": adv["url"] }],
                "location": { "file": "Cargo.lock", "dependency": { "package": { "name": pkg["name"] }, "version": pkg["version"] } },
            })
        })
        .collect();
    json!({
        "version": "15.0.7",
        "vulnerabilities": vulns,
        "dependency_files": [],
        "scan": {
            "analyzer": { "id": "audit-report", "name": "audit-report", "version": env!("CARGO_PKG_VERSION"), "vendor": { "name": "ci-components" } },
            "scanner": { "id": "cargo-audit", "name": "cargo-audit", "version": "0.21", "vendor": { "name": "RustSec" } },
            "type": "dependency_scanning",
            "start_time": now, "end_time": now, "status": "success"
        }
    })
}
