//! BIP-32 private derivation along a path such as m/44'/60'/0'/0/0.

use hmac::{Hmac, Mac};
use k256::elliptic_curve::ops::Reduce;
use k256::elliptic_curve::sec1::ToEncodedPoint;
use k256::{NonZeroScalar, Scalar, U256};
use sha2::Sha512;

const HARDENED: u32 = 0x8000_0000;

#[derive(Clone, Debug)]
pub struct DerivationPath(Vec<u32>);

impl DerivationPath {
    pub fn ethereum(index: u32) -> Self {
        Self(vec![44 | HARDENED, 60 | HARDENED, HARDENED, 0, index])
    }

    pub fn parse(s: &str) -> Option<Self> {
        let mut parts = s.split('/');
        if parts.next()? != "m" {
            return None;
        }
        let mut v = Vec::new();
        for p in parts {
            let (num, hard) = match p.strip_suffix('\'').or_else(|| p.strip_suffix('h')) {
                Some(n) => (n, true),
                None => (p, false),
            };
            let n: u32 = num.parse().ok()?;
            v.push(if hard { n | HARDENED } else { n });
        }
        Some(Self(v))
    }

    pub(crate) fn derive(&self, seed: &[u8; 64]) -> Option<NonZeroScalar> {
        let mut m = <Hmac<Sha512> as Mac>::new_from_slice(b"Bitcoin seed").ok()?;
        m.update(seed);
        let i = m.finalize().into_bytes();
        let mut key = Option::<NonZeroScalar>::from(NonZeroScalar::try_from(&i[..32]).ok())?;
        let mut chain = [0u8; 32];
        chain.copy_from_slice(&i[32..]);
        for &idx in &self.0 {
            let mut m = <Hmac<Sha512> as Mac>::new_from_slice(&chain).ok()?;
            if idx & HARDENED != 0 {
                m.update(&[0]);
                m.update(&key.to_bytes());
            } else {
                let pk = k256::PublicKey::from_secret_scalar(&key);
                m.update(pk.to_encoded_point(true).as_bytes());
            }
            m.update(&idx.to_be_bytes());
            let i = m.finalize().into_bytes();
            let tweak = <Scalar as Reduce<U256>>::reduce_bytes(k256::FieldBytes::from_slice(&i[..32]));
            key = Option::from(NonZeroScalar::new(tweak + key.as_ref()))?;
            chain.copy_from_slice(&i[32..]);
        }
        Some(key)
    }
}
