mod revocation;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use arc_swap::ArcSwap;
use rustls::client::ResolvesClientCert;
use rustls::pki_types::CertificateDer;
use rustls::sign::CertifiedKey;
use rustls::SignatureScheme;
use x509_parser::prelude::*;

pub use revocation::Revocation;

#[derive(Debug)]
struct Current {
    key: Arc<CertifiedKey>,
    stamp: (SystemTime, SystemTime),
}

#[derive(Debug)]
pub struct WatchingResolver {
    cert: PathBuf,
    key: PathBuf,
    current: ArcSwap<Current>,
}

fn mtime(p: &Path) -> SystemTime {
    std::fs::metadata(p).and_then(|m| m.modified()).unwrap_or(UNIX_EPOCH)
}

fn load(cert: &Path, key: &Path) -> std::io::Result<Current> {
    let chain: Vec<CertificateDer<'static>> =
        rustls_pemfile::certs(&mut std::io::BufReader::new(std::fs::File::open(cert)?)).collect::<Result<_, _>>()?;
    let pk = rustls_pemfile::private_key(&mut std::io::BufReader::new(std::fs::File::open(key)?))?
        .ok_or_else(|| std::io::Error::other("no private key in file"))?;
    let signer = rustls::crypto::ring::sign::any_supported_type(&pk).map_err(std::io::Error::other)?;
    if let Some(leaf) = chain.first() {
        if let Ok((_, c)) = X509Certificate::from_der(leaf.as_ref()) {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() as i64;
            let left = c.validity().not_after.timestamp() - now;
            if left < 72 * 3600 {
                log::warn!("client certificate {} expires in {} h", c.subject(), left / 3600);
            }
        }
    }
    Ok(Current { key: Arc::new(CertifiedKey::new(chain, signer)), stamp: (mtime(cert), mtime(key)) })
}

impl WatchingResolver {
    pub fn new(cert: impl Into<PathBuf>, key: impl Into<PathBuf>) -> std::io::Result<Self> {
        let (cert, key) = (cert.into(), key.into());
        let first = load(&cert, &key)?;
        Ok(Self { cert, key, current: ArcSwap::from_pointee(first) })
    }

    fn reload_if_needed(&self) {
        let stamp = (mtime(&self.cert), mtime(&self.key));
        if self.current.load().stamp == stamp {
            return;
        }
        match load(&self.cert, &self.key) {
            Ok(c) => self.current.store(Arc::new(c)),
            Err(e) => log::error!("reloading client certificate failed, keeping the old one: {e}"),
        }
    }

    /// Checks the current leaf against its own issuer's CRL.
    pub fn check_revocation(&self) -> Revocation {
        let cur = self.current.load();
        match cur.key.cert.first() {
            Some(leaf) => revocation::check(leaf),
            None => Revocation::Unknown,
        }
    }
}

impl ResolvesClientCert for WatchingResolver {
    fn resolve(&self, _hints: &[&[u8]], _schemes: &[SignatureScheme]) -> Option<Arc<CertifiedKey>> {
        self.reload_if_needed();
        Some(self.current.load().key.clone())
    }

    fn has_certs(&self) -> bool {
        true
    }
}
