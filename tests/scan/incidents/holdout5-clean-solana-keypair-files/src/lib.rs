//! Solana keypair files.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use argon2::Argon2;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use ed25519_dalek::{Signer, SigningKey};
use rand_core::{OsRng, RngCore};
use zeroize::{Zeroize, Zeroizing};

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    Format(String),
    Decrypt,
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "{e}"),
            Error::Format(m) => write!(f, "invalid keypair file: {m}"),
            Error::Decrypt => f.write_str("wrong passphrase or corrupted file"),
        }
    }
}

impl std::error::Error for Error {}

/// Where the Solana CLI keeps the default keypair. Only computes the path.
pub fn default_path() -> Result<PathBuf, Error> {
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).ok_or_else(|| Error::Format("no home directory".into()))?;
    Ok(PathBuf::from(home).join(".config").join("solana").join("id.json"))
}

pub struct Keypair {
    key: SigningKey,
}

impl Keypair {
    pub fn generate() -> Keypair {
        Keypair { key: SigningKey::generate(&mut OsRng) }
    }

    /// Parses the CLI format: a JSON array of 64 numbers (secret seed then public key).
    pub fn from_json(s: &str) -> Result<Keypair, Error> {
        let v: Zeroizing<Vec<u8>> = Zeroizing::new(serde_json::from_str(s).map_err(|e| Error::Format(e.to_string()))?);
        if v.len() != 64 {
            return Err(Error::Format(format!("expected 64 bytes, found {}", v.len())));
        }
        let mut seed = [0u8; 32];
        seed.copy_from_slice(&v[..32]);
        let key = SigningKey::from_bytes(&seed);
        seed.zeroize();
        if key.verifying_key().as_bytes() != &v[32..] {
            return Err(Error::Format("public half does not match the secret".into()));
        }
        Ok(Keypair { key })
    }

    pub fn read(path: &Path) -> Result<Keypair, Error> {
        let s = Zeroizing::new(fs::read_to_string(path)?);
        Self::from_json(&s)
    }

    pub fn to_json(&self) -> Zeroizing<String> {
        let mut bytes = Zeroizing::new(self.key.to_keypair_bytes().to_vec());
        let s = serde_json::to_string(&*bytes).expect("serialising bytes");
        bytes.zeroize();
        Zeroizing::new(s)
    }

    /// Writes the keypair file with owner-only permissions; refuses to overwrite.
    pub fn write_new(&self, path: &Path) -> Result<(), Error> {
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        use std::io::Write;
        opts.open(path)?.write_all(self.to_json().as_bytes())?;
        Ok(())
    }

    pub fn pubkey_base58(&self) -> String {
        bs58::encode(self.key.verifying_key().as_bytes()).into_string()
    }

    pub fn sign(&self, msg: &[u8]) -> [u8; 64] {
        self.key.sign(msg).to_bytes()
    }

    /// `solkey1` || salt(16) || nonce(12) || ciphertext, key = Argon2id(passphrase, salt).
    pub fn export_encrypted(&self, passphrase: &[u8]) -> Result<Vec<u8>, Error> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 12];
        OsRng.fill_bytes(&mut salt);
        OsRng.fill_bytes(&mut nonce);
        let mut k = Zeroizing::new([0u8; 32]);
        Argon2::default().hash_password_into(passphrase, &salt, &mut *k).map_err(|e| Error::Format(e.to_string()))?;
        let cipher = ChaCha20Poly1305::new((&*k).into());
        let ct = cipher.encrypt(Nonce::from_slice(&nonce), self.key.to_keypair_bytes().as_slice()).map_err(|_| Error::Decrypt)?;
        let mut out = b"solkey1".to_vec();
        out.extend_from_slice(&salt);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    pub fn import_encrypted(blob: &[u8], passphrase: &[u8]) -> Result<Keypair, Error> {
        let rest = blob.strip_prefix(b"solkey1").ok_or_else(|| Error::Format("not a solkey1 blob".into()))?;
        if rest.len() < 28 + 16 {
            return Err(Error::Format("truncated".into()));
        }
        let (salt, rest) = rest.split_at(16);
        let (nonce, ct) = rest.split_at(12);
        let mut k = Zeroizing::new([0u8; 32]);
        Argon2::default().hash_password_into(passphrase, salt, &mut *k).map_err(|e| Error::Format(e.to_string()))?;
        let pt = Zeroizing::new(ChaCha20Poly1305::new((&*k).into()).decrypt(Nonce::from_slice(nonce), ct).map_err(|_| Error::Decrypt)?);
        let arr: [u8; 64] = pt.as_slice().try_into().map_err(|_| Error::Format("bad length".into()))?;
        let key = SigningKey::from_keypair_bytes(&arr).map_err(|e| Error::Format(e.to_string()))?;
        Ok(Keypair { key })
    }
}
