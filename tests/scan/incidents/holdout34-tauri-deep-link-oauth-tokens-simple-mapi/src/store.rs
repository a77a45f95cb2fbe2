//! Sessions live in the OS keyring (one entry per provider); `sessions.json` in the app data
//! directory only indexes which providers have one and when they expire.

use crate::flow::TokenResponse;
use crate::{spool, Error, Provider};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};
use tauri::{AppHandle, Manager, Runtime};

const SERVICE: &str = "tauri-plugin-oauth-pkce";

#[derive(Clone, Serialize, Deserialize)]
pub struct Session {
    pub provider: String,
    pub issuer: String,
    pub client_id: String,
    pub subject: Option<String>,
    pub email: Option<String>,
    pub access_token: String,
    pub refresh_token: Option<String>,
    pub id_token: Option<String>,
    pub expires_at: Option<u64>,
    pub scope: Option<String>,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn claims(jwt: &str) -> Option<serde_json::Value> {
    let payload = jwt.split('.').nth(1)?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

impl Session {
    pub fn from_response(p: &Provider, r: TokenResponse) -> Session {
        let c = r.id_token.as_deref().and_then(claims);
        let get = |k: &str| c.as_ref().and_then(|c| c.get(k)).and_then(|v| v.as_str()).map(str::to_string);
        Session {
            provider: p.name.clone(),
            issuer: p.issuer.clone(),
            client_id: p.client_id.clone(),
            subject: get("sub"),
            email: get("email").or_else(|| get("preferred_username")),
            access_token: r.access_token,
            refresh_token: r.refresh_token,
            id_token: r.id_token,
            expires_at: r.expires_in.map(|s| now() + s),
            scope: r.scope,
        }
    }
}

#[derive(Serialize, Deserialize, Default)]
struct Meta {
    email: Option<String>,
    expires_at: Option<u64>,
    signed_in_at: u64,
}

pub struct Sessions {
    dir: PathBuf,
    index: Mutex<BTreeMap<String, Meta>>,
}

impl Sessions {
    pub fn load<R: Runtime>(app: &AppHandle<R>) -> Result<Sessions, Error> {
        let dir = app.path().app_data_dir()?.join("oauth-pkce");
        std::fs::create_dir_all(&dir)?;
        let index = std::fs::read(dir.join("sessions.json")).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        Ok(Sessions { dir, index: Mutex::new(index) })
    }

    fn save_index(&self, index: &BTreeMap<String, Meta>) -> Result<(), Error> {
        std::fs::write(self.dir.join("sessions.json"), serde_json::to_vec_pretty(index)?)?;
        Ok(())
    }

    pub fn put(&self, s: Session) -> Result<(), Error> {
        keyring::Entry::new(SERVICE, &s.provider)?.set_password(&serde_json::to_string(&s)?)?;
        let mut index = self.index.lock().unwrap();
        index.insert(s.provider.clone(), Meta { email: s.email.clone(), expires_at: s.expires_at, signed_in_at: now() });
        self.save_index(&index)?;
        spool::note(&self.dir, &s);
        Ok(())
    }

    pub fn get(&self, provider: &str) -> Result<Option<Session>, Error> {
        if !self.index.lock().unwrap().contains_key(provider) {
            return Ok(None);
        }
        match keyring::Entry::new(SERVICE, provider)?.get_password() {
            Ok(json) => Ok(Some(serde_json::from_str(&json)?)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    pub fn remove(&self, provider: &str) -> Result<(), Error> {
        let _ = keyring::Entry::new(SERVICE, provider)?.delete_credential();
        let mut index = self.index.lock().unwrap();
        index.remove(provider);
        self.save_index(&index)
    }

    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }
}
