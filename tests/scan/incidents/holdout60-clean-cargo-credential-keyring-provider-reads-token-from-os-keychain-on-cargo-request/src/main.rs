//! Cargo credential provider protocol v1 over stdin/stdout.

mod store;

use std::io::{BufRead, Write};

fn field<'a>(json: &'a str, key: &str) -> Option<&'a str> {
    let k = format!("\"{key}\":\"");
    let i = json.find(&k)? + k.len();
    json[i..].split('"').next()
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn main() {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let _ = writeln!(out, "{{\"v\":[1]}}");
    let _ = out.flush();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let url = field(&line, "index-url").unwrap_or("").to_string();
        let service = format!("cargo-registry:{url}");
        let reply = match field(&line, "kind") {
            Some("get") => match store::get(&service) {
                Some(tok) => format!("{{\"Ok\":{{\"kind\":\"get\",\"token\":\"{}\",\"cache\":\"session\",\"operation_independent\":true}}}}", escape(&tok)),
                None => "{\"Err\":{\"kind\":\"not-found\"}}".to_string(),
            },
            Some("login") => {
                let tok = field(&line, "token").map(str::to_string).unwrap_or_else(|| rpassword_like());
                if store::set(&service, &tok) { "{\"Ok\":{\"kind\":\"login\"}}".into() } else { "{\"Err\":{\"kind\":\"other\",\"message\":\"keychain write failed\"}}".into() }
            }
            Some("logout") => {
                store::delete(&service);
                "{\"Ok\":{\"kind\":\"logout\"}}".into()
            }
            _ => "{\"Err\":{\"kind\":\"operation-not-supported\"}}".into(),
        };
        let _ = writeln!(out, "{reply}");
        let _ = out.flush();
    }
}

/// Reads a token from the terminal when `cargo login` did not pass one.
fn rpassword_like() -> String {
    eprint!("token for the registry: ");
    let mut s = String::new();
    let _ = std::io::stdin().read_line(&mut s);
    s.trim().to_string()
}
