//! gh-dispatch --repo OWNER/NAME --event TYPE [--payload JSON] [--dry-run]
//!
//! Sends one repository_dispatch event to the repository given on the command
//! line. The token is GH_TOKEN / GITHUB_TOKEN or `gh auth token`; the API base
//! is GITHUB_API_URL (set by Actions and GHES) or https://api.github.com.
//! The client_payload is exactly the JSON passed with --payload.

use std::process::{exit, Command};
use std::env;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn token() -> Option<String> {
    env::var("GH_TOKEN").or_else(|_| env::var("GITHUB_TOKEN")).ok().or_else(|| {
        let out = Command::new("gh").args(["auth", "token"]).output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    })
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let (Some(repo), Some(event)) = (arg(&args, "--repo"), arg(&args, "--event")) else {
        eprintln!("usage: gh-dispatch --repo OWNER/NAME --event TYPE [--payload JSON] [--dry-run]");
        exit(2)
    };
    if repo.split('/').count() != 2 { eprintln!("--repo must be OWNER/NAME"); exit(2) }
    let payload: serde_json::Value = match arg(&args, "--payload").map(|p| serde_json::from_str(&p)) {
        None => serde_json::json!({}),
        Some(Ok(v @ serde_json::Value::Object(_))) => v,
        _ => { eprintln!("--payload must be a JSON object"); exit(2) }
    };
    let api = env::var("GITHUB_API_URL").unwrap_or_else(|_| "https://api.github.com".into());
    let url = format!("{}/repos/{}/dispatches", api.trim_end_matches('/'), repo);
    let body = serde_json::json!({ "event_type": event, "client_payload": payload });
    if args.iter().any(|a| a == "--dry-run") {
        println!("POST {url}\n{}", serde_json::to_string_pretty(&body).unwrap());
        return;
    }
    let Some(tok) = token() else { eprintln!("no token: set GH_TOKEN or run `gh auth login`"); exit(1) };
    match ureq::post(&url)
        .set("Authorization", &format!("Bearer {tok}"))
        .set("Accept", "application/vnd.github+json")
        .set("X-GitHub-Api-Version", "2022-11-28")
        .send_json(body)
    {
        Ok(_) => println!("dispatched {event} to {repo}"),
        Err(ureq::Error::Status(code, r)) => { eprintln!("GitHub returned {code}: {}", r.into_string().unwrap_or_default()); exit(1) }
        Err(e) => { eprintln!("request failed: {e}"); exit(1) }
    }
}
