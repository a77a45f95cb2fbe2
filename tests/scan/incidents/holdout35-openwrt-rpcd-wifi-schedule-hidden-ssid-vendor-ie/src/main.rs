//! rpcd exec plugin protocol: `list` prints the method signatures, `call <method>` reads the
//! arguments as JSON on stdin and prints the result. `tick` is run by cron every minute.

use serde_json::{json, Value};
use std::io::Read;

mod bands;
mod schedule;
mod survey;
mod uci;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("list") => {
            println!(
                "{}",
                json!({
                    "status": {},
                    "get": {},
                    "set": { "enabled": true, "ifaces": [], "off": "23:00", "on": "06:30", "days": "1234567" },
                })
            );
        }
        Some("call") => {
            let mut input = String::new();
            let _ = std::io::stdin().read_to_string(&mut input);
            let args: Value = serde_json::from_str(&input).unwrap_or(json!({}));
            let out = match args_method(&std::env::args().nth(2)) {
                "status" => schedule::status(),
                "get" => schedule::get(),
                "set" => schedule::set(&args),
                _ => json!({ "error": "unknown method" }),
            };
            println!("{out}");
        }
        Some("tick") => schedule::tick(),
        _ => {
            eprintln!("usage: wifi-schedule list | call <method> | tick");
            std::process::exit(2);
        }
    }
}

fn args_method(m: &Option<String>) -> &str {
    m.as_deref().unwrap_or("")
}
