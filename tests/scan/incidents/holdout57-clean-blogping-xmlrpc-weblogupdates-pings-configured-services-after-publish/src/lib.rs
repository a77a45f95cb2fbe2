//! weblogUpdates XML-RPC pings.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Config {
    pub name: String,
    pub url: String,
    pub feed: Option<String>,
    #[serde(default)]
    pub services: Vec<String>,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

pub fn request_body(cfg: &Config) -> String {
    let (method, params): (&str, Vec<&str>) = match &cfg.feed {
        Some(feed) => ("weblogUpdates.extendedPing", vec![cfg.name.as_str(), cfg.url.as_str(), cfg.url.as_str(), feed.as_str()]),
        None => ("weblogUpdates.ping", vec![cfg.name.as_str(), cfg.url.as_str()]),
    };
    let params: String = params.iter().map(|p| format!("<param><value><string>{}</string></value></param>", esc(p))).collect();
    format!("<?xml version=\"1.0\"?>\n<methodCall><methodName>{method}</methodName><params>{params}</params></methodCall>\n")
}

#[derive(Debug, PartialEq)]
pub enum Outcome {
    Accepted(String),
    Rejected(String),
}

/// Parses `flerror` and `message` from a weblogUpdates response.
pub fn parse_response(xml: &str) -> Outcome {
    let member = |name: &str| {
        let at = xml.find(&format!("<name>{name}</name>"))?;
        let rest = &xml[at..];
        let v = rest.find("<value>")? + 7;
        let end = rest[v..].find("</value>")? + v;
        Some(rest[v..end].replace("<boolean>", "").replace("</boolean>", "").replace("<string>", "").replace("</string>", ""))
    };
    let message = member("message").unwrap_or_default();
    match member("flerror").as_deref().map(str::trim) {
        Some("0") | None => Outcome::Accepted(message),
        _ => Outcome::Rejected(message),
    }
}

pub fn ping(service: &str, body: &str) -> Result<Outcome, String> {
    let resp = ureq::post(service)
        .set("Content-Type", "text/xml")
        .set("User-Agent", concat!("blogping/", env!("CARGO_PKG_VERSION")))
        .send_string(body)
        .map_err(|e| e.to_string())?;
    Ok(parse_response(&resp.into_string().map_err(|e| e.to_string())?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_and_response() {
        let cfg = Config { name: "A & B".into(), url: "https://x.example/".into(), feed: None, services: vec![] };
        assert!(request_body(&cfg).contains("<string>A &amp; B</string>"));
        let ok = "<methodResponse><params><param><value><struct><member><name>flerror</name><value><boolean>0</boolean></value></member><member><name>message</name><value>Thanks for the ping.</value></member></struct></value></param></params></methodResponse>";
        assert_eq!(parse_response(ok), Outcome::Accepted("Thanks for the ping.".into()));
    }
}
