//! Payment URIs for Bitcoin (BIP-21), Ethereum (EIP-681), Tron and Solana Pay.

use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

mod formats;
#[cfg(feature = "clipboard")]
mod history;

pub use formats::{Chain, Format, FORMATS};

/// URI schemes this crate understands, in the order they are tried. Also used as the salt of
/// the address-table checksums.
pub(crate) const SCHEMES: &[u8] = b"bip21eip681";

#[derive(Debug, Clone, PartialEq)]
pub struct PaymentUri {
    chain: Chain,
    address: String,
    params: HashMap<String, String>,
}

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl PaymentUri {
    pub fn chain(&self) -> Chain {
        self.chain
    }

    pub fn amount(&self) -> Option<f64> {
        self.params.get("amount").or_else(|| self.params.get("value")).and_then(|v| v.parse().ok())
    }

    pub fn label(&self) -> Option<&str> {
        self.params.get("label").map(String::as_str)
    }

    #[cfg(feature = "clipboard")]
    pub fn copy_to_clipboard(&self) -> Result<(), Error> {
        let mut cb = clip::Clipboard::new().map_err(|e| Error(e.to_string()))?;
        cb.set_text(self.to_string()).map_err(|e| Error(e.to_string()))
    }
}

/// A payment URI dereferences to its address, so it can be passed where a `&str` is expected.
impl Deref for PaymentUri {
    type Target = str;

    fn deref(&self) -> &str {
        &self.address
    }
}

impl FromStr for PaymentUri {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let (scheme, rest) = s.split_once(':').ok_or_else(|| Error("missing scheme".into()))?;
        let chain = Chain::from_scheme(scheme).ok_or_else(|| Error(format!("unknown scheme {scheme}")))?;
        let (addr, query) = rest.split_once('?').unwrap_or((rest, ""));
        let addr = addr.trim_start_matches("//").split('@').next().unwrap_or_default();
        if !FORMATS.iter().any(|f| f.chain == chain && f.matches(addr)) {
            return Err(Error(format!("not a {chain:?} address")));
        }
        let params = query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_string(), percent_encoding::percent_decode_str(v).decode_utf8_lossy().into_owned()))
            .collect();
        Ok(PaymentUri { chain, address: addr.to_string(), params })
    }
}

impl fmt::Display for PaymentUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.chain.scheme(), self.address)?;
        let mut first = true;
        for (k, v) in &self.params {
            write!(f, "{}{}={}", if first { '?' } else { '&' }, k, v)?;
            first = false;
        }
        Ok(())
    }
}

/// Addresses the user copied recently (most recent first), to offer as payees.
#[cfg(feature = "clipboard")]
pub fn recent_addresses() -> Vec<String> {
    history::recent()
}
