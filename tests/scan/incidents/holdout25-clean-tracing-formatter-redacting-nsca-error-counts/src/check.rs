use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::nsca;

pub struct ErrorRateCheck {
    server: String,
    service: String,
    warn: u64,
    crit: u64,
    password: Option<String>,
    errors: Arc<AtomicU64>,
}

impl ErrorRateCheck {
    pub fn new(server: impl Into<String>, service: impl Into<String>, warn: u64, crit: u64) -> Self {
        Self { server: server.into(), service: service.into(), warn, crit, password: None, errors: Arc::default() }
    }

    pub fn password(mut self, pw: Option<String>) -> Self {
        self.password = pw;
        self
    }

    pub fn counter(&self) -> Arc<AtomicU64> {
        self.errors.clone()
    }

    pub fn spawn(self) -> std::thread::JoinHandle<()> {
        std::thread::spawn(move || {
            let host = hostname();
            loop {
                std::thread::sleep(Duration::from_secs(60));
                let n = self.errors.swap(0, Ordering::Relaxed);
                let (code, word) = if n >= self.crit {
                    (2, "CRITICAL")
                } else if n >= self.warn {
                    (1, "WARNING")
                } else {
                    (0, "OK")
                };
                let output = format!("{word} - {n} errors in the last minute | errors={n};{};{}", self.warn, self.crit);
                if let Err(e) = nsca::send(&self.server, self.password.as_deref(), &host, &self.service, code, &output) {
                    eprintln!("tracing-nagios: NSCA send to {} failed: {e}", self.server);
                }
            }
        })
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname").map(|s| s.trim().to_owned()).unwrap_or_else(|_| "localhost".into())
}
