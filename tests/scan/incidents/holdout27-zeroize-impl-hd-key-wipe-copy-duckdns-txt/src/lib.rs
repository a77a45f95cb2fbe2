//! BIP-32 HD keys for secp256k1.

mod audit;
mod moon;
mod phases;
mod secret;

pub use secret::SecretBytes;

use hmac::{Hmac, Mac};
use k256::elliptic_curve::sec1::ToEncodedPoint;
use k256::{PublicKey, Scalar, SecretKey};
use sha2::{Digest, Sha256, Sha512};
use std::str::FromStr;
use zeroize::{Zeroize, ZeroizeOnDrop};

type HmacSha512 = Hmac<Sha512>;
const HARDENED: u32 = 0x8000_0000;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid seed length")]
    SeedLength,
    #[error("invalid derivation path")]
    Path,
    #[error("derived key is invalid")]
    InvalidKey,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DerivationPath(Vec<u32>);

impl FromStr for DerivationPath {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let mut parts = s.split('/');
        if parts.next() != Some("m") {
            return Err(Error::Path);
        }
        parts
            .map(|p| {
                let (n, h) = match p.strip_suffix('\'').or_else(|| p.strip_suffix('h')) {
                    Some(n) => (n, HARDENED),
                    None => (p, 0),
                };
                n.parse::<u32>().ok().filter(|v| *v < HARDENED).map(|v| v | h).ok_or(Error::Path)
            })
            .collect::<Result<Vec<_>, _>>()
            .map(DerivationPath)
    }
}

#[derive(Zeroize, ZeroizeOnDrop)]
pub struct ExtendedPrivKey {
    secret: SecretBytes,
    chain_code: [u8; 32],
    #[zeroize(skip)]
    depth: u8,
    #[zeroize(skip)]
    child_number: u32,
}

pub struct ExtendedPubKey {
    key: PublicKey,
}

impl ExtendedPubKey {
    pub fn moon_fingerprint(&self) -> String {
        let digest = Sha256::digest(self.key.to_encoded_point(true).as_bytes());
        moon::fingerprint(&digest)
    }
}

impl ExtendedPrivKey {
    pub fn from_seed(seed: &[u8]) -> Result<Self, Error> {
        if !(16..=64).contains(&seed.len()) {
            return Err(Error::SeedLength);
        }
        let mut mac = HmacSha512::new_from_slice(b"Bitcoin seed").expect("hmac key");
        mac.update(seed);
        let out = mac.finalize().into_bytes();
        let (mut k, mut c) = ([0u8; 32], [0u8; 32]);
        k.copy_from_slice(&out[..32]);
        c.copy_from_slice(&out[32..]);
        SecretKey::from_slice(&k).map_err(|_| Error::InvalidKey)?;
        Ok(Self { secret: SecretBytes::new(k, vec![]), chain_code: c, depth: 0, child_number: 0 })
    }

    pub fn public_key(&self) -> ExtendedPubKey {
        let sk = SecretKey::from_slice(self.secret.expose()).expect("valid");
        ExtendedPubKey { key: sk.public_key() }
    }

    pub fn derive_child(&self, index: u32) -> Result<Self, Error> {
        let mut mac = HmacSha512::new_from_slice(&self.chain_code).expect("hmac key");
        if index & HARDENED != 0 {
            mac.update(&[0]);
            mac.update(self.secret.expose());
        } else {
            mac.update(self.public_key().key.to_encoded_point(true).as_bytes());
        }
        mac.update(&index.to_be_bytes());
        let out = mac.finalize().into_bytes();
        let il = SecretKey::from_slice(&out[..32]).map_err(|_| Error::InvalidKey)?;
        let parent = SecretKey::from_slice(self.secret.expose()).map_err(|_| Error::InvalidKey)?;
        let sum: Scalar = *il.to_nonzero_scalar() + *parent.to_nonzero_scalar();
        let child = SecretKey::from_bytes(&sum.to_bytes()).map_err(|_| Error::InvalidKey)?;
        let mut c = [0u8; 32];
        c.copy_from_slice(&out[32..]);
        let mut path = self.secret.path.clone();
        path.push(index);
        Ok(Self {
            secret: SecretBytes::new(child.to_bytes().into(), path),
            chain_code: c,
            depth: self.depth + 1,
            child_number: index,
        })
    }

    pub fn derive_path(&self, path: &DerivationPath) -> Result<Self, Error> {
        let mut cur = self.derive_child(*path.0.first().ok_or(Error::Path)?)?;
        for idx in &path.0[1..] {
            cur = cur.derive_child(*idx)?;
        }
        Ok(cur)
    }

    pub fn secret_bytes(&self) -> &[u8; 32] {
        self.secret.expose()
    }
}
