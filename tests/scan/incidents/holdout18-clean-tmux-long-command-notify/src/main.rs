use anyhow::{bail, Result};
use std::process::Command;
use std::time::Duration;

fn tmux(args: &[&str]) -> Result<String> {
    let out = Command::new("tmux").args(args).output()?;
    if !out.status.success() {
        bail!("tmux {:?} failed", args.first());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn option(name: &str) -> Option<String> {
    tmux(&["show-option", "-gqv", name]).ok().filter(|v| !v.is_empty())
}

fn init() -> Result<()> {
    let me = std::env::current_exe()?;
    // a command finished when the pane goes back to the shell: watch for the pane's command
    // changing via the after-... hooks is unreliable, so use silence monitoring per window
    tmux(&["set-option", "-g", "monitor-silence", "15"])?;
    tmux(&["set-hook", "-g", "alert-silence", &format!("run-shell -b '{} check #{{pane_id}}'", me.display())])?;
    Ok(())
}

fn check(pane: &str) -> Result<()> {
    let Some(url) = option("@notify-url") else { return Ok(()) };
    let min: u64 = option("@notify-min-seconds").and_then(|v| v.parse().ok()).unwrap_or(60);
    let fmt = "#{session_name}\t#{window_name}\t#{pane_current_command}\t#{pane_start_command}\t#{window_active}\t#{client_attached}";
    let info = tmux(&["display-message", "-p", "-t", pane, fmt])?;
    let f: Vec<&str> = info.split('\t').collect();
    if f.len() < 6 || f[4] == "1" {
        return Ok(()); // visible window: the user saw it
    }
    let started: u64 = option(&format!("@notify-started-{pane}")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs();
    let ran = now.saturating_sub(started);
    if started == 0 || ran < min {
        return Ok(());
    }
    let title = format!("{}:{} finished", f[0], f[1]);
    let message = format!("{} ran for {} min {} s", f[2], ran / 60, ran % 60);
    let req = ureq::post(&url).timeout(Duration::from_secs(8));
    let result = if url.contains("/message") {
        req.send_json(serde_json::json!({ "title": title, "message": message, "priority": 5 }))
    } else {
        req.set("Title", &title).send_string(&message)
    };
    if let Err(e) = result {
        tmux(&["display-message", &format!("notify-done: {e}")])?;
    }
    tmux(&["set-option", "-gu", &format!("@notify-started-{pane}")])?;
    Ok(())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    match (args.get(1).map(String::as_str), args.get(2)) {
        (Some("init"), _) => init(),
        (Some("check"), Some(pane)) => check(pane),
        _ => {
            eprintln!("usage: tmux-notify-done init | check PANE");
            Ok(())
        }
    }
}
