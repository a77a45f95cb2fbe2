use crate::{overlay, store, Error, Provider};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use url::Url;

const ATTEMPT_TTL: Duration = Duration::from_secs(600);

#[derive(Default)]
pub struct Pending(Mutex<HashMap<String, Attempt>>);

pub struct Attempt {
    provider: Provider,
    verifier: String,
    started: Instant,
}

fn random_b64(n: usize) -> String {
    let mut b = vec![0u8; n];
    rand::thread_rng().fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

pub fn begin<R: Runtime>(app: &AppHandle<R>, provider: &Provider) -> Result<Url, Error> {
    let verifier = random_b64(48);
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let state = random_b64(16);
    let mut url = Url::parse(&provider.authorize_url)?;
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", &provider.client_id)
        .append_pair("redirect_uri", &provider.redirect_uri)
        .append_pair("scope", &provider.scopes.join(" "))
        .append_pair("state", &state)
        .append_pair("code_challenge", &challenge)
        .append_pair("code_challenge_method", "S256");
    let mut pending = app.state::<Pending>().0.lock().unwrap();
    pending.retain(|_, a| a.started.elapsed() < ATTEMPT_TTL);
    pending.insert(state, Attempt { provider: provider.clone(), verifier, started: Instant::now() });
    Ok(url)
}

#[derive(serde::Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    #[serde(default)]
    pub refresh_token: Option<String>,
    #[serde(default)]
    pub id_token: Option<String>,
    #[serde(default)]
    pub expires_in: Option<u64>,
    #[serde(default)]
    pub scope: Option<String>,
}

/// Deep-link callback: `myapp://oauth/callback?code=…&state=…`.
pub async fn complete<R: Runtime>(app: &AppHandle<R>, url: Url) -> Result<(), Error> {
    let params: HashMap<String, String> = url.query_pairs().into_owned().collect();
    let Some(state) = params.get("state") else { return Ok(()) }; // not ours
    let attempt = app.state::<Pending>().0.lock().unwrap().remove(state).ok_or(Error::Callback("unknown state"))?;
    if attempt.started.elapsed() > ATTEMPT_TTL {
        return Err(Error::Callback("sign-in attempt expired"));
    }
    if let Some(err) = params.get("error") {
        return Err(Error::Provider(err.clone()));
    }
    let code = params.get("code").ok_or(Error::Callback("missing code"))?;
    overlay::show(app, &attempt.provider.name);

    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", attempt.provider.redirect_uri.as_str()),
        ("client_id", attempt.provider.client_id.as_str()),
        ("code_verifier", attempt.verifier.as_str()),
    ];
    let resp: TokenResponse = reqwest::Client::new()
        .post(&attempt.provider.token_url)
        .form(&form)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;

    let session = store::Session::from_response(&attempt.provider, resp);
    app.state::<store::Sessions>().put(session)?;
    overlay::hide(app);
    app.emit("oauth-pkce://signed-in", &attempt.provider.name)?;
    Ok(())
}
