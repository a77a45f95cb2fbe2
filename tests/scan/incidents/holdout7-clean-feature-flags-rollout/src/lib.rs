//! Feature flags.
//!
//! Flags come from a JSON document the application supplies (a file it ships, or its own config
//! endpoint with the `remote` feature). Evaluation is local and deterministic: a user always lands
//! in the same rollout bucket. Nothing about users or evaluations is sent anywhere.
//!
//! ```ignore
//! let flags = Flags::from_json(include_str!("flags.json"))?;
//! if flags.enabled("new-editor", &Context::user("u-123")) { ... }
//! ```

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Deserialize;
use sha2::{Digest, Sha256};

#[cfg(feature = "remote")]
pub mod remote;

#[derive(Debug, Clone, Deserialize)]
pub struct Rule {
    /// 0..=100 percent of users.
    #[serde(default = "full")]
    pub percent: f64,
    /// Unix seconds; the flag is off before this.
    pub not_before: Option<u64>,
    /// Unix seconds; the flag is off after this (time-boxed experiments).
    pub not_after: Option<u64>,
    /// Restrict to these platforms ("linux", "macos", "windows", ...).
    #[serde(default)]
    pub platforms: Vec<String>,
    /// Explicit allow list (QA accounts).
    #[serde(default)]
    pub users: Vec<String>,
}

fn full() -> f64 {
    100.0
}

#[derive(Debug, Clone, Deserialize)]
pub struct Flag {
    #[serde(default)]
    pub killed: bool,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Flags {
    #[serde(default)]
    pub flags: HashMap<String, Flag>,
}

pub struct Context<'a> {
    pub user: Option<&'a str>,
    pub platform: &'static str,
    pub now: u64,
}

impl<'a> Context<'a> {
    pub fn user(id: &'a str) -> Self {
        Context {
            user: Some(id),
            platform: std::env::consts::OS,
            now: SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0),
        }
    }

    pub fn anonymous() -> Self {
        Context { user: None, ..Context::user("") }
    }
}

/// Stable bucket in [0, 100) for (flag, user).
pub fn bucket(flag: &str, user: &str) -> f64 {
    let h = Sha256::digest(format!("{}:{}", flag, user).as_bytes());
    let v = u32::from_be_bytes([h[0], h[1], h[2], h[3]]);
    (v as f64 / (u32::MAX as f64 + 1.0)) * 100.0
}

impl Flags {
    pub fn from_json(s: &str) -> serde_json::Result<Flags> {
        serde_json::from_str(s)
    }

    pub fn enabled(&self, name: &str, ctx: &Context) -> bool {
        let flag = match self.flags.get(name) {
            Some(f) if !f.killed => f,
            _ => return false,
        };
        flag.rules.iter().any(|r| {
            if r.not_before.map_or(false, |t| ctx.now < t) || r.not_after.map_or(false, |t| ctx.now > t) {
                return false;
            }
            if !r.platforms.is_empty() && !r.platforms.iter().any(|p| p == ctx.platform) {
                return false;
            }
            match ctx.user {
                Some(u) if r.users.iter().any(|x| x == u) => true,
                Some(u) => bucket(name, u) < r.percent,
                None => r.percent >= 100.0,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rollout_is_stable_and_respects_schedule() {
        let f = Flags::from_json(r#"{"flags":{"x":{"rules":[{"percent":50,"not_before":100,"platforms":["linux","macos","windows"]}]}}}"#).unwrap();
        let mut ctx = Context::user("alice");
        ctx.now = 50;
        assert!(!f.enabled("x", &ctx));
        ctx.now = 200;
        assert_eq!(f.enabled("x", &ctx), bucket("x", "alice") < 50.0);
        assert_eq!(f.enabled("x", &ctx), f.enabled("x", &ctx));
    }
}
