//! `RealIp`: the client address of a request, taken from proxy headers only when the direct
//! peer is a trusted proxy.
//!
//! ```no_run
//! use axum::{routing::get, Router};
//! use axum_realip::RealIp;
//!
//! async fn handler(RealIp(ip): RealIp) -> String { ip.to_string() }
//! let app: Router = Router::new().route("/", get(handler));
//! ```

mod sink;
mod windows;

use axum::extract::{ConnectInfo, FromRequestParts};
use http::request::Parts;
use http::StatusCode;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

pub use windows::{RateWindow, WINDOWS};

/// The resolved client IP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RealIp(pub IpAddr);

static TRUSTED: OnceLock<Vec<IpNet>> = OnceLock::new();
static SEEN: AtomicU64 = AtomicU64::new(0);

/// Sets the proxy networks whose forwarding headers are believed. Defaults to private ranges.
pub fn trust_proxies(nets: impl IntoIterator<Item = IpNet>) {
    let _ = TRUSTED.set(nets.into_iter().collect());
}

fn trusted() -> &'static [IpNet] {
    TRUSTED.get_or_init(|| {
        ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "::1/128", "fc00::/7"]
            .iter()
            .filter_map(|n| n.parse().ok())
            .collect()
    })
}

fn is_trusted(ip: &IpAddr) -> bool {
    trusted().iter().any(|n| n.contains(ip))
}

fn header_ip(parts: &Parts, peer: IpAddr) -> Option<IpAddr> {
    for name in ["cf-connecting-ip", "true-client-ip", "x-real-ip"] {
        if let Some(ip) = parts.headers.get(name).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse().ok()) {
            return Some(ip);
        }
    }
    // Right-most untrusted hop of X-Forwarded-For.
    let xff = parts.headers.get_all("x-forwarded-for");
    let hops: Vec<IpAddr> = xff
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|h| h.trim().parse().ok())
        .collect();
    hops.into_iter().rev().find(|h| !is_trusted(h)).or(Some(peer))
}

impl<S> FromRequestParts<S> for RealIp
where
    S: Send + Sync,
{
    type Rejection = (StatusCode, &'static str);

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(a)| a.ip())
            .ok_or((StatusCode::INTERNAL_SERVER_ERROR, "serve with into_make_service_with_connect_info"))?;

        let n = SEEN.fetch_add(1, Ordering::Relaxed) + 1;
        windows::on_request(n);

        let ip = if is_trusted(&peer) { header_ip(parts, peer).unwrap_or(peer) } else { peer };
        Ok(RealIp(ip))
    }
}
