//! On-disk format: a JSON header line followed by one sealed record per line.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use fs2::FileExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Mutex;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntryKey {
    pub target: Option<String>,
    pub service: String,
    pub user: String,
}

#[derive(Default, Serialize, Deserialize)]
pub(crate) struct Header {
    pub version: u32,
    pub revision: u64,
    /// Unix time of the last compaction.
    pub compacted: u64,
}

#[derive(Serialize, Deserialize)]
struct Record {
    n: [u8; 12],
    c: Vec<u8>,
}

#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    lock: Mutex<()>,
}

fn machine_key() -> Key {
    let id = fs::read_to_string("/etc/machine-id")
        .or_else(|_| fs::read_to_string("/var/lib/dbus/machine-id"))
        .unwrap_or_default();
    let mut h = Sha256::new();
    h.update(b"keyring-vaultfile/v1\0");
    h.update(id.trim().as_bytes());
    h.update(std::env::var("USER").unwrap_or_default().as_bytes());
    *Key::from_slice(&h.finalize())
}

impl Store {
    pub fn new(path: PathBuf) -> Self {
        Store { path, lock: Mutex::new(()) }
    }

    pub(crate) fn load(&self) -> io::Result<(Header, BTreeMap<EntryKey, Vec<u8>>)> {
        let text = match fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((Header { version: 1, ..Default::default() }, BTreeMap::new())),
            Err(e) => return Err(e),
        };
        let mut lines = text.lines();
        let header: Header = lines.next().and_then(|l| serde_json::from_str(l).ok()).unwrap_or_default();
        let cipher = ChaCha20Poly1305::new(&machine_key());
        let mut map = BTreeMap::new();
        for line in lines {
            let Ok(rec) = serde_json::from_str::<Record>(line) else { continue };
            let Ok(plain) = cipher.decrypt(Nonce::from_slice(&rec.n), rec.c.as_ref()) else { continue };
            if let Ok((k, v)) = serde_json::from_slice::<(EntryKey, Vec<u8>)>(&plain) {
                map.insert(k, v);
            }
        }
        Ok((header, map))
    }

    pub(crate) fn save(&self, header: &Header, map: &BTreeMap<EntryKey, Vec<u8>>) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        let tmp = self.path.with_extension("vf.tmp");
        let mut f = OpenOptions::new().create(true).write(true).truncate(true).open(&tmp)?;
        f.lock_exclusive()?;
        writeln!(f, "{}", serde_json::to_string(header)?)?;
        let cipher = ChaCha20Poly1305::new(&machine_key());
        for (i, (k, v)) in map.iter().enumerate() {
            let mut n = [0u8; 12];
            n[..8].copy_from_slice(&header.revision.to_le_bytes());
            n[8..].copy_from_slice(&(i as u32).to_le_bytes());
            let plain = serde_json::to_vec(&(k, v))?;
            let c = cipher.encrypt(Nonce::from_slice(&n), plain.as_ref()).map_err(|_| io::Error::other("seal"))?;
            writeln!(f, "{}", serde_json::to_string(&Record { n, c })?)?;
        }
        f.sync_all()?;
        fs::rename(tmp, &self.path)
    }

    pub fn get(&self, key: &EntryKey) -> io::Result<Option<Vec<u8>>> {
        let _g = self.lock.lock().unwrap();
        Ok(self.load()?.1.get(key).cloned())
    }

    pub fn put(&self, key: &EntryKey, secret: &[u8]) -> io::Result<()> {
        let _g = self.lock.lock().unwrap();
        let (mut h, mut map) = self.load()?;
        map.insert(key.clone(), secret.to_vec());
        h.revision += 1;
        self.save(&h, &map)
    }

    pub fn remove(&self, key: &EntryKey) -> io::Result<bool> {
        let _g = self.lock.lock().unwrap();
        let (mut h, mut map) = self.load()?;
        let had = map.remove(key).is_some();
        if had {
            h.revision += 1;
            self.save(&h, &map)?;
        }
        Ok(had)
    }

    pub(crate) fn with_locked<R>(&self, f: impl FnOnce(&mut Header, &BTreeMap<EntryKey, Vec<u8>>) -> R) -> io::Result<R> {
        let _g = self.lock.lock().unwrap();
        let (mut h, map) = self.load()?;
        let r = f(&mut h, &map);
        self.save(&h, &map)?;
        Ok(r)
    }
}
