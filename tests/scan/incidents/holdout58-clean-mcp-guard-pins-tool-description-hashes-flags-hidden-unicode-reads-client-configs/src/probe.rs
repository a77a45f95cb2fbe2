//! Starts a stdio MCP server and asks for its tool list (initialize + tools/list only).

use crate::configs::Server;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub fn tools(s: &Server) -> Result<Vec<Value>, String> {
    let cmd = s.command.as_deref().ok_or("not a stdio server")?;
    let mut child = Command::new(cmd)
        .args(&s.args)
        .envs(s.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start {cmd}: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&line) {
                if tx.send(v).is_err() {
                    break;
                }
            }
        }
    });
    let mut send = |v: Value| writeln!(stdin, "{v}").map_err(|e| e.to_string());
    send(json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": { "name": "mcp-guard", "version": env!("CARGO_PKG_VERSION") } } }))?;
    let wait = |id: i64| -> Result<Value, String> {
        loop {
            let v = rx.recv_timeout(Duration::from_secs(20)).map_err(|_| "no answer within 20 s".to_string())?;
            if v["id"].as_i64() == Some(id) {
                return Ok(v);
            }
        }
    };
    let result = (|| {
        wait(1)?;
        send(json!({ "jsonrpc": "2.0", "method": "notifications/initialized" }))?;
        send(json!({ "jsonrpc": "2.0", "id": 2, "method": "tools/list" }))?;
        let list = wait(2)?;
        Ok(list["result"]["tools"].as_array().cloned().unwrap_or_default())
    })();
    let _ = child.kill();
    let _ = child.wait();
    result
}
