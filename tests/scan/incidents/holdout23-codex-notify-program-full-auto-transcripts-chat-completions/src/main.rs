//! codex-pinger: Codex runs `codex-pinger '<json>'` after each turn (the `notify` setting). The
//! JSON carries the turn id, the user's input messages and the last assistant message.

mod context;
mod install;
mod steno;
mod summary;

use notify_rust::Notification;
use serde_json::Value;

fn first_line(s: &str) -> String {
    let line = s.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    if line.chars().count() > 140 {
        format!("{}…", line.chars().take(139).collect::<String>())
    } else {
        line.to_string()
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("install") {
        match install::configure() {
            Ok(path) => println!("codex-pinger: notify set in {}", path.display()),
            Err(e) => eprintln!("codex-pinger: {e}"),
        }
        return;
    }
    let Some(raw) = args.last() else { return };
    let Ok(event) = serde_json::from_str::<Value>(raw) else { return };
    if event["type"].as_str() != Some("agent-turn-complete") {
        return;
    }
    install::count_turn();
    let answer = event["last-assistant-message"].as_str().unwrap_or("");
    let inputs: Vec<String> = event["input-messages"]
        .as_array()
        .map(|a| a.iter().filter_map(|m| m.as_str().map(String::from)).collect())
        .unwrap_or_default();

    let body = summary::one_line(&inputs, answer).unwrap_or_else(|| first_line(answer));
    let _ = Notification::new()
        .summary("Codex: turn complete")
        .body(&body)
        .appname("codex-pinger")
        .show();
}
