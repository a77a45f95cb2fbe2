//! Parser for RSYSLOG_FileFormat authentication lines.

use once_cell::sync::Lazy;
use regex::Regex;
use serde_json::json;

pub struct Event {
    pub at: String,
    pub host: String,
    pub process: String,
    pub success: bool,
    pub user: String,
    pub ip: Option<String>,
}

static LINE: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(\S+) (\S+) ([\w.-]+)(?:\[\d+\])?: (.*)$").unwrap());
static FAIL: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(?:Failed \S+ for (?:invalid user )?|Invalid user )(.*?) from (\S+)").unwrap());
static OK: Lazy<Regex> = Lazy::new(|| Regex::new(r"^Accepted \S+ for (\S+) from (\S+)").unwrap());
static SUDO: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(\S+) : (?:\d+ incorrect password attempts?|user NOT in sudoers)").unwrap());

pub fn parse(line: &str) -> Option<Event> {
    let c = LINE.captures(line)?;
    let msg = &c[4];
    let base = |success, user: &str, ip: Option<&str>| Event { at: c[1].to_string(), host: c[2].to_string(), process: c[3].to_string(), success, user: user.to_string(), ip: ip.map(str::to_string) };
    match &c[3] {
        "sshd" => {
            if let Some(m) = OK.captures(msg) {
                return Some(base(true, &m[1], Some(&m[2])));
            }
            FAIL.captures(msg).map(|m| base(false, &m[1], Some(&m[2])))
        }
        "sudo" => SUDO.captures(msg).map(|m| base(false, &m[1], None)),
        _ => None,
    }
}

impl Event {
    pub fn to_ecs(&self) -> serde_json::Value {
        json!({
            "@timestamp": self.at,
            "event": { "category": ["authentication"], "outcome": if self.success { "success" } else { "failure" } },
            "host": { "name": self.host },
            "process": { "name": self.process },
            "source": { "ip": self.ip },
            "user": { "name": self.user },
        })
    }
}
