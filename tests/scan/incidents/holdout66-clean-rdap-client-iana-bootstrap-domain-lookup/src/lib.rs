//! RDAP domain lookups (RFC 9082 / 9083, bootstrap RFC 9224).
use serde_json::Value;

const BOOTSTRAP: &str = "https://data.iana.org/rdap/dns.json";

/// Finds the RDAP base URL responsible for the domain's TLD.
pub fn base_for(domain: &str) -> Result<Option<String>, Box<dyn std::error::Error>> {
    let tld = domain.trim_end_matches('.').rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    let boot: Value = ureq::get(BOOTSTRAP).call()?.into_json()?;
    for svc in boot["services"].as_array().into_iter().flatten() {
        let tlds = svc[0].as_array().into_iter().flatten().filter_map(Value::as_str);
        if tlds.into_iter().any(|t| t == tld) {
            return Ok(svc[1][0].as_str().map(|s| s.trim_end_matches('/').to_string()));
        }
    }
    Ok(None)
}

pub fn domain(domain: &str) -> Result<Value, Box<dyn std::error::Error>> {
    let base = base_for(domain)?.ok_or("no RDAP service for this TLD")?;
    let idna = domain.trim_end_matches('.').to_ascii_lowercase();
    Ok(ureq::get(&format!("{base}/domain/{idna}")).set("Accept", "application/rdap+json").call()?.into_json()?)
}

/// Registration and expiry dates from the `events` array.
pub fn dates(v: &Value) -> Vec<(String, String)> {
    v["events"].as_array().into_iter().flatten()
        .filter_map(|e| Some((e["eventAction"].as_str()?.to_string(), e["eventDate"].as_str()?.to_string())))
        .collect()
}
