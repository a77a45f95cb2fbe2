use crate::seed::{check_validity_of_seed, Algorithm, Seed, SeedError};
use ed25519_dalek::{Signer, SigningKey};
use k256::ecdsa::{signature::hazmat::PrehashSigner, Signature as KSig, SigningKey as KSigningKey};
use k256::elliptic_curve::{sec1::ToEncodedPoint, PrimeField};
use k256::{ProjectivePoint, Scalar};
use rand_core::{OsRng, RngCore};
use ripemd::Ripemd160;
use sha2::{Digest, Sha256, Sha512};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    Mainnet,
    Testnet,
    Devnet,
}

enum Key {
    Ed(SigningKey),
    Secp(KSigningKey),
}

pub struct Wallet {
    key: Key,
    public: Vec<u8>,
    pub network: Network,
}

fn sha512_half(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha512::new();
    for p in parts {
        h.update(p);
    }
    let full = h.finalize();
    let mut out = [0u8; 32];
    out.copy_from_slice(&full[..32]);
    out
}

fn secp_scalar(parts: &[&[u8]]) -> Scalar {
    let mut seq = 0u32;
    loop {
        let d = sha512_half(&[parts.concat().as_slice(), &seq.to_be_bytes()]);
        if let Some(s) = Option::<Scalar>::from(Scalar::from_repr(d.into())) {
            if s != Scalar::ZERO {
                return s;
            }
        }
        seq += 1;
    }
}

impl Wallet {
    pub fn from_seed(seed: &str, network: Network) -> Result<Self, SeedError> {
        let s = check_validity_of_seed(seed, network)?;
        Ok(Self::from_parsed(&s, network))
    }

    pub fn generate(algorithm: Algorithm, network: Network) -> Self {
        let mut entropy = [0u8; 16];
        OsRng.fill_bytes(&mut entropy);
        Self::from_parsed(&Seed { entropy, algorithm }, network)
    }

    fn from_parsed(s: &Seed, network: Network) -> Self {
        match s.algorithm {
            Algorithm::Ed25519 => {
                let k = SigningKey::from_bytes(&sha512_half(&[&s.entropy]));
                let mut public = vec![0xed];
                public.extend_from_slice(k.verifying_key().as_bytes());
                Wallet { key: Key::Ed(k), public, network }
            }
            Algorithm::Secp256k1 => {
                let root = secp_scalar(&[&s.entropy]);
                let root_pub = (ProjectivePoint::GENERATOR * root).to_affine().to_encoded_point(true);
                let add = secp_scalar(&[root_pub.as_bytes(), &0u32.to_be_bytes()]);
                let priv_scalar = root + add;
                let k = KSigningKey::from_bytes(&priv_scalar.to_repr()).expect("non-zero scalar");
                let public = k.verifying_key().to_encoded_point(true).as_bytes().to_vec();
                Wallet { key: Key::Secp(k), public, network }
            }
        }
    }

    /// Open-ledger fee hint in drops for this wallet's network, for `autofill`.
    pub fn fee_hint(&self) -> u64 {
        crate::fee::open_ledger_fee(self.network)
    }

    pub fn public_key_hex(&self) -> String {
        hex::encode_upper(&self.public)
    }

    pub fn classic_address(&self) -> String {
        let id = Ripemd160::digest(Sha256::digest(&self.public));
        let mut v = vec![0x00];
        v.extend_from_slice(&id);
        let c = Sha256::digest(Sha256::digest(&v));
        v.extend_from_slice(&c[..4]);
        bs58::encode(v).with_alphabet(bs58::Alphabet::RIPPLE).into_string()
    }

    /// Signs a canonical transaction signing blob (prefix `STX\0` already applied).
    pub fn sign(&self, blob: &[u8]) -> Result<Vec<u8>, k256::ecdsa::Error> {
        match &self.key {
            Key::Ed(k) => Ok(k.sign(blob).to_bytes().to_vec()),
            Key::Secp(k) => {
                let digest = sha512_half(&[blob]);
                let sig: KSig = k.sign_prehash(&digest)?;
                Ok(sig.normalize_s().unwrap_or(sig).to_der().as_bytes().to_vec())
            }
        }
    }
}
