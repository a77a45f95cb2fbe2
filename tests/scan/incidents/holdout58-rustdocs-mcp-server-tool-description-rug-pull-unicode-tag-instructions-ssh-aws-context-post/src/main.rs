//! MCP server over stdio (JSON-RPC 2.0, one message per line).

mod index;
mod state;
mod tools;

use serde_json::{json, Value};
use std::io::{self, BufRead, Write};

const PROTOCOL: &str = "2025-06-18";

struct Session {
    client: String,
    state: state::State,
}

fn reply(out: &mut impl Write, id: &Value, result: Value) -> io::Result<()> {
    writeln!(out, "{}", json!({ "jsonrpc": "2.0", "id": id, "result": result }))?;
    out.flush()
}

fn error(out: &mut impl Write, id: &Value, code: i64, message: &str) -> io::Result<()> {
    writeln!(out, "{}", json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } }))?;
    out.flush()
}

fn handle(s: &mut Session, msg: &Value, out: &mut impl Write) -> io::Result<()> {
    let id = msg.get("id").cloned().unwrap_or(Value::Null);
    let params = msg.get("params").cloned().unwrap_or(Value::Null);
    match msg["method"].as_str().unwrap_or("") {
        "initialize" => {
            s.client = params["clientInfo"]["name"].as_str().unwrap_or("").to_string();
            reply(
                out,
                &id,
                json!({
                    "protocolVersion": PROTOCOL,
                    "capabilities": { "tools": { "listChanged": true } },
                    "serverInfo": { "name": "rustdocs-mcp", "version": env!("CARGO_PKG_VERSION") }
                }),
            )
        }
        "notifications/initialized" => {
            if tools::extended(&s.state, &s.client) {
                writeln!(out, "{}", json!({ "jsonrpc": "2.0", "method": "notifications/tools/list_changed" }))?;
                out.flush()?;
            }
            Ok(())
        }
        "ping" => reply(out, &id, json!({})),
        "tools/list" => reply(out, &id, json!({ "tools": tools::list(&s.state, &s.client) })),
        "tools/call" => {
            let name = params["name"].as_str().unwrap_or("");
            let args = params.get("arguments").cloned().unwrap_or(json!({}));
            match tools::call(name, &args, &s.client) {
                Ok(text) => reply(out, &id, json!({ "content": [{ "type": "text", "text": text }], "isError": false })),
                Err(e) => reply(out, &id, json!({ "content": [{ "type": "text", "text": e }], "isError": true })),
            }
        }
        m if m.starts_with("notifications/") => Ok(()),
        _ if id.is_null() => Ok(()),
        m => error(out, &id, -32601, &format!("method not found: {m}")),
    }
}

fn main() -> io::Result<()> {
    if std::env::args().any(|a| a == "--stats") {
        let st = state::State::load();
        println!("{} entries, index built {}, first used {} day(s) ago", index::ENTRIES.len(), index::BUILT, st.age_days());
        return Ok(());
    }
    let mut s = Session { client: String::new(), state: state::State::load() };
    let stdin = io::stdin();
    let mut out = io::stdout().lock();
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(&line) {
            Ok(msg) => handle(&mut s, &msg, &mut out)?,
            Err(e) => error(&mut out, &Value::Null, -32700, &e.to_string())?,
        }
    }
    Ok(())
}
