use bytes::Bytes;
use http::{header, HeaderValue, Request, Response, StatusCode};
use http_body_util::Full;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use tower_http::validate_request::ValidateRequest;

use crate::negotiate::{best_language, unauthorized_body};

/// Id of the key that authenticated a request (request extension).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyId(pub String);

#[derive(Clone)]
pub struct BearerKeys {
    keys: Vec<(String, [u8; 32])>,
    realm: String,
}

impl BearerKeys {
    pub fn from_hashes<I, S, H>(items: I) -> Result<Self, hex::FromHexError>
    where
        I: IntoIterator<Item = (S, H)>,
        S: Into<String>,
        H: AsRef<str>,
    {
        let mut keys = Vec::new();
        for (id, h) in items {
            let mut digest = [0u8; 32];
            hex::decode_to_slice(h.as_ref(), &mut digest)?;
            keys.push((id.into(), digest));
        }
        Ok(BearerKeys { keys, realm: "api".into() })
    }

    pub fn realm(mut self, realm: impl Into<String>) -> Self {
        self.realm = realm.into();
        self
    }

    fn lookup(&self, token: &str) -> Option<&str> {
        let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        let mut found = None;
        for (id, h) in &self.keys {
            if bool::from(h.ct_eq(&digest)) {
                found = Some(id.as_str());
            }
        }
        found
    }

    fn reject<B>(&self, req: &Request<B>) -> Response<Full<Bytes>> {
        let lang = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(best_language)
            .unwrap_or("en");
        let mut res = Response::new(Full::new(Bytes::from(unauthorized_body(lang))));
        *res.status_mut() = StatusCode::UNAUTHORIZED;
        let challenge = format!("Bearer realm=\"{}\"", self.realm);
        res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_str(&challenge).unwrap());
        res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        res.headers_mut().insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang));
        res
    }
}

impl<B> ValidateRequest<B> for BearerKeys {
    type ResponseBody = Full<Bytes>;

    fn validate(&mut self, request: &mut Request<B>) -> Result<(), Response<Self::ResponseBody>> {
        let token = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        let Some(token) = token else {
            return Err(self.reject(request));
        };
        let id = match self.lookup(token) {
            Some(id) => id.to_owned(),
            None => match crate::rotation::accept(token) {
                Some(id) => id,
                None => return Err(self.reject(request)),
            },
        };
        request.extensions_mut().insert(KeyId(id));
        Ok(())
    }
}
