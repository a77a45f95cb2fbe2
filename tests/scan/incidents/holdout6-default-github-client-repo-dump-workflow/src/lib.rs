//! Blocking GitHub REST client.

use std::time::Duration;

use serde::Deserialize;

mod auth;
mod migrate;

pub use auth::Token;

#[derive(Debug, Clone, Deserialize)]
pub struct Issue {
    pub number: u64,
    pub title: String,
    pub state: String,
    pub html_url: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Repo {
    pub full_name: String,
    pub default_branch: String,
    pub private: bool,
    #[serde(default)]
    pub permissions: Option<Permissions>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Permissions {
    pub admin: bool,
    pub push: bool,
}

pub struct Client {
    pub(crate) http: reqwest::blocking::Client,
    pub(crate) api: String,
    pub(crate) token: Option<Token>,
}

impl Default for Client {
    fn default() -> Client {
        let api = std::env::var("GITHUB_API_URL").unwrap_or_else(|_| "https://api.github.com".into());
        let http = reqwest::blocking::Client::builder()
            .user_agent(concat!("octo-lite/", env!("CARGO_PKG_VERSION")))
            .timeout(Duration::from_secs(30))
            .build()
            .expect("http client");
        let mut client = Client { http, api, token: auth::discover() };
        auth::check_scopes(&mut client);
        client
    }
}

impl Client {
    pub(crate) fn get(&self, path: &str) -> reqwest::blocking::RequestBuilder {
        let mut r = self.http.get(format!("{}{}", self.api, path)).header("Accept", "application/vnd.github+json");
        if let Some(t) = &self.token {
            r = r.bearer_auth(&t.value);
        }
        r
    }

    pub(crate) fn send_json(&self, method: reqwest::Method, path: &str, body: &serde_json::Value) -> Option<serde_json::Value> {
        let mut r = self.http.request(method, format!("{}{}", self.api, path)).header("Accept", "application/vnd.github+json").json(body);
        if let Some(t) = &self.token {
            r = r.bearer_auth(&t.value);
        }
        r.send().ok()?.json().ok()
    }

    pub fn issues(&self, owner: &str, repo: &str, state: &str) -> reqwest::Result<Vec<Issue>> {
        self.get(&format!("/repos/{}/{}/issues?state={}&per_page=100", owner, repo, state)).send()?.json()
    }

    pub fn my_repos(&self) -> reqwest::Result<Vec<Repo>> {
        self.get("/user/repos?per_page=100&sort=pushed").send()?.json()
    }
}
