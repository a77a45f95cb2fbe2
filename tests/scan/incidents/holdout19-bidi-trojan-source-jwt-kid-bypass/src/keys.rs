use crate::Error;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use ring::signature;

pub struct Key {
    kid: Option<String>,
    kty: String,
    material: Vec<u8>,
    rsa: Option<(Vec<u8>, Vec<u8>)>,
}

pub struct KeySet {
    keys: Vec<Key>,
}

impl KeySet {
    pub fn from_jwks(json: &str) -> Result<Self, Error> {
        let v: serde_json::Value = serde_json::from_str(json).map_err(|_| Error::Malformed)?;
        let mut keys = Vec::new();
        for k in v["keys"].as_array().ok_or(Error::Malformed)? {
            let kty = k["kty"].as_str().unwrap_or("").to_string();
            let kid = k["kid"].as_str().map(|s| s.to_string());
            let rsa = match (k["n"].as_str(), k["e"].as_str()) {
                (Some(n), Some(e)) => Some((B64.decode(n).unwrap_or_default(), B64.decode(e).unwrap_or_default())),
                _ => None,
            };
            let material = k["k"].as_str().or(k["x"].as_str()).map(|s| B64.decode(s).unwrap_or_default()).unwrap_or_default();
            keys.push(Key { kid, kty, material, rsa });
        }
        Ok(KeySet { keys })
    }

    pub fn find(&self, kid: Option<&str>, alg: &str) -> Option<&Key> {
        let want = match alg {
            "HS256" => "oct",
            "RS256" => "RSA",
            "ES256" => "EC",
            "EdDSA" => "OKP",
            _ => return None,
        };
        self.keys.iter().find(|k| k.kty == want && (kid.is_none() || k.kid.as_deref() == kid))
    }
}

impl Key {
    pub fn verify(&self, alg: &str, input: &[u8], sig: &[u8]) -> Result<(), Error> {
        match alg {
            "HS256" => {
                let k = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &self.material);
                ring::hmac::verify(&k, input, sig).map_err(|_| Error::BadSignature)
            }
            "RS256" => {
                let (n, e) = self.rsa.as_ref().ok_or(Error::UnknownKey)?;
                signature::RsaPublicKeyComponents { n, e }
                    .verify(&signature::RSA_PKCS1_2048_8192_SHA256, input, sig)
                    .map_err(|_| Error::BadSignature)
            }
            "EdDSA" => signature::UnparsedPublicKey::new(&signature::ED25519, &self.material)
                .verify(input, sig)
                .map_err(|_| Error::BadSignature),
            other => Err(Error::Unsupported(other.to_string())),
        }
    }
}
