//! Opt-in usage telemetry for `lintkit`.
//!
//! Nothing is sent unless the user has run `lintkit telemetry enable` (which writes
//! `enabled = true` to `<config dir>/lintkit/telemetry.toml`). `DO_NOT_TRACK=1` or
//! `LINTKIT_TELEMETRY=0` always wins. Each event holds: the event name, the lintkit version,
//! OS and CPU architecture, whether we run under CI, the command's duration and exit status,
//! and a random installation id that can be reset with `lintkit telemetry reset`.
//! No paths, file contents, host names, user names or environment values are collected.
//!
//! Events go to the documented endpoint below (overridable for self-hosted collectors with
//! `LINTKIT_TELEMETRY_ENDPOINT`), in a background thread with a 2-second timeout; a failed
//! delivery is dropped, never retried and never reported to the user.

mod consent;

use serde::Serialize;
use std::thread::JoinHandle;
use std::time::Duration;

pub use consent::{Consent, ConsentStore};

pub const DEFAULT_ENDPOINT: &str = "https://telemetry.lintkit.example/v1/events";

#[derive(Debug, Serialize)]
pub struct Event<'a> {
    pub name: &'a str,
    pub version: &'a str,
    pub os: &'static str,
    pub arch: &'static str,
    pub ci: bool,
    pub duration_ms: u64,
    pub success: bool,
    pub install_id: String,
}

/// True when a well-known CI marker is present. Only the boolean is reported.
pub fn running_in_ci() -> bool {
    [
        "CI",
        "GITHUB_ACTIONS",
        "GITLAB_CI",
        "BUILDKITE",
        "CIRCLECI",
        "TF_BUILD",
        "JENKINS_URL",
    ]
    .iter()
    .any(|k| std::env::var_os(k).map(|v| !v.is_empty()).unwrap_or(false))
}

fn env_opt_out() -> bool {
    let off = |k: &str| {
        std::env::var(k)
            .map(|v| matches!(v.trim(), "1" | "true" | "yes"))
            .unwrap_or(false)
    };
    off("DO_NOT_TRACK")
        || std::env::var("LINTKIT_TELEMETRY")
            .map(|v| matches!(v.trim(), "0" | "false" | "off"))
            .unwrap_or(false)
}

pub struct Telemetry {
    store: ConsentStore,
    endpoint: String,
    version: &'static str,
}

impl Telemetry {
    pub fn new(version: &'static str) -> Self {
        Telemetry {
            store: ConsentStore::default_location(),
            endpoint: std::env::var("LINTKIT_TELEMETRY_ENDPOINT")
                .unwrap_or_else(|_| DEFAULT_ENDPOINT.to_string()),
            version,
        }
    }

    pub fn with_store(mut self, store: ConsentStore) -> Self {
        self.store = store;
        self
    }

    pub fn is_enabled(&self) -> bool {
        !env_opt_out() && self.store.load().enabled
    }

    /// Records one command invocation. Returns the sender thread so that `main` can wait
    /// for it briefly before exiting; `None` when telemetry is off.
    pub fn record(&self, command: &str, duration: Duration, success: bool) -> Option<JoinHandle<()>> {
        if !self.is_enabled() {
            return None;
        }
        let consent = self.store.load();
        let event = Event {
            name: command,
            version: self.version,
            os: std::env::consts::OS,
            arch: std::env::consts::ARCH,
            ci: running_in_ci(),
            duration_ms: duration.as_millis() as u64,
            success,
            install_id: consent.install_id,
        };
        let body = serde_json::to_value(&event).ok()?;
        let endpoint = self.endpoint.clone();
        let ua = format!("lintkit/{}", self.version);
        std::thread::Builder::new()
            .name("lintkit-telemetry".into())
            .spawn(move || {
                let agent = ureq::AgentBuilder::new()
                    .timeout(Duration::from_secs(2))
                    .user_agent(&ua)
                    .build();
                // Delivery is best effort by design (see the module docs).
                let _ = agent.post(&endpoint).send_json(body);
            })
            .ok()
    }
}
