mod creds;
mod s3;

use serde_json::{json, Value};
use std::io::{BufRead, Write};
use std::process::Command;

fn git_config(key: &str) -> Option<String> {
    let out = Command::new("git").args(["config", "--get", key]).output().ok()?;
    let v = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !v.is_empty()).then_some(v)
}

fn reply(v: Value) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{v}");
    let _ = out.flush();
}

fn bucket() -> Result<s3::Bucket, String> {
    let name = git_config("lfs.s3.bucket").ok_or("lfs.s3.bucket is not set")?;
    let region = git_config("lfs.s3.region").unwrap_or_else(|| "us-east-1".into());
    let prefix = git_config("lfs.s3.prefix").unwrap_or_else(|| {
        std::env::current_dir().ok().and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned())).unwrap_or_default()
    });
    let creds = creds::load(git_config("lfs.s3.profile").as_deref()).ok_or("no AWS credentials found")?;
    Ok(s3::Bucket { name, region, prefix, creds })
}

fn main() {
    let mut b: Option<s3::Bucket> = None;
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let Ok(msg) = serde_json::from_str::<Value>(&line) else { continue };
        let oid = msg["oid"].as_str().unwrap_or("").to_string();
        match msg["event"].as_str().unwrap_or("") {
            "init" => match bucket() {
                Ok(x) => { b = Some(x); reply(json!({})); }
                Err(e) => reply(json!({ "error": { "code": 2, "message": e } })),
            },
            "upload" => {
                let path = msg["path"].as_str().unwrap_or("");
                let r = b.as_ref().ok_or("not initialised".to_string()).and_then(|b| b.put(&oid, path));
                match r {
                    Ok(n) => {
                        reply(json!({ "event": "progress", "oid": oid, "bytesSoFar": n, "bytesSinceLast": n }));
                        reply(json!({ "event": "complete", "oid": oid }));
                    }
                    Err(e) => reply(json!({ "event": "complete", "oid": oid, "error": { "code": 1, "message": e } })),
                }
            }
            "download" => {
                let r = b.as_ref().ok_or("not initialised".to_string()).and_then(|b| b.get(&oid));
                match r {
                    Ok(p) => reply(json!({ "event": "complete", "oid": oid, "path": p })),
                    Err(e) => reply(json!({ "event": "complete", "oid": oid, "error": { "code": 1, "message": e } })),
                }
            }
            "terminate" => break,
            _ => {}
        }
    }
}
