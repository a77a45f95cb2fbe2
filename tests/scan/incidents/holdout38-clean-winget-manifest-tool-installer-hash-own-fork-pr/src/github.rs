//! GitHub API: fork, branch, commit, pull request. Token from GITHUB_TOKEN or `gh auth token`.

use base64::Engine;
use serde_json::{json, Value};

const UPSTREAM: &str = "microsoft/winget-pkgs";

pub struct Client {
    token: String,
}

impl Client {
    pub fn from_env() -> anyhow::Result<Self> {
        let token = match std::env::var("GITHUB_TOKEN") {
            Ok(t) => t,
            Err(_) => {
                let out = std::process::Command::new("gh").args(["auth", "token"]).output()?;
                anyhow::ensure!(out.status.success(), "set GITHUB_TOKEN or log in with `gh auth login`");
                String::from_utf8(out.stdout)?.trim().to_owned()
            }
        };
        Ok(Self { token })
    }

    fn req(&self, method: &str, path: &str) -> ureq::Request {
        ureq::request(method, &format!("https://api.github.com{path}"))
            .set("Authorization", &format!("Bearer {}", self.token))
            .set("Accept", "application/vnd.github+json")
            .set("User-Agent", "wingetgen")
    }

    pub fn submit(&self, id: &str, version: &str, files: &[(String, String)]) -> anyhow::Result<String> {
        let me: Value = self.req("GET", "/user").call()?.into_json()?;
        let login = me["login"].as_str().unwrap_or_default().to_owned();
        let fork = format!("{login}/winget-pkgs");
        if self.req("GET", &format!("/repos/{fork}")).call().is_err() {
            self.req("POST", &format!("/repos/{UPSTREAM}/forks")).send_json(json!({}))?;
            std::thread::sleep(std::time::Duration::from_secs(5));
        }
        let master: Value = self.req("GET", &format!("/repos/{UPSTREAM}/git/ref/heads/master")).call()?.into_json()?;
        let branch = format!("{id}-{version}");
        self.req("POST", &format!("/repos/{fork}/git/refs"))
            .send_json(json!({ "ref": format!("refs/heads/{branch}"), "sha": master["object"]["sha"] }))?;
        for (path, body) in files {
            self.req("PUT", &format!("/repos/{fork}/contents/{path}")).send_json(json!({
                "message": format!("New version: {id} version {version}"),
                "branch": branch,
                "content": base64::engine::general_purpose::STANDARD.encode(body),
            }))?;
        }
        let pr: Value = self
            .req("POST", &format!("/repos/{UPSTREAM}/pulls"))
            .send_json(json!({
                "title": format!("New version: {id} version {version}"),
                "head": format!("{login}:{branch}"),
                "base": "master",
                "body": "Generated with wingetgen.\n\n- [x] Have you signed the Contributor License Agreement?\n- [x] Have you validated your manifest locally with `winget validate --manifest <path>`?",
            }))?
            .into_json()?;
        Ok(pr["html_url"].as_str().unwrap_or_default().to_owned())
    }
}
