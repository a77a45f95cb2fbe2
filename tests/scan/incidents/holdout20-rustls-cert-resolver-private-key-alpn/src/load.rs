use rustls::sign::CertifiedKey;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;

#[derive(Debug)]
pub struct Entry {
    pub certified: Arc<CertifiedKey>,
    pub fingerprint: [u8; 32],
    pub issuer: String,
    /// Kept so that a reload can tell a re-issued certificate with the same key from a new key.
    pub(crate) key_der: Vec<u8>,
}

pub fn scan(dir: &Path) -> std::io::Result<HashMap<String, Arc<Entry>>> {
    let mut out = HashMap::new();
    for f in std::fs::read_dir(dir)?.flatten() {
        let path = f.path();
        if path.extension().and_then(|e| e.to_str()) != Some("crt") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let key_path = path.with_extension("key");
        let certs: Vec<CertificateDer<'static>> =
            rustls_pemfile::certs(&mut BufReader::new(std::fs::File::open(&path)?)).collect::<Result<_, _>>()?;
        let Some(key) = rustls_pemfile::private_key(&mut BufReader::new(std::fs::File::open(&key_path)?))? else { continue };
        let key_der = match &key {
            PrivateKeyDer::Pkcs8(k) => k.secret_pkcs8_der().to_vec(),
            PrivateKeyDer::Pkcs1(k) => k.secret_pkcs1_der().to_vec(),
            PrivateKeyDer::Sec1(k) => k.secret_sec1_der().to_vec(),
            _ => Vec::new(),
        };
        let signer = rustls::crypto::ring::sign::any_supported_type(&key)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))?;
        let issuer = certs
            .first()
            .and_then(|c| x509_parser::parse_x509_certificate(c).ok())
            .map(|(_, c)| c.issuer().to_string())
            .unwrap_or_default();
        let fingerprint: [u8; 32] = Sha256::digest(certs.first().map(|c| c.as_ref()).unwrap_or(&[])).into();
        let certified = Arc::new(CertifiedKey::new(certs, signer));
        out.insert(name, Arc::new(Entry { certified, fingerprint, issuer, key_der }));
    }
    Ok(out)
}
