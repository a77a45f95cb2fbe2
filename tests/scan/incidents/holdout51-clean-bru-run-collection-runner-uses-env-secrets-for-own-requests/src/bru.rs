//! A small subset of the `.bru` format: `meta`, one method block
//! (`get`/`post`/`put`/`patch`/`delete`), `headers`, `body:json`, and
//! environment files with `vars` / `vars:secret`.

use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct Request {
    pub name: String,
    pub seq: u32,
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
}

/// Top-level `name { ... }` / `name [ ... ]` blocks.
pub fn blocks(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let l = line.trim_end();
        let Some(name) = l.strip_suffix(" {").or_else(|| l.strip_suffix(" [")) else { continue };
        let close = if l.ends_with('{') { "}" } else { "]" };
        let mut body = String::new();
        for inner in lines.by_ref() {
            if inner == close {
                break;
            }
            body.push_str(inner.strip_prefix("  ").unwrap_or(inner));
            body.push('\n');
        }
        out.push((name.trim().to_string(), body));
    }
    out
}

fn pairs(body: &str) -> Vec<(String, String)> {
    body.lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .filter(|(k, _)| !k.starts_with('~'))
        .collect()
}

pub fn parse_request(text: &str) -> Option<Request> {
    let mut r = Request::default();
    for (name, body) in blocks(text) {
        match name.as_str() {
            "meta" => {
                for (k, v) in pairs(&body) {
                    match k.as_str() {
                        "name" => r.name = v,
                        "seq" => r.seq = v.parse().unwrap_or(0),
                        _ => {}
                    }
                }
            }
            "get" | "post" | "put" | "patch" | "delete" => {
                r.method = name.to_uppercase();
                r.url = pairs(&body).into_iter().find(|(k, _)| k == "url").map(|(_, v)| v)?;
            }
            "headers" => r.headers = pairs(&body),
            "body:json" => r.body = Some(body),
            _ => {}
        }
    }
    (!r.method.is_empty()).then_some(r)
}

#[derive(Debug, Default)]
pub struct Env {
    pub vars: BTreeMap<String, String>,
    pub secret_names: Vec<String>,
}

pub fn parse_env(text: &str) -> Env {
    let mut env = Env::default();
    for (name, body) in blocks(text) {
        match name.as_str() {
            "vars" => env.vars.extend(pairs(&body)),
            "vars:secret" => env.secret_names.extend(body.lines().map(|l| l.trim().trim_end_matches(',').to_string()).filter(|l| !l.is_empty())),
            _ => {}
        }
    }
    env
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_and_env() {
        let req = "meta {\n  name: List users\n  seq: 2\n}\n\nget {\n  url: {{base}}/users\n}\n\nheaders {\n  Authorization: Bearer {{token}}\n}\n";
        let r = parse_request(req).unwrap();
        assert_eq!(r.method, "GET");
        assert_eq!(r.url, "{{base}}/users");
        assert_eq!(r.headers[0].0, "Authorization");
        let env = parse_env("vars {\n  base: https://staging.api.example\n}\nvars:secret [\n  token\n]\n");
        assert_eq!(env.vars["base"], "https://staging.api.example");
        assert_eq!(env.secret_names, vec!["token"]);
    }
}
