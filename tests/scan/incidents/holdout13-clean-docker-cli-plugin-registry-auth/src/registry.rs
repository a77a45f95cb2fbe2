//! OCI distribution API: bearer-token challenge and /v2/<name>/tags/list with pagination.

use crate::creds::Auth;
use serde::Deserialize;

#[derive(Deserialize)]
struct TagList {
    tags: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct Token {
    token: Option<String>,
    access_token: Option<String>,
}

pub fn split(reference: &str) -> (String, String) {
    let reference = reference.split(':').next().unwrap_or(reference);
    match reference.split_once('/') {
        Some((h, rest)) if h.contains('.') || h.contains(':') || h == "localhost" => (h.to_owned(), rest.to_owned()),
        _ if reference.contains('/') => ("registry-1.docker.io".to_owned(), reference.to_owned()),
        _ => ("registry-1.docker.io".to_owned(), format!("library/{reference}")),
    }
}

fn challenge_param<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(',').find_map(|p| {
        let (k, v) = p.trim().trim_start_matches("Bearer ").split_once('=')?;
        (k == name).then(|| v.trim_matches('"'))
    })
}

fn bearer(header: &str, auth: Option<&Auth>) -> Result<String, String> {
    let realm = challenge_param(header, "realm").ok_or("no realm in challenge")?;
    let mut req = ureq::get(realm);
    for p in ["service", "scope"] {
        if let Some(v) = challenge_param(header, p) {
            req = req.query(p, v);
        }
    }
    if let Some(a) = auth {
        use base64::Engine;
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", a.username, a.secret));
        req = req.set("Authorization", &format!("Basic {basic}"));
    }
    let t: Token = req.call().map_err(|e| e.to_string())?.into_json().map_err(|e| e.to_string())?;
    t.token.or(t.access_token).ok_or_else(|| "token service returned no token".to_owned())
}

pub fn tags(host: &str, name: &str, auth: Option<&Auth>) -> Result<Vec<String>, String> {
    let mut url = format!("https://{host}/v2/{name}/tags/list?n=1000");
    let mut token: Option<String> = None;
    let mut out = Vec::new();
    loop {
        let mut req = ureq::get(&url);
        if let Some(t) = &token {
            req = req.set("Authorization", &format!("Bearer {t}"));
        }
        let res = match req.call() {
            Ok(r) => r,
            Err(ureq::Error::Status(401, r)) if token.is_none() => {
                let header = r.header("WWW-Authenticate").unwrap_or("").to_owned();
                token = Some(bearer(&header, auth)?);
                continue;
            }
            Err(e) => return Err(e.to_string()),
        };
        let next = res.header("Link").and_then(|l| l.split(';').next()).map(|l| l.trim_matches(['<', '>', ' ']).to_owned());
        let list: TagList = res.into_json().map_err(|e| e.to_string())?;
        out.extend(list.tags.unwrap_or_default());
        match next {
            Some(path) if path.starts_with("/v2/") => url = format!("https://{host}{path}"),
            _ => break,
        }
    }
    Ok(out)
}
