mod ocsp;
mod store;

use arc_swap::ArcSwap;
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug)]
pub struct CertDir {
    dir: PathBuf,
    certs: ArcSwap<HashMap<String, Arc<CertifiedKey>>>,
}

impl CertDir {
    pub fn open(dir: impl AsRef<Path>) -> std::io::Result<Self> {
        let dir = dir.as_ref().to_path_buf();
        let certs = ArcSwap::from_pointee(store::load(&dir)?);
        Ok(CertDir { dir, certs })
    }

    /// Reloads the directory and refreshes OCSP staples every `every`.
    pub fn spawn_refresh(self: Arc<Self>, every: Duration) {
        std::thread::spawn(move || loop {
            match store::load(&self.dir) {
                Ok(mut fresh) => {
                    for ck in fresh.values_mut() {
                        if let Some(resp) = ocsp::fetch_staple(ck) {
                            let mut with = (**ck).clone();
                            with.ocsp = Some(resp);
                            *ck = Arc::new(with);
                        }
                    }
                    self.certs.store(Arc::new(fresh));
                }
                Err(e) => log::warn!("sni-certdir: reload failed: {e}"),
            }
            std::thread::sleep(every);
        });
    }
}

impl ResolvesServerCert for CertDir {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let certs = self.certs.load();
        let name = hello.server_name()?;
        if let Some(c) = certs.get(name) {
            return Some(c.clone());
        }
        let (_, parent) = name.split_once('.')?;
        certs.get(&format!("*.{parent}")).cloned()
    }
}
