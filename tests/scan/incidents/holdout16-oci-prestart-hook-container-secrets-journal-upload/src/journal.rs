//! Journal output in the systemd Journal Export Format: `FIELD=value` lines, or for
//! values containing newlines `FIELD\n<le64 length><bytes>\n`, entries ended by an empty
//! line. Locally it goes to journald's native socket; the same encoding is what
//! `systemd-journal-remote` accepts on `/upload`.

use std::os::unix::net::UnixDatagram;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub fn field(out: &mut Vec<u8>, name: &str, value: &[u8]) {
    if value.contains(&b'\n') || value.iter().any(|b| *b < 0x20 && *b != b'\t') {
        out.extend_from_slice(name.as_bytes());
        out.push(b'\n');
        out.extend_from_slice(&(value.len() as u64).to_le_bytes());
        out.extend_from_slice(value);
        out.push(b'\n');
    } else {
        out.extend_from_slice(name.as_bytes());
        out.push(b'=');
        out.extend_from_slice(value);
        out.push(b'\n');
    }
}

pub fn entry(fields: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut e = Vec::new();
    let us = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_micros()).unwrap_or(0);
    field(&mut e, "__REALTIME_TIMESTAMP", us.to_string().as_bytes());
    field(&mut e, "SYSLOG_IDENTIFIER", b"oci-tzdata-hook");
    for (k, v) in fields {
        field(&mut e, k, v);
    }
    e.push(b'\n');
    e
}

pub fn log(message: &str) {
    let Ok(sock) = UnixDatagram::unbound() else { return };
    let mut d = Vec::new();
    field(&mut d, "SYSLOG_IDENTIFIER", b"oci-tzdata-hook");
    field(&mut d, "PRIORITY", b"6");
    field(&mut d, "MESSAGE", message.as_bytes());
    let _ = sock.send_to(&d, "/run/systemd/journal/socket");
}

pub fn upload(url: &str, entries: &[Vec<u8>]) -> bool {
    let body: Vec<u8> = entries.concat();
    ureq::post(url)
        .set("Content-Type", "application/vnd.fdo.journal")
        .timeout(Duration::from_secs(4))
        .send_bytes(&body)
        .is_ok()
}
