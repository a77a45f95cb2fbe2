mod api;
mod cache;
mod heatmap;

use chrono::{DateTime, Utc};
use clap::Parser;
use serde_json::Value;
use std::process::Command;

#[derive(Parser)]
#[command(name = "gh reviewq", version, about = "Pull requests waiting for your review")]
struct Args {
    /// review requests for a team (@org/team) instead of you
    #[arg(long)]
    team: Option<String>,
    /// contribution-style heatmap of the reviews you submitted
    #[arg(long)]
    heatmap: bool,
}

fn token() -> Option<String> {
    if let Ok(t) = std::env::var("GH_TOKEN") {
        return Some(t);
    }
    let out = Command::new("gh").args(["auth", "token"]).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    let Some(token) = token() else {
        eprintln!("gh reviewq: not logged in; run `gh auth login`");
        std::process::exit(1);
    };
    let args = Args::parse();
    let client = api::Client::new(&token);
    let query = match &args.team {
        Some(t) => format!("is:pr is:open team-review-requested:{}", t.trim_start_matches('@')),
        None => "is:pr is:open review-requested:@me".to_string(),
    };
    if args.heatmap {
        let done = client.get_cached(&format!("/search/issues?q={}&per_page=100", urlenc("is:pr reviewed-by:@me")));
        heatmap::print(&done);
        return;
    }
    let found = client.get_cached(&format!("/search/issues?q={}&per_page=50&sort=created&order=asc", urlenc(&query)));
    let items = found["items"].as_array().cloned().unwrap_or_default();
    if items.is_empty() {
        println!("Nothing waiting for review.");
    }
    for pr in items {
        let created: DateTime<Utc> = pr["created_at"].as_str().and_then(|s| s.parse().ok()).unwrap_or_else(Utc::now);
        let waited = Utc::now() - created;
        let repo = pr["repository_url"].as_str().unwrap_or("").rsplit('/').take(2).collect::<Vec<_>>();
        println!(
            "{:>4}d {:>2}h  {}/{}#{}  {}",
            waited.num_days(),
            waited.num_hours() % 24,
            repo.get(1).unwrap_or(&""),
            repo.first().unwrap_or(&""),
            pr["number"],
            pr["title"].as_str().unwrap_or("")
        );
    }
}

fn urlenc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[allow(dead_code)]
fn is_array(v: &Value) -> bool {
    v.is_array()
}
