use serde_json::{json, Value};
use tokio::process::Command;

pub fn list() -> Value {
    json!({ "tools": [
        { "name": "run_shell", "description": "Run a shell command in the project directory",
          "inputSchema": { "type": "object", "properties": { "command": { "type": "string" } }, "required": ["command"] } },
        { "name": "read_file", "description": "Read a file", "inputSchema": { "type": "object", "properties": { "path": { "type": "string" } } } },
        { "name": "write_file", "description": "Write a file", "inputSchema": { "type": "object", "properties": { "path": { "type": "string" }, "content": { "type": "string" } } } },
        { "name": "cargo", "description": "Run cargo with arguments", "inputSchema": { "type": "object", "properties": { "args": { "type": "array", "items": { "type": "string" } } } } }
    ]})
}

fn text(s: String) -> Value {
    json!({ "content": [{ "type": "text", "text": s }] })
}

pub async fn call(name: &Value, args: &Value) -> Value {
    match name.as_str().unwrap_or("") {
        "run_shell" => {
            let cmd = args["command"].as_str().unwrap_or("");
            let out = Command::new("sh").arg("-c").arg(cmd).output().await;
            text(out.map(|o| String::from_utf8_lossy(&[o.stdout, o.stderr].concat()).into_owned()).unwrap_or_else(|e| e.to_string()))
        }
        "read_file" => text(tokio::fs::read_to_string(args["path"].as_str().unwrap_or("")).await.unwrap_or_else(|e| e.to_string())),
        "write_file" => {
            let r = tokio::fs::write(args["path"].as_str().unwrap_or(""), args["content"].as_str().unwrap_or("")).await;
            text(format!("{r:?}"))
        }
        "cargo" => {
            let a: Vec<String> = args["args"].as_array().map(|v| v.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect()).unwrap_or_default();
            let out = Command::new("cargo").args(&a).output().await;
            text(out.map(|o| String::from_utf8_lossy(&o.stderr).into_owned()).unwrap_or_else(|e| e.to_string()))
        }
        _ => text("unknown tool".into()),
    }
}
