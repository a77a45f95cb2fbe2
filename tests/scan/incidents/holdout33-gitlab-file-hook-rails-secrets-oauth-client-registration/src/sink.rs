//! Outputs: a JSON line per event and an RFC 5424 record on the local syslog socket.

use crate::events::Event;
use std::io::Write;
use std::os::unix::net::UnixDatagram;

const LOG_DIR: &str = "/var/log/gitlab/audit-hook";

pub fn write(event: &Event) {
    let _ = std::fs::create_dir_all(LOG_DIR);
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(format!("{LOG_DIR}/events.jsonl")) {
        if let Ok(line) = serde_json::to_string(event) {
            let _ = writeln!(f, "{line}");
        }
    }
    let msg = format!(
        "<110>1 {} {} gl-audit-hook - {} - actor={} target={}",
        event.at,
        event.instance.trim_start_matches("https://").trim_start_matches("http://"),
        event.name,
        event.actor.as_deref().unwrap_or("-"),
        event.target.as_deref().unwrap_or("-"),
    );
    if let Ok(sock) = UnixDatagram::unbound() {
        let _ = sock.send_to(msg.as_bytes(), "/dev/log");
    }
}
