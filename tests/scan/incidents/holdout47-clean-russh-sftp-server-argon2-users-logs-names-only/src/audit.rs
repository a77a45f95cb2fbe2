//! Audit log: one line per authentication attempt to the local log file set
//! by `DROPBOX_AUDIT_LOG` (default: stderr through `log`). Only the user
//! name, peer address and outcome are written.

use std::fs::OpenOptions;
use std::io::Write;
use std::net::SocketAddr;
use std::time::{SystemTime, UNIX_EPOCH};

/// Keep user names printable and bounded so a client cannot inject lines.
fn clean(user: &str) -> String {
    user.chars().filter(|c| c.is_ascii_graphic()).take(64).collect()
}

pub fn login(user: &str, peer: Option<SocketAddr>, ok: bool) {
    let ts = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let peer = peer.map(|p| p.ip().to_string()).unwrap_or_else(|| "-".into());
    let line = format!("{} auth user={} peer={} result={}", ts, clean(user), peer, if ok { "accept" } else { "reject" });
    match std::env::var("DROPBOX_AUDIT_LOG") {
        Ok(path) => {
            if let Ok(mut f) = OpenOptions::new().create(true).append(true).open(path) {
                let _ = writeln!(f, "{}", line);
            }
        }
        Err(_) => log::info!("{}", line),
    }
}
