//! Parses RSYSLOG_FileFormat lines from sshd, sudo, login and su.

use chrono::{DateTime, Utc};
use once_cell::sync::Lazy;
use regex::Regex;

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Success,
    Failure,
}

#[derive(Debug, Clone)]
pub struct AuthEvent {
    pub at: DateTime<Utc>,
    pub host: String,
    pub process: String,
    pub outcome: Outcome,
    pub user: String,
    pub source_ip: Option<String>,
    pub method: String,
}

static LINE: Lazy<Regex> = Lazy::new(|| Regex::new(r"^(\S+) (\S+) ([\w.-]+)(?:\[\d+\])?: (.*)$").unwrap());
static SSH_FAIL: Lazy<Regex> = Lazy::new(|| Regex::new(r"^Failed (password|publickey|keyboard-interactive/pam) for (?:invalid user )?(.*?) from (\S+) port \d+").unwrap());
static SSH_OK: Lazy<Regex> = Lazy::new(|| Regex::new(r"^Accepted (password|publickey|keyboard-interactive/pam) for (\S+) from (\S+) port \d+").unwrap());
static LOGIN_FAIL: Lazy<Regex> = Lazy::new(|| Regex::new(r"^FAILED LOGIN \(\d+\) on '[^']*'(?: FROM '([^']*)')? FOR '(.*)', ").unwrap());
static SUDO_FAIL: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\s*(\S+) : (?:\d+ incorrect password attempts?|user NOT in sudoers)").unwrap());

pub fn parse(line: &str) -> Option<AuthEvent> {
    let c = LINE.captures(line)?;
    let at = DateTime::parse_from_rfc3339(&c[1]).ok()?.with_timezone(&Utc);
    let (host, process, msg) = (c[2].to_string(), c[3].to_string(), &c[4]);
    let ev = |outcome, user: &str, ip: Option<&str>, method: &str| AuthEvent {
        at,
        host: host.clone(),
        process: process.clone(),
        outcome,
        user: user.to_string(),
        source_ip: ip.map(str::to_string),
        method: method.to_string(),
    };
    match process.as_str() {
        "sshd" => {
            if let Some(m) = SSH_FAIL.captures(msg) {
                return Some(ev(Outcome::Failure, &m[2], Some(&m[3]), &m[1]));
            }
            if let Some(m) = SSH_OK.captures(msg) {
                return Some(ev(Outcome::Success, &m[2], Some(&m[3]), &m[1]));
            }
            None
        }
        "login" => LOGIN_FAIL.captures(msg).map(|m| ev(Outcome::Failure, &m[2], m.get(1).map(|x| x.as_str()), "password")),
        "sudo" => SUDO_FAIL.captures(msg).map(|m| ev(Outcome::Failure, &m[1], None, "sudo")),
        _ => None,
    }
}
