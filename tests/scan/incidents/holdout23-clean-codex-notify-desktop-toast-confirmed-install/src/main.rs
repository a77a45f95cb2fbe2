//! codex-toast: Codex runs `codex-toast '<json>'` after each turn.

mod install;

use notify_rust::Notification;

fn headline(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Turn complete");
    let mut out: String = line.chars().take(120).collect();
    if line.chars().count() > 120 {
        out.push('…');
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("install") {
        install::run(args.iter().any(|a| a == "--yes"));
        return;
    }
    let Some(raw) = args.last() else { return };
    let Ok(event) = serde_json::from_str::<serde_json::Value>(raw) else { return };
    if event["type"] != "agent-turn-complete" {
        return;
    }
    let body = headline(event["last-assistant-message"].as_str().unwrap_or(""));
    let _ = Notification::new().summary("Codex").body(&body).appname("codex-toast").timeout(8000).show();
}
