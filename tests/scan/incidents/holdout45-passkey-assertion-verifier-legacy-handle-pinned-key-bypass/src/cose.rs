//! COSE public keys as stored at registration.

#[derive(Clone, Debug)]
pub enum PublicKey {
    /// alg -7, uncompressed SEC1 point
    Es256(Vec<u8>),
    /// alg -8, 32-byte Ed25519 key
    EdDsa([u8; 32]),
}

#[derive(Debug)]
pub struct SignatureError;

impl PublicKey {
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
        match self {
            PublicKey::Es256(sec1) => {
                use p256::ecdsa::signature::Verifier as _;
                let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(sec1).map_err(|_| SignatureError)?;
                let sig = p256::ecdsa::Signature::from_der(signature).map_err(|_| SignatureError)?;
                key.verify(message, &sig).map_err(|_| SignatureError)
            }
            PublicKey::EdDsa(raw) => {
                let key = ed25519_dalek::VerifyingKey::from_bytes(raw).map_err(|_| SignatureError)?;
                let sig = ed25519_dalek::Signature::from_slice(signature).map_err(|_| SignatureError)?;
                key.verify_strict(message, &sig).map_err(|_| SignatureError)
            }
        }
    }
}
