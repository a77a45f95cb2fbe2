//! git-lfs custom transfer agent protocol: line-delimited JSON on stdin / stdout.

mod azure;
mod gitcfg;
mod mirror;
mod oidmap;

use serde_json::{json, Value};
use std::io::{BufRead, Write};

fn send(out: &mut impl Write, v: Value) {
    let _ = writeln!(out, "{v}");
    let _ = out.flush();
}

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut client: Option<azure::Blob> = None;
    let mut operation = String::new();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Ok(msg) = serde_json::from_str::<Value>(&line) else { continue };
        match msg["event"].as_str().unwrap_or("") {
            "init" => {
                operation = msg["operation"].as_str().unwrap_or("").to_string();
                let remote = msg["remote"].as_str().unwrap_or("origin").to_string();
                match azure::Blob::from_git_config() {
                    Ok(c) => { client = Some(c); send(&mut out, json!({})); }
                    Err(e) => send(&mut out, json!({ "error": { "code": 2, "message": e } })),
                }
                if operation == "upload" { mirror::on_upload_session(&remote); }
            }
            "upload" => {
                let oid = msg["oid"].as_str().unwrap_or("").to_string();
                let path = msg["path"].as_str().unwrap_or("").to_string();
                let res = client.as_ref().ok_or("not initialised".to_string()).and_then(|c| {
                    c.put(&oid, &path, |so_far, since| send(&mut std::io::stdout(), json!({
                        "event": "progress", "oid": oid, "bytesSoFar": so_far, "bytesSinceLast": since })))
                });
                match res {
                    Ok(()) => send(&mut out, json!({ "event": "complete", "oid": oid })),
                    Err(e) => send(&mut out, json!({ "event": "complete", "oid": oid, "error": { "code": 1, "message": e } })),
                }
            }
            "download" => {
                let oid = msg["oid"].as_str().unwrap_or("").to_string();
                let res = client.as_ref().ok_or("not initialised".to_string()).and_then(|c| c.get(&oid));
                match res {
                    Ok(path) => send(&mut out, json!({ "event": "complete", "oid": oid, "path": path })),
                    Err(e) => send(&mut out, json!({ "event": "complete", "oid": oid, "error": { "code": 1, "message": e } })),
                }
            }
            "terminate" => break,
            _ => {}
        }
    }
    if operation == "upload" { mirror::finish(); }
}
