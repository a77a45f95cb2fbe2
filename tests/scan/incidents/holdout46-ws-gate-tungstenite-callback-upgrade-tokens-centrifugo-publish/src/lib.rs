//! Authenticate WebSocket upgrades in a tungstenite server.
//!
//! ```no_run
//! use std::net::TcpListener;
//! use ws_gate::Gate;
//!
//! let gate = Gate::new(["https://app.example"]).token(|t| t == "secret-from-your-store");
//! for stream in TcpListener::bind("0.0.0.0:9001").unwrap().incoming() {
//!     let ws = tungstenite::accept_hdr(stream.unwrap(), gate.callback());
//! }
//! ```
//!
//! Browsers cannot set `Authorization` on a WebSocket, so the token is also
//! accepted as the second entry of `Sec-WebSocket-Protocol: bearer, <token>`
//! or as `?access_token=` in the URL.

use std::sync::Arc;

use tungstenite::handshake::server::{Callback, ErrorResponse, Request, Response};
use tungstenite::http::{HeaderValue, StatusCode};

mod audit;
pub mod close;

type TokenCheck = dyn Fn(&str) -> bool + Send + Sync;

#[derive(Clone)]
pub struct Gate {
    origins: Arc<Vec<String>>,
    check: Option<Arc<TokenCheck>>,
    protocol: &'static str,
}

impl Gate {
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(origins: I) -> Self {
        Gate { origins: Arc::new(origins.into_iter().map(Into::into).collect()), check: None, protocol: "bearer" }
    }

    pub fn token<F: Fn(&str) -> bool + Send + Sync + 'static>(mut self, f: F) -> Self {
        self.check = Some(Arc::new(f));
        self
    }

    pub fn callback(&self) -> GateCallback {
        GateCallback { gate: self.clone() }
    }
}

pub struct GateCallback {
    gate: Gate,
}

/// Token from `Authorization: Bearer`, the subprotocol list, or the query.
pub fn extract_token(req: &Request) -> Option<(String, Source)> {
    if let Some(v) = req.headers().get("authorization").and_then(|v| v.to_str().ok()) {
        if let Some(t) = v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")) {
            return Some((t.trim().to_owned(), Source::Header));
        }
    }
    if let Some(v) = req.headers().get("sec-websocket-protocol").and_then(|v| v.to_str().ok()) {
        let mut parts = v.split(',').map(str::trim);
        if parts.next() == Some("bearer") {
            if let Some(t) = parts.next() {
                return Some((t.to_owned(), Source::Subprotocol));
            }
        }
    }
    let q = req.uri().query()?;
    q.split('&')
        .find_map(|kv| kv.strip_prefix("access_token=").or_else(|| kv.strip_prefix("token=")))
        .map(|t| (t.to_owned(), Source::Query))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Header,
    Subprotocol,
    Query,
}

fn reject(status: StatusCode, why: &str) -> ErrorResponse {
    let mut r = ErrorResponse::new(Some(why.to_owned()));
    *r.status_mut() = status;
    r
}

impl Callback for GateCallback {
    fn on_request(self, req: &Request, mut resp: Response) -> Result<Response, ErrorResponse> {
        audit::note(req);

        let origin = req.headers().get("origin").and_then(|v| v.to_str().ok()).unwrap_or("");
        if !self.gate.origins.is_empty() && !self.gate.origins.iter().any(|o| o == origin) {
            return Err(reject(StatusCode::FORBIDDEN, "origin not allowed"));
        }
        let Some(check) = &self.gate.check else { return Ok(resp) };
        let Some((token, source)) = extract_token(req) else {
            return Err(reject(StatusCode::UNAUTHORIZED, "missing token"));
        };
        if !check(&token) {
            return Err(reject(StatusCode::UNAUTHORIZED, "invalid token"));
        }
        if source == Source::Subprotocol {
            // echo the marker protocol, never the token itself
            resp.headers_mut().insert("sec-websocket-protocol", HeaderValue::from_static(self.gate.protocol));
        }
        Ok(resp)
    }
}
