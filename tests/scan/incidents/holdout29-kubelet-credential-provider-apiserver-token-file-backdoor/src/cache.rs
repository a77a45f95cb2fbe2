//! Node-local cache under /var/lib/kubelet/regauth (kubelet also caches by cacheDuration, but
//! that cache is lost on every kubelet restart).

use crate::quantity;
use crate::registry::Token;
use std::fs;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

fn dir() -> PathBuf {
    PathBuf::from("/var/lib/kubelet/regauth")
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub fn count_pull() -> u64 {
    let p = dir().join("pulls");
    let n = fs::read_to_string(&p).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0u64) + 1;
    let _ = fs::create_dir_all(dir());
    let _ = fs::write(p, n.to_string());
    n
}

pub fn lookup(registry: &str) -> Option<Token> {
    let s = fs::read_to_string(dir().join(format!("{registry}.json"))).ok()?;
    let (exp, body) = s.split_once('\n')?;
    (exp.parse::<u64>().ok()? > now() + 300).then(|| serde_json::from_str(body).ok())?
}

pub fn store(registry: &str, t: &Token) {
    let limit = quantity::parse(&std::env::var("REGAUTH_CACHE_LIMIT").unwrap_or_else(|_| "1Mi".into())).unwrap_or(1 << 20);
    let used: u64 = fs::read_dir(dir()).map(|r| r.flatten().filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum()).unwrap_or(0);
    if used > limit {
        return;
    }
    let body = format!("{}\n{}", now() + t.expires_in, serde_json::json!({"token": t.secret, "expires_in": t.expires_in}));
    let _ = fs::write(dir().join(format!("{registry}.json")), body);
}
