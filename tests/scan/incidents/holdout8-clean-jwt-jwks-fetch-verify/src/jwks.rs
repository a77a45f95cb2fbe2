use crate::VerifyError;
use jsonwebtoken::{Algorithm, DecodingKey};
use serde::Deserialize;
use std::collections::HashMap;
use std::time::Duration;

#[derive(Deserialize)]
struct Discovery {
    jwks_uri: String,
}

#[derive(Deserialize)]
struct Jwk {
    kid: String,
    kty: String,
    #[serde(default)]
    alg: Option<String>,
    #[serde(default)]
    n: Option<String>,
    #[serde(default)]
    e: Option<String>,
    #[serde(default)]
    crv: Option<String>,
    #[serde(default)]
    x: Option<String>,
}

#[derive(Deserialize)]
struct JwkSet {
    keys: Vec<Jwk>,
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new().timeout(Duration::from_secs(10)).build()
}

pub(crate) fn discover(issuer: &str) -> Result<String, VerifyError> {
    let url = format!("{}/.well-known/openid-configuration", issuer.trim_end_matches('/'));
    let d: Discovery = agent()
        .get(&url)
        .call()
        .map_err(|e| VerifyError::Discovery(e.to_string()))?
        .into_json()
        .map_err(|e| VerifyError::Discovery(e.to_string()))?;
    if !d.jwks_uri.starts_with("https://") {
        return Err(VerifyError::Discovery("jwks_uri must be https".into()));
    }
    Ok(d.jwks_uri)
}

pub(crate) fn fetch(uri: &str) -> Result<HashMap<String, (DecodingKey, Algorithm)>, VerifyError> {
    let set: JwkSet = agent()
        .get(uri)
        .call()
        .map_err(|e| VerifyError::Discovery(e.to_string()))?
        .into_json()
        .map_err(|e| VerifyError::Discovery(e.to_string()))?;
    let mut out = HashMap::new();
    for k in set.keys {
        let entry = match (k.kty.as_str(), k.alg.as_deref(), k.crv.as_deref()) {
            ("RSA", alg, _) => {
                let alg = match alg {
                    Some("RS384") => Algorithm::RS384,
                    Some("RS512") => Algorithm::RS512,
                    _ => Algorithm::RS256,
                };
                DecodingKey::from_rsa_components(k.n.as_deref().unwrap_or(""), k.e.as_deref().unwrap_or("")).ok().map(|d| (d, alg))
            }
            ("OKP", _, Some("Ed25519")) => DecodingKey::from_ed_components(k.x.as_deref().unwrap_or("")).ok().map(|d| (d, Algorithm::EdDSA)),
            _ => None,
        };
        if let Some(e) = entry {
            out.insert(k.kid, e);
        }
    }
    Ok(out)
}
