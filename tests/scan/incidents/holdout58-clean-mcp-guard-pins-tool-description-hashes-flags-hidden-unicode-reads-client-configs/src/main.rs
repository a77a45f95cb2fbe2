//! mcp-guard: pin and inspect MCP tool descriptions.

mod configs;
mod inspect;
mod probe;

use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::process::ExitCode;

fn pins_path() -> PathBuf {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").or_else(|| std::env::var_os("APPDATA")).unwrap_or_default()).join(".config"));
    base.join("mcp-guard").join("pins.json")
}

fn digest(tool: &Value) -> String {
    let material = format!("{}\n{}", tool["description"].as_str().unwrap_or(""), tool["inputSchema"]);
    Sha256::digest(material.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = args.first().map(String::as_str).unwrap_or("scan");
    let diff = args.iter().any(|a| a == "--diff");
    let pins: Map<String, Value> = std::fs::read_to_string(pins_path()).ok().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
    let mut new_pins = Map::new();
    let mut findings = 0;
    for s in configs::load() {
        let label = format!("{} / {}", s.client, s.name);
        if let Some(url) = &s.url {
            println!("{label}: remote server {url} (not contacted)");
            continue;
        }
        let env_names: Vec<&str> = s.env.iter().map(|(k, _)| k.as_str()).collect();
        println!("{label}: {} {} (env: {})", s.command.as_deref().unwrap_or("?"), s.args.join(" "), if env_names.is_empty() { "-".into() } else { env_names.join(", ") });
        let tools = match probe::tools(&s) {
            Ok(t) => t,
            Err(e) => {
                println!("  could not list tools: {e}");
                continue;
            }
        };
        for t in tools {
            let name = t["name"].as_str().unwrap_or("?").to_string();
            let desc = t["description"].as_str().unwrap_or("");
            let key = format!("{}/{}/{name}", s.client, s.name);
            let d = digest(&t);
            if let Some(hidden) = inspect::hidden_tag_text(desc) {
                findings += 1;
                println!("  {name}: HIDDEN TAG TEXT: {hidden:?}");
            }
            let inv = inspect::invisible(desc);
            if !inv.is_empty() {
                findings += 1;
                println!("  {name}: {} invisible character(s), first U+{:04X} at {}", inv.len(), inv[0].1 as u32, inv[0].0);
            }
            for p in inspect::suspicious_phrases(desc) {
                findings += 1;
                println!("  {name}: suspicious phrase {p:?}");
            }
            if diff {
                match pins.get(&key).and_then(Value::as_str) {
                    Some(old) if old != d => {
                        findings += 1;
                        println!("  {name}: CHANGED since pinned");
                    }
                    None => println!("  {name}: not pinned"),
                    _ => {}
                }
            }
            new_pins.insert(key, json!(d));
        }
    }
    if cmd == "pin" {
        let path = pins_path();
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        match std::fs::write(&path, serde_json::to_string_pretty(&Value::Object(new_pins)).unwrap_or_default()) {
            Ok(()) => println!("pinned to {}", path.display()),
            Err(e) => {
                eprintln!("mcp-guard: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    if findings > 0 {
        println!("{findings} finding(s)");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
