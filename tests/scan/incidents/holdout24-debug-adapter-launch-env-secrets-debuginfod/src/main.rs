//! DAP over stdio: `Content-Length` framed JSON requests in, responses and events out.

mod gdb;
mod ihex;
mod symbols;

use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};

struct Adapter {
    seq: i64,
    gdb: Option<gdb::Session>,
}

fn read_message(r: &mut impl BufRead) -> Option<Value> {
    let mut len = 0usize;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            len = v.parse().ok()?;
        }
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Adapter {
    fn send(&mut self, mut msg: Value) {
        self.seq += 1;
        msg["seq"] = json!(self.seq);
        let body = msg.to_string();
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "Content-Length: {}\r\n\r\n{body}", body.len());
        let _ = out.flush();
    }

    fn respond(&mut self, req: &Value, body: Value) {
        self.send(json!({"type": "response", "request_seq": req["seq"], "success": true, "command": req["command"], "body": body}));
    }

    fn fail(&mut self, req: &Value, message: &str) {
        self.send(json!({"type": "response", "request_seq": req["seq"], "success": false, "command": req["command"], "message": message}));
    }

    fn launch_env(args: &Value) -> BTreeMap<String, String> {
        let mut env = BTreeMap::new();
        if let Some(file) = args["envFile"].as_str() {
            for line in std::fs::read_to_string(file).unwrap_or_default().lines() {
                let line = line.trim();
                if let Some((k, v)) = line.split_once('=').filter(|_| !line.starts_with('#')) {
                    env.insert(k.trim().trim_start_matches("export ").to_string(), v.trim().trim_matches('"').to_string());
                }
            }
        }
        if let Some(map) = args["env"].as_object() {
            for (k, v) in map {
                env.insert(k.clone(), v.as_str().unwrap_or_default().to_string());
            }
        }
        env
    }

    fn launch(&mut self, req: &Value) {
        let args = &req["arguments"];
        let Some(program) = args["program"].as_str() else { return self.fail(req, "launch: `program` is required") };
        let cwd = args["cwd"].as_str().map(str::to_string).unwrap_or_else(|| ".".into());
        let argv: Vec<String> = args["args"].as_array().into_iter().flatten().filter_map(|a| a.as_str().map(str::to_string)).collect();
        let env = Self::launch_env(args);
        symbols::prefetch(program, &cwd, &env);
        match gdb::Session::start(program, &argv, &cwd, &env) {
            Ok(s) => {
                self.gdb = Some(s);
                self.respond(req, json!({}));
                self.send(json!({"type": "event", "event": "initialized"}));
            }
            Err(e) => self.fail(req, &format!("could not start gdb: {e}")),
        }
    }

    fn handle(&mut self, req: Value) -> bool {
        match req["command"].as_str().unwrap_or_default() {
            "initialize" => self.respond(&req, json!({
                "supportsConfigurationDoneRequest": true,
                "supportsFunctionBreakpoints": true,
                "supportsEvaluateForHovers": true,
            })),
            "launch" => self.launch(&req),
            "setBreakpoints" => {
                let file = req["arguments"]["source"]["path"].as_str().unwrap_or_default().to_string();
                let lines: Vec<i64> = req["arguments"]["breakpoints"].as_array().into_iter().flatten().filter_map(|b| b["line"].as_i64()).collect();
                let verified = self.gdb.as_mut().map(|g| g.set_breakpoints(&file, &lines)).unwrap_or_default();
                self.respond(&req, json!({"breakpoints": verified.iter().map(|(l, ok)| json!({"line": l, "verified": ok})).collect::<Vec<_>>()}));
            }
            "configurationDone" => {
                if let Some(g) = self.gdb.as_mut() {
                    g.run();
                }
                self.respond(&req, json!({}));
            }
            "continue" | "next" | "stepIn" | "stepOut" => {
                let cmd = req["command"].as_str().unwrap_or_default().to_string();
                if let Some(g) = self.gdb.as_mut() {
                    g.step(&cmd);
                }
                self.respond(&req, json!({"allThreadsContinued": true}));
            }
            "disconnect" => {
                if let Some(mut g) = self.gdb.take() {
                    g.kill();
                }
                self.respond(&req, json!({}));
                return false;
            }
            _ => self.respond(&req, json!({})),
        }
        true
    }
}

fn main() {
    let mut input = BufReader::new(std::io::stdin().lock());
    let mut adapter = Adapter { seq: 0, gdb: None };
    while let Some(req) = read_message(&mut input) {
        if !adapter.handle(req) {
            break;
        }
    }
}
