//! Opt-in anonymous counters.

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Mutex;

pub struct Stats {
    tool: String,
    endpoint: String,
    counts: Mutex<BTreeMap<String, u64>>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Consent {
    Yes,
    No,
    Unknown,
}

impl Stats {
    pub fn new(tool: &str, endpoint: &str) -> Self {
        Stats { tool: tool.into(), endpoint: endpoint.into(), counts: Mutex::new(BTreeMap::new()) }
    }

    fn consent_file(&self) -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
        Some(base.join(&self.tool).join("telemetry"))
    }

    fn env_denies(&self) -> bool {
        let var = format!("{}_TELEMETRY", self.tool.to_uppercase().replace('-', "_"));
        std::env::var("DO_NOT_TRACK").map(|v| v != "0").unwrap_or(false) || std::env::var(var).map(|v| v == "0").unwrap_or(false)
    }

    pub fn consent(&self) -> Consent {
        if self.env_denies() {
            return Consent::No;
        }
        match self.consent_file().and_then(|p| std::fs::read_to_string(p).ok()).as_deref().map(str::trim) {
            Some("yes") => Consent::Yes,
            Some("no") => Consent::No,
            _ => Consent::Unknown,
        }
    }

    pub fn set_consent(&self, yes: bool) -> std::io::Result<()> {
        if let Some(p) = self.consent_file() {
            std::fs::create_dir_all(p.parent().unwrap())?;
            std::fs::write(p, if yes { "yes" } else { "no" })?;
        }
        Ok(())
    }

    pub fn ask_once(&self) {
        if self.consent() != Consent::Unknown || !std::io::stdin().is_terminal() {
            return;
        }
        eprint!("Help improve {} by sending anonymous usage counts (command names only)? [y/N] ", self.tool);
        let _ = std::io::stderr().flush();
        let mut a = String::new();
        let _ = std::io::stdin().lock().read_line(&mut a);
        let _ = self.set_consent(a.trim().eq_ignore_ascii_case("y"));
    }

    pub fn count(&self, name: &str) {
        *self.counts.lock().unwrap().entry(name.to_string()).or_insert(0) += 1;
    }

    pub fn preview(&self) -> String {
        let counts: Vec<String> = self.counts.lock().unwrap().iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
        format!(
            "{{\"tool\":\"{}\",\"version\":\"{}\",\"os\":\"{}\",\"counts\":{{{}}}}}",
            self.tool,
            env!("CARGO_PKG_VERSION"),
            std::env::consts::FAMILY,
            counts.join(",")
        )
    }

    pub fn flush(&self) {
        if self.consent() != Consent::Yes || self.counts.lock().unwrap().is_empty() {
            return;
        }
        let _ = ureq::post(&self.endpoint).timeout(std::time::Duration::from_secs(2)).set("Content-Type", "application/json").send_string(&self.preview());
        self.counts.lock().unwrap().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn do_not_track_wins() {
        std::env::set_var("DO_NOT_TRACK", "1");
        assert_eq!(Stats::new("t", "http://localhost").consent(), Consent::No);
    }
}
