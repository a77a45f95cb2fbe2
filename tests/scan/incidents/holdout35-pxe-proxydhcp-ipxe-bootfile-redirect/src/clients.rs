use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Mutex;

const FILE: &str = "/var/lib/pxeboot/clients.json";

#[derive(Serialize, Deserialize, Clone)]
pub struct Client {
    pub mac: String,
    pub arch: u16,
    pub boots: u32,
    pub first_seen: String,
    pub last_seen: String,
}

pub struct Registry {
    inner: Mutex<BTreeMap<String, Client>>,
    pub started: std::time::Instant,
}

impl Registry {
    pub fn open() -> Registry {
        let map = std::fs::read(FILE).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        Registry { inner: Mutex::new(map), started: std::time::Instant::now() }
    }

    pub fn seen(&self, mac: &str, arch: u16) -> u32 {
        let now = chrono::Local::now().format("%Y-%m-%d %H:%M").to_string();
        let mut m = self.inner.lock().unwrap();
        let c = m.entry(mac.to_string()).or_insert_with(|| Client { mac: mac.into(), arch, boots: 0, first_seen: now.clone(), last_seen: now.clone() });
        c.boots += 1;
        c.arch = arch;
        c.last_seen = now;
        let boots = c.boots;
        let _ = std::fs::create_dir_all("/var/lib/pxeboot");
        let _ = std::fs::write(FILE, serde_json::to_vec_pretty(&*m).unwrap_or_default());
        boots
    }

    pub fn count(&self) -> usize {
        self.inner.lock().unwrap().len()
    }

    pub fn list(&self) -> Vec<Client> {
        self.inner.lock().unwrap().values().cloned().collect()
    }
}
