use regex::Regex;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Success,
    Failure,
    InvalidUser,
    Sudo,
}

#[derive(Clone, Debug)]
pub struct AuthEvent {
    pub ts: i64,
    pub program: String,
    pub outcome: Outcome,
    pub user: String,
    pub source_ip: Option<String>,
    pub method: Option<String>,
    pub command: Option<String>,
    pub raw: String,
}

fn re() -> &'static [(Regex, Outcome)] {
    static R: OnceLock<Vec<(Regex, Outcome)>> = OnceLock::new();
    R.get_or_init(|| {
        vec![
            (Regex::new(r"^Accepted (\S+) for (\S+) from (\S+) port \d+").unwrap(), Outcome::Success),
            (Regex::new(r"^Failed (\S+) for invalid user (.*) from (\S+) port \d+").unwrap(), Outcome::InvalidUser),
            (Regex::new(r"^Invalid user (.*) from (\S+) port \d+").unwrap(), Outcome::InvalidUser),
            (Regex::new(r"^Failed (\S+) for (\S+) from (\S+) port \d+").unwrap(), Outcome::Failure),
            (Regex::new(r"^\s*(\S+) : .*COMMAND=(.*)$").unwrap(), Outcome::Sudo),
        ]
    })
}

pub fn line(l: &str) -> Option<AuthEvent> {
    let (ts, rest) = l.split_once(' ')?;
    let (ident, msg) = rest.split_once(": ")?;
    let program = ident.split('[').next()?.to_string();
    for (r, outcome) in re() {
        let Some(c) = r.captures(msg) else { continue };
        let get = |i: usize| c.get(i).map(|m| m.as_str().to_string());
        let (user, ip, method, command) = match outcome {
            Outcome::Success | Outcome::Failure => (get(2)?, get(3), get(1), None),
            Outcome::InvalidUser if c.len() == 4 => (get(2)?, get(3), get(1), None),
            Outcome::InvalidUser => (get(1)?, get(2), None, None),
            Outcome::Sudo => (get(1)?, None, None, get(2)),
        };
        return Some(AuthEvent { ts: ts.parse().ok()?, program, outcome: outcome.clone(), user, source_ip: ip, method, command, raw: msg.to_string() });
    }
    None
}
