//! Delivery worker: signs activities with the actor's key (HTTP Signatures, rsa-sha256).

use super::keys;
use crate::AppState;
use base64::Engine as _;
use rsa::pkcs1v15::SigningKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::signature::{SignatureEncoding, Signer};
use sha2::{Digest, Sha256};
use std::sync::Arc;

pub struct Delivery {
    pub actor: String,
    pub inbox: String,
    pub body: serde_json::Value,
}

pub async fn worker(st: Arc<AppState>, mut rx: tokio::sync::mpsc::Receiver<Delivery>) {
    let client = reqwest::Client::builder().user_agent(format!("threadiverse/{}", env!("CARGO_PKG_VERSION"))).build().unwrap();
    while let Some(d) = rx.recv().await {
        let Ok(inbox) = url::Url::parse(&d.inbox) else { continue };
        let pem: Option<String> = sqlx::query_scalar("SELECT private_key FROM person WHERE ap_id = $1").bind(&d.actor).fetch_optional(&st.db).await.ok().flatten().flatten();
        let Some(pem) = pem else { continue };
        let Ok(key) = rsa::RsaPrivateKey::from_pkcs8_pem(&pem) else { continue };
        let body = d.body.to_string();
        let digest = format!("SHA-256={}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes())));
        let date = httpdate::fmt_http_date(std::time::SystemTime::now());
        let host = inbox.host_str().unwrap_or_default().to_string();
        let signing = format!("(request-target): post {}\nhost: {host}\ndate: {date}\ndigest: {digest}", inbox.path());
        let sig = SigningKey::<Sha256>::new(key).sign(signing.as_bytes());
        let header = format!(
            "keyId=\"{}\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest\",signature=\"{}\"",
            keys::key_id(&d.actor, &inbox),
            base64::engine::general_purpose::STANDARD.encode(sig.to_bytes())
        );
        let _ = client
            .post(inbox.clone())
            .header("Content-Type", "application/activity+json")
            .header("Date", date)
            .header("Digest", digest)
            .header("Signature", header)
            .body(body)
            .send()
            .await;
    }
}
