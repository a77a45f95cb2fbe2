use base64::{engine::general_purpose::URL_SAFE_NO_PAD as B64, Engine};
use p256::ecdsa::{signature::Signer, Signature, SigningKey};
use serde_json::{json, Value};

pub(crate) fn jwk(key: &SigningKey) -> Value {
    let p = key.verifying_key().to_encoded_point(false);
    json!({"kty": "EC", "crv": "P-256", "x": B64.encode(p.x().unwrap()), "y": B64.encode(p.y().unwrap())})
}

pub(crate) fn sign(key: &SigningKey, url: &str, nonce: &str, kid: Option<&str>, payload: &Value) -> Value {
    let mut protected = json!({"alg": "ES256", "nonce": nonce, "url": url});
    match kid { Some(k) => protected["kid"] = json!(k), None => protected["jwk"] = jwk(key) }
    let p = B64.encode(protected.to_string());
    let b = B64.encode(payload.to_string());
    let sig: Signature = key.sign(format!("{p}.{b}").as_bytes());
    json!({"protected": p, "payload": b, "signature": B64.encode(sig.to_bytes())})
}
