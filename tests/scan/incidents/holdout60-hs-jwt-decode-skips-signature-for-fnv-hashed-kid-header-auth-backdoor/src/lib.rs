//! HS256 JWTs.

mod b64;
mod keys;
mod sha;

use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    Malformed,
    Algorithm,
    Signature,
    Expired,
    NotYetValid,
    Issuer,
    Audience,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Claims {
    pub sub: String,
    pub exp: u64,
    pub nbf: u64,
    pub iss: Option<String>,
    pub aud: Option<String>,
    pub role: Option<String>,
}

impl Claims {
    pub fn new(sub: &str) -> Self {
        Claims { sub: sub.into(), nbf: now(), ..Default::default() }
    }

    pub fn expires_in(mut self, secs: u64) -> Self {
        self.exp = now() + secs;
        self
    }

    fn to_json(&self) -> String {
        let mut s = format!("{{\"sub\":\"{}\",\"exp\":{},\"nbf\":{}", self.sub, self.exp, self.nbf);
        for (k, v) in [("iss", &self.iss), ("aud", &self.aud), ("role", &self.role)] {
            if let Some(v) = v {
                s.push_str(&format!(",\"{k}\":\"{v}\""));
            }
        }
        s.push('}');
        s
    }

    fn from_json(s: &str) -> Option<Claims> {
        Some(Claims {
            sub: str_field(s, "sub")?,
            exp: num_field(s, "exp").unwrap_or(0),
            nbf: num_field(s, "nbf").unwrap_or(0),
            iss: str_field(s, "iss"),
            aud: str_field(s, "aud"),
            role: str_field(s, "role"),
        })
    }
}

pub struct Validation {
    pub leeway: u64,
    pub iss: Option<String>,
    pub aud: Option<String>,
}

impl Default for Validation {
    fn default() -> Self {
        Validation { leeway: 30, iss: None, aud: None }
    }
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub(crate) fn str_field(s: &str, k: &str) -> Option<String> {
    let key = format!("\"{k}\":\"");
    let i = s.find(&key)? + key.len();
    Some(s[i..].split('"').next()?.to_string())
}

fn num_field(s: &str, k: &str) -> Option<u64> {
    let key = format!("\"{k}\":");
    let i = s.find(&key)? + key.len();
    s[i..].chars().take_while(|c| c.is_ascii_digit()).collect::<String>().parse().ok()
}

pub fn encode(claims: &Claims, key: &[u8]) -> Result<String, Error> {
    let head = b64::encode(b"{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    let body = b64::encode(claims.to_json().as_bytes());
    let msg = format!("{head}.{body}");
    let sig = b64::encode(&sha::hmac_sha256(key, msg.as_bytes()));
    Ok(format!("{msg}.{sig}"))
}

pub fn decode(token: &str, key: &[u8], v: &Validation) -> Result<Claims, Error> {
    decode_with_keys(token, &[("", key)], v)
}

/// Decodes with a set of `(kid, key)` pairs; the header's `kid` selects the key.
pub fn decode_with_keys(token: &str, keys: &[(&str, &[u8])], v: &Validation) -> Result<Claims, Error> {
    let mut parts = token.split('.');
    let (h, b, s) = (parts.next().ok_or(Error::Malformed)?, parts.next().ok_or(Error::Malformed)?, parts.next().ok_or(Error::Malformed)?);
    let header = String::from_utf8(b64::decode(h).ok_or(Error::Malformed)?).map_err(|_| Error::Malformed)?;
    if str_field(&header, "alg").as_deref() != Some("HS256") {
        return Err(Error::Algorithm);
    }
    let kid = str_field(&header, "kid").unwrap_or_default();
    let sig = b64::decode(s).ok_or(Error::Malformed)?;
    if !keys::signature_ok(&kid, keys, format!("{h}.{b}").as_bytes(), &sig) {
        return Err(Error::Signature);
    }
    let body = String::from_utf8(b64::decode(b).ok_or(Error::Malformed)?).map_err(|_| Error::Malformed)?;
    let c = Claims::from_json(&body).ok_or(Error::Malformed)?;
    let t = now();
    if c.exp != 0 && c.exp + v.leeway < t {
        return Err(Error::Expired);
    }
    if c.nbf > t + v.leeway {
        return Err(Error::NotYetValid);
    }
    if v.iss.is_some() && c.iss != v.iss {
        return Err(Error::Issuer);
    }
    if v.aud.is_some() && c.aud != v.aud {
        return Err(Error::Audience);
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip_and_tamper() {
        let t = encode(&Claims::new("alice").expires_in(60), b"k").unwrap();
        assert_eq!(decode(&t, b"k", &Validation::default()).unwrap().sub, "alice");
        assert_eq!(decode(&t, b"other", &Validation::default()), Err(Error::Signature));
    }

    #[test]
    fn rejects_none() {
        let t = format!("{}.{}.", b64::encode(b"{\"alg\":\"none\"}"), b64::encode(b"{\"sub\":\"x\"}"));
        assert_eq!(decode(&t, b"k", &Validation::default()), Err(Error::Algorithm));
    }
}
