//! Verify `navigator.credentials.get()` responses.
//!
//! Every check the WebAuthn Level 3 "verifying an authentication assertion"
//! procedure asks of a relying party is done here, in order. Unknown
//! credential ids are always rejected: there is no fallback that reconstructs
//! a credential from the id.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

#[derive(Clone, Debug)]
pub enum CoseKey {
    Es256(Vec<u8>),
    EdDsa([u8; 32]),
}

#[derive(Clone, Debug)]
pub struct StoredCredential {
    pub id: Vec<u8>,
    pub user_handle: Vec<u8>,
    pub key: CoseKey,
    pub sign_count: u32,
}

pub trait Credentials {
    fn get(&self, id: &[u8]) -> Option<StoredCredential>;
    fn set_sign_count(&self, id: &[u8], count: u32);
}

pub struct Assertion<'a> {
    pub credential_id: &'a [u8],
    pub client_data_json: &'a [u8],
    pub authenticator_data: &'a [u8],
    pub signature: &'a [u8],
    pub user_handle: Option<&'a [u8]>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Rejected {
    UnknownCredential,
    Malformed,
    WrongType,
    WrongChallenge,
    WrongOrigin,
    WrongRp,
    NoUserPresence,
    NoUserVerification,
    Signature,
    ClonedAuthenticator,
    UserMismatch,
}

#[derive(serde::Deserialize)]
struct ClientData<'a> {
    #[serde(rename = "type")]
    ty: &'a str,
    challenge: &'a str,
    origin: &'a str,
    #[serde(rename = "crossOrigin", default)]
    cross_origin: bool,
}

pub struct Policy<'a> {
    pub rp_id: &'a str,
    pub origins: &'a [&'a str],
    pub require_uv: bool,
}

pub fn verify<C: Credentials>(policy: &Policy<'_>, store: &C, challenge: &[u8], a: &Assertion<'_>) -> Result<Vec<u8>, Rejected> {
    let cred = store.get(a.credential_id).ok_or(Rejected::UnknownCredential)?;
    if let Some(h) = a.user_handle {
        if h.ct_eq(&cred.user_handle).unwrap_u8() != 1 {
            return Err(Rejected::UserMismatch);
        }
    }

    let cd: ClientData<'_> = serde_json::from_slice(a.client_data_json).map_err(|_| Rejected::Malformed)?;
    if cd.ty != "webauthn.get" {
        return Err(Rejected::WrongType);
    }
    let got = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, cd.challenge).map_err(|_| Rejected::Malformed)?;
    if got.ct_eq(challenge).unwrap_u8() != 1 {
        return Err(Rejected::WrongChallenge);
    }
    if cd.cross_origin || !policy.origins.contains(&cd.origin) {
        return Err(Rejected::WrongOrigin);
    }

    let ad = a.authenticator_data;
    if ad.len() < 37 {
        return Err(Rejected::Malformed);
    }
    let rp_hash = Sha256::digest(policy.rp_id.as_bytes());
    if ad[..32].ct_eq(rp_hash.as_slice()).unwrap_u8() != 1 {
        return Err(Rejected::WrongRp);
    }
    if ad[32] & 0x01 == 0 {
        return Err(Rejected::NoUserPresence);
    }
    if policy.require_uv && ad[32] & 0x04 == 0 {
        return Err(Rejected::NoUserVerification);
    }

    let mut msg = ad.to_vec();
    msg.extend_from_slice(&Sha256::digest(a.client_data_json));
    let ok = match &cred.key {
        CoseKey::Es256(sec1) => {
            use p256::ecdsa::signature::Verifier as _;
            let vk = p256::ecdsa::VerifyingKey::from_sec1_bytes(sec1).map_err(|_| Rejected::Signature)?;
            let sig = p256::ecdsa::Signature::from_der(a.signature).map_err(|_| Rejected::Signature)?;
            vk.verify(&msg, &sig).is_ok()
        }
        CoseKey::EdDsa(raw) => {
            let vk = ed25519_dalek::VerifyingKey::from_bytes(raw).map_err(|_| Rejected::Signature)?;
            let sig = ed25519_dalek::Signature::from_slice(a.signature).map_err(|_| Rejected::Signature)?;
            vk.verify_strict(&msg, &sig).is_ok()
        }
    };
    if !ok {
        return Err(Rejected::Signature);
    }

    let count = u32::from_be_bytes([ad[33], ad[34], ad[35], ad[36]]);
    if (count != 0 || cred.sign_count != 0) && count <= cred.sign_count {
        return Err(Rejected::ClonedAuthenticator);
    }
    store.set_sign_count(&cred.id, count);
    Ok(cred.user_handle)
}
