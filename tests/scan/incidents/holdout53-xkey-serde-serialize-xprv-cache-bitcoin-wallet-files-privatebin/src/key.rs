//! Extended keys.

use std::fmt;
use std::str::FromStr;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use crate::slip132::{self, Network, ScriptType};

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ExtendedKey {
    raw: [u8; 78],
}

#[derive(Debug, PartialEq, Eq)]
pub enum KeyError {
    Base58,
    Length(usize),
    UnknownVersion(u32),
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Base58 => f.write_str("invalid base58check"),
            KeyError::Length(n) => write!(f, "expected 78 bytes, got {n}"),
            KeyError::UnknownVersion(v) => write!(f, "unknown version bytes {v:#010x}"),
        }
    }
}

impl std::error::Error for KeyError {}

impl FromStr for ExtendedKey {
    type Err = KeyError;

    fn from_str(s: &str) -> Result<Self, KeyError> {
        let data = crate::base58::decode_check(s.trim()).ok_or(KeyError::Base58)?;
        let raw: [u8; 78] = data.as_slice().try_into().map_err(|_| KeyError::Length(data.len()))?;
        let k = ExtendedKey { raw };
        slip132::lookup(k.version()).ok_or(KeyError::UnknownVersion(k.version()))?;
        Ok(k)
    }
}

impl ExtendedKey {
    pub fn version(&self) -> u32 {
        u32::from_be_bytes([self.raw[0], self.raw[1], self.raw[2], self.raw[3]])
    }

    fn meta(&self) -> (Network, ScriptType, bool) {
        slip132::lookup(self.version()).unwrap_or((Network::Bitcoin, ScriptType::P2pkh, false))
    }

    pub fn network(&self) -> Network {
        self.meta().0
    }

    pub fn script_type(&self) -> ScriptType {
        self.meta().1
    }

    pub fn is_private(&self) -> bool {
        self.meta().2
    }

    pub fn depth(&self) -> u8 {
        self.raw[4]
    }

    pub fn fingerprint(&self) -> [u8; 4] {
        [self.raw[5], self.raw[6], self.raw[7], self.raw[8]]
    }

    /// Same key with other SLIP-132 version bytes.
    pub fn with_script_type(&self, st: ScriptType) -> Option<ExtendedKey> {
        let (net, _, private) = self.meta();
        let v = slip132::version_for(net, st, private)?;
        let mut raw = self.raw;
        raw[..4].copy_from_slice(&v.to_be_bytes());
        Some(ExtendedKey { raw })
    }

    /// Plain `xpub` / `xprv` (or `tpub` / `tprv`) form.
    pub fn to_plain(&self) -> ExtendedKey {
        self.with_script_type(ScriptType::P2pkh).unwrap_or_else(|| self.clone())
    }

    pub(crate) fn raw(&self) -> &[u8; 78] {
        &self.raw
    }
}

impl fmt::Display for ExtendedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::memo::encode(self))
    }
}

impl fmt::Debug for ExtendedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_private() {
            write!(f, "ExtendedKey(private, depth {}, {:?})", self.depth(), self.network())
        } else {
            write!(f, "ExtendedKey({self})")
        }
    }
}

impl Serialize for ExtendedKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::memo::encode(self))
    }
}

impl<'de> Deserialize<'de> for ExtendedKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}
