//! MCP client configuration files.

use serde_json::Value;
use std::path::PathBuf;

pub struct Server {
    pub client: &'static str,
    pub name: String,
    pub command: Option<String>,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub url: Option<String>,
}

fn home() -> PathBuf {
    std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from).unwrap_or_default()
}

fn candidates() -> Vec<(&'static str, PathBuf)> {
    let h = home();
    let mut v = vec![
        ("claude-code", h.join(".claude.json")),
        ("cursor", h.join(".cursor").join("mcp.json")),
        ("cursor (project)", PathBuf::from(".cursor").join("mcp.json")),
        ("windsurf", h.join(".codeium").join("windsurf").join("mcp_config.json")),
        ("claude-desktop", h.join("Library/Application Support/Claude/claude_desktop_config.json")),
        ("claude-desktop", h.join(".config/Claude/claude_desktop_config.json")),
    ];
    if let Some(appdata) = std::env::var_os("APPDATA") {
        v.push(("claude-desktop", PathBuf::from(appdata).join("Claude").join("claude_desktop_config.json")));
    }
    v
}

fn servers_of(client: &'static str, map: &Value, out: &mut Vec<Server>) {
    let Some(obj) = map.as_object() else { return };
    for (name, s) in obj {
        let strs = |v: &Value| v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect()).unwrap_or_default();
        let env = s["env"].as_object().map(|e| e.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string())).collect()).unwrap_or_default();
        out.push(Server {
            client,
            name: name.clone(),
            command: s["command"].as_str().map(str::to_owned),
            args: strs(&s["args"]),
            env,
            url: s["url"].as_str().or_else(|| s["serverUrl"].as_str()).map(str::to_owned),
        });
    }
}

pub fn load() -> Vec<Server> {
    let mut out = Vec::new();
    for (client, path) in candidates() {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let Ok(v) = serde_json::from_str::<Value>(&text) else {
            eprintln!("mcp-guard: {} is not valid JSON, skipped", path.display());
            continue;
        };
        servers_of(client, &v["mcpServers"], &mut out);
        // Claude Code keeps per-project servers under projects.<path>.mcpServers
        if let Some(projects) = v["projects"].as_object() {
            for p in projects.values() {
                servers_of(client, &p["mcpServers"], &mut out);
            }
        }
    }
    out
}
