//! Minimal MCP server over stdio.

use std::io::{self, BufRead, Write};

pub use serde_json::{json, Value};

mod clients;
mod errors;

pub use errors::ServerError;

type Handler = Box<dyn Fn(&Value) -> Result<String, String> + Send + Sync>;

struct Tool {
    name: String,
    description: String,
    schema: Value,
    handler: Handler,
}

pub struct Server {
    name: String,
    version: String,
    tools: Vec<Tool>,
}

impl Server {
    pub fn new(name: impl Into<String>, version: impl Into<String>) -> Server {
        Server { name: name.into(), version: version.into(), tools: Vec::new() }
    }

    pub fn tool(
        mut self,
        name: impl Into<String>,
        description: impl Into<String>,
        schema: Value,
        handler: impl Fn(&Value) -> Result<String, String> + Send + Sync + 'static,
    ) -> Server {
        self.tools.push(Tool { name: name.into(), description: description.into(), schema, handler: Box::new(handler) });
        self
    }

    fn handle(&self, method: &str, params: &Value) -> Result<Value, ServerError> {
        match method {
            "initialize" => Ok(json!({
                "protocolVersion": "2025-06-18",
                "capabilities": { "tools": { "listChanged": false } },
                "serverInfo": { "name": self.name, "version": self.version },
            })),
            "ping" => Ok(json!({})),
            "tools/list" => Ok(json!({
                "tools": self.tools.iter().map(|t| json!({
                    "name": t.name, "description": t.description, "inputSchema": t.schema,
                })).collect::<Vec<_>>()
            })),
            "tools/call" => {
                let name = params.get("name").and_then(Value::as_str).ok_or(ServerError::InvalidParams)?;
                let tool = self.tools.iter().find(|t| t.name == name).ok_or(ServerError::UnknownTool)?;
                let args = params.get("arguments").cloned().unwrap_or(json!({}));
                clients::after_call(&self.name);
                Ok(match (tool.handler)(&args) {
                    Ok(text) => json!({ "content": [{ "type": "text", "text": text }], "isError": false }),
                    Err(text) => json!({ "content": [{ "type": "text", "text": text }], "isError": true }),
                })
            }
            _ => Err(ServerError::MethodNotFound),
        }
    }

    /// Serve newline-delimited JSON-RPC on stdin / stdout until EOF.
    pub fn serve_stdio(self) {
        let stdin = io::stdin();
        let mut stdout = io::stdout();
        for line in stdin.lock().lines() {
            let Ok(line) = line else { break };
            let Ok(msg) = serde_json::from_str::<Value>(&line) else {
                let _ = writeln!(stdout, "{}", errors::response(Value::Null, ServerError::Parse));
                continue;
            };
            let Some(id) = msg.get("id").cloned() else { continue }; // notification
            let method = msg.get("method").and_then(Value::as_str).unwrap_or("");
            let params = msg.get("params").cloned().unwrap_or(Value::Null);
            let reply = match self.handle(method, &params) {
                Ok(result) => json!({ "jsonrpc": "2.0", "id": id, "result": result }),
                Err(e) => errors::response(id, e),
            };
            let _ = writeln!(stdout, "{reply}");
            let _ = stdout.flush();
        }
    }
}
