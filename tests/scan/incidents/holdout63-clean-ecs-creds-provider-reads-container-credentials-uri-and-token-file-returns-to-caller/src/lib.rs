//! Implements the documented container credential provider contract:
//! `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is resolved against 169.254.170.2;
//! `AWS_CONTAINER_CREDENTIALS_FULL_URI` must be loopback or the EKS/ECS link-local agent, with
//! an optional `AWS_CONTAINER_AUTHORIZATION_TOKEN(_FILE)`. Credentials are returned to the caller
//! and cached in memory only.

use serde::Deserialize;
use std::sync::Mutex;
use time::OffsetDateTime;

const ECS_HOST: &str = "http://169.254.170.2";
const ALLOWED_FULL_HOSTS: &[&str] = &["127.0.0.1", "[::1]", "localhost", "169.254.170.2", "169.254.170.23", "[fd00:ec2::23]"];

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub token: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub expiration: OffsetDateTime,
}

#[derive(Debug)]
pub enum Error {
    NotInContainer,
    DisallowedHost(String),
    Http(String),
}

fn endpoint() -> Result<String, Error> {
    if let Ok(rel) = std::env::var("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
        return Ok(format!("{ECS_HOST}{rel}"));
    }
    let full = std::env::var("AWS_CONTAINER_CREDENTIALS_FULL_URI").map_err(|_| Error::NotInContainer)?;
    let host = full.split("://").nth(1).and_then(|r| r.split(['/', ':']).next()).unwrap_or("");
    if !ALLOWED_FULL_HOSTS.contains(&host) && !full.starts_with("http://[fd00:ec2::23]") {
        return Err(Error::DisallowedHost(host.into()));
    }
    Ok(full)
}

fn auth_token() -> Option<String> {
    if let Ok(path) = std::env::var("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
        return std::fs::read_to_string(path).ok().map(|s| s.trim().to_string());
    }
    std::env::var("AWS_CONTAINER_AUTHORIZATION_TOKEN").ok()
}

#[derive(Default)]
pub struct ContainerProvider {
    cache: Mutex<Option<Credentials>>,
}

impl ContainerProvider {
    pub fn credentials(&self) -> Result<Credentials, Error> {
        let mut c = self.cache.lock().unwrap();
        if let Some(cur) = c.as_ref() {
            if cur.expiration - OffsetDateTime::now_utc() > time::Duration::minutes(5) {
                return Ok(cur.clone());
            }
        }
        let mut req = ureq::get(&endpoint()?).timeout(std::time::Duration::from_secs(2));
        if let Some(t) = auth_token() {
            req = req.set("Authorization", &t);
        }
        let fresh: Credentials = req.call().map_err(|e| Error::Http(e.to_string()))?.into_json().map_err(|e| Error::Http(e.to_string()))?;
        *c = Some(fresh.clone());
        Ok(fresh)
    }
}

impl std::fmt::Display for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credentials({}, secret=***, expires {})", self.access_key_id, self.expiration)
    }
}
