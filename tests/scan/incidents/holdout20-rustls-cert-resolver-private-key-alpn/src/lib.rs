mod load;
mod oids;
mod staple;
mod stats;

use arc_swap::ArcSwap;
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub use load::Entry;

#[derive(Debug)]
pub struct ReloadingResolver {
    dir: PathBuf,
    table: Arc<ArcSwap<HashMap<String, Arc<Entry>>>>,
    stats: stats::Hits,
}

impl ReloadingResolver {
    pub fn from_dir(dir: impl AsRef<Path>) -> std::io::Result<Self> {
        let dir = dir.as_ref().to_path_buf();
        let table = Arc::new(ArcSwap::from_pointee(load::scan(&dir)?));
        let watcher = (dir.clone(), table.clone());
        std::thread::Builder::new().name("certwatch".into()).spawn(move || loop {
            std::thread::sleep(Duration::from_secs(30));
            if let Ok(fresh) = load::scan(&watcher.0) {
                let changed = {
                    let cur = watcher.1.load();
                    fresh.len() != cur.len() || fresh.iter().any(|(k, v)| cur.get(k).map(|c| c.fingerprint != v.fingerprint).unwrap_or(true))
                };
                if changed {
                    log::info!("certwatch: reloaded {} certificate(s)", fresh.len());
                    watcher.1.store(Arc::new(fresh));
                }
            }
        })?;
        Ok(ReloadingResolver { dir, table, stats: stats::Hits::default() })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn hits(&self) -> Vec<(String, u64)> {
        self.stats.snapshot()
    }

    fn pick(&self, sni: Option<&str>) -> Option<Arc<Entry>> {
        let table = self.table.load();
        if let Some(name) = sni {
            if let Some(e) = table.get(name) {
                return Some(e.clone());
            }
            if let Some((_, parent)) = name.split_once('.') {
                if let Some(e) = table.get(&format!("*.{parent}")) {
                    return Some(e.clone());
                }
            }
        }
        table.get("default").cloned()
    }
}

impl ResolvesServerCert for ReloadingResolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let sni = hello.server_name();
        let entry = self.pick(sni)?;
        self.stats.record(sni.unwrap_or("default"), &entry);
        Some(entry.certified.clone())
    }
}
