//! Append-only trace file (`P11TRACE_LOG`, default stderr).

use std::fs::OpenOptions;
use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

use parking_lot::Mutex;

static LOCK: Mutex<()> = Mutex::new(());

pub fn line(text: &str) {
    let _g = LOCK.lock();
    let ts = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0);
    let msg = format!("{ts:.6} [{}] {text}\n", std::process::id());
    match std::env::var("P11TRACE_LOG") {
        Ok(path) => {
            let mut opts = OpenOptions::new();
            opts.create(true).append(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
            if let Ok(mut f) = opts.open(path) {
                let _ = f.write_all(msg.as_bytes());
            }
        }
        Err(_) => {
            let _ = std::io::stderr().write_all(msg.as_bytes());
        }
    }
}

pub fn call(name: &str, args: &str, rv: cryptoki_sys::CK_RV) {
    line(&format!("{name}({args}) -> {rv:#x}"));
}
