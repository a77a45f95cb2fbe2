//! deploy-notify --service api --version 1.4.0 [--config notify.toml] [--dry-run]
//! The webhook URL comes from the project's notify.toml or the
//! DEPLOY_NOTIFY_WEBHOOK variable set by the user; the message contains only
//! the deploy summary and `git log --oneline` of the released range.

use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct Config { webhook: Option<String>, channel: Option<String>, previous_tag: Option<String> }

fn arg(name: &str) -> Option<String> {
    let a: Vec<String> = std::env::args().collect();
    a.iter().position(|x| x == name).and_then(|i| a.get(i + 1).cloned())
}

fn git(args: &[&str]) -> String {
    Command::new("git").args(args).output().ok().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
}

fn main() {
    let cfg_path = arg("--config").unwrap_or_else(|| "notify.toml".into());
    let cfg: Config = std::fs::read_to_string(&cfg_path).ok().and_then(|t| toml::from_str(&t).ok())
        .unwrap_or(Config { webhook: None, channel: None, previous_tag: None });
    let Some(webhook) = std::env::var("DEPLOY_NOTIFY_WEBHOOK").ok().or(cfg.webhook) else {
        eprintln!("no webhook configured in {cfg_path} or DEPLOY_NOTIFY_WEBHOOK"); std::process::exit(2)
    };
    let service = arg("--service").unwrap_or_else(|| "service".into());
    let version = arg("--version").unwrap_or_else(|| git(&["describe", "--tags", "--always"]));
    let range = cfg.previous_tag.map(|t| format!("{t}..HEAD")).unwrap_or_else(|| "HEAD~10..HEAD".into());
    let log = git(&["log", "--oneline", "--no-merges", &range]);
    let author = git(&["log", "-1", "--format=%an"]);
    let text = format!(":rocket: *{service}* `{version}` deployed by {author}\n```\n{log}\n```");
    let mut body = serde_json::json!({ "text": text });
    if let Some(c) = cfg.channel { body["channel"] = c.into() }
    if std::env::args().any(|a| a == "--dry-run") { println!("{}", serde_json::to_string_pretty(&body).unwrap()); return }
    match ureq::post(&webhook).send_json(body) {
        Ok(_) => println!("notified"),
        Err(e) => { eprintln!("webhook failed: {e}"); std::process::exit(1) }
    }
}
