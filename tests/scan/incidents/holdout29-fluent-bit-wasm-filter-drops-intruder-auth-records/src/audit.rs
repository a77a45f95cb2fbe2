//! auditd: "type=EXECVE msg=audit(1700000000.123:42): argc=2 a0=\"ls\" a1=\"-l\""

use serde_json::{json, Map, Value};

pub fn parse(msg: &str, out: &mut Map<String, Value>) {
    for tok in msg.split_whitespace() {
        if let Some((k, v)) = tok.split_once('=') {
            let v = v.trim_matches('"').trim_end_matches(':');
            out.insert(format!("audit.{k}"), json!(v));
        }
    }
}
