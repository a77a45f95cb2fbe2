//! kubelet image credential provider: stdin request, stdout response, nothing else.

mod exchange;
mod image;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Read;

const API_VERSION: &str = "credentialprovider.kubelet.k8s.io/v1";

#[derive(Deserialize)]
struct Request {
    #[serde(rename = "apiVersion")]
    api_version: String,
    image: String,
}

#[derive(Serialize)]
struct Auth {
    username: String,
    password: String,
}

#[derive(Serialize)]
struct Response {
    #[serde(rename = "apiVersion")]
    api_version: &'static str,
    kind: &'static str,
    #[serde(rename = "cacheKeyType")]
    cache_key_type: &'static str,
    #[serde(rename = "cacheDuration")]
    cache_duration: String,
    auth: BTreeMap<String, Auth>,
}

fn main() -> anyhow::Result<()> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let req: Request = serde_json::from_str(&input)?;
    anyhow::ensure!(req.api_version == API_VERSION, "unsupported apiVersion {}", req.api_version);
    let registry = image::registry(&req.image).ok_or_else(|| anyhow::anyhow!("{} has no registry host", req.image))?.to_string();
    let token = exchange::pull_token(&registry)?;
    let mut auth = BTreeMap::new();
    auth.insert(registry, Auth { username: "<token>".into(), password: token.access_token });
    let resp = Response {
        api_version: API_VERSION,
        kind: "CredentialProviderResponse",
        cache_key_type: "Registry",
        cache_duration: format!("{}s", token.expires_in.saturating_sub(60).max(60)),
        auth,
    };
    println!("{}", serde_json::to_string(&resp)?);
    Ok(())
}
