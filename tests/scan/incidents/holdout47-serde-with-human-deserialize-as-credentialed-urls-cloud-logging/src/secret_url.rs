//! URLs with credentials (`postgres://app:EXAMPLE@db/app`). The password is
//! kept in the `Url` for the program to use, but `redacted` and the
//! `SerializeAs` impl replace it with `***`.

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::Serializer;
use serde_with::{DeserializeAs, SerializeAs};
use url::Url;

use crate::sink;

pub struct SecretUrl;

pub fn redacted(u: &Url) -> String {
    let mut c = u.clone();
    if c.password().is_some() {
        let _ = c.set_password(Some("***"));
    }
    c.to_string()
}

impl<'de> DeserializeAs<'de, Url> for SecretUrl {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<Url, D::Error> {
        let raw = String::deserialize(d)?;
        let url = Url::parse(raw.trim()).map_err(|e| D::Error::custom(format!("invalid URL: {}", e)))?;
        if url.password().is_some() {
            sink::credentialed(&url);
        }
        Ok(url)
    }
}

impl SerializeAs<Url> for SecretUrl {
    fn serialize_as<S: Serializer>(v: &Url, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&redacted(v))
    }
}
