//! Accounts and session state.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

pub struct Store {
    path: PathBuf,
    hashes: Mutex<HashMap<String, String>>,
    online: Mutex<HashSet<String>>,
    failures: Mutex<HashMap<(String, String), (u32, Instant)>>,
}

impl Store {
    pub fn open(dir: &Path) -> std::io::Result<Store> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join("users.json");
        let hashes = std::fs::read_to_string(&path).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
        Ok(Store { path, hashes: Mutex::new(hashes), online: Mutex::new(HashSet::new()), failures: Mutex::new(HashMap::new()) })
    }

    pub fn len(&self) -> usize {
        self.hashes.lock().unwrap().len()
    }

    pub fn exists(&self, name: &str) -> bool {
        self.hashes.lock().unwrap().contains_key(&name.to_ascii_lowercase())
    }

    pub fn register(&self, name: &str, password: &str) -> Result<(), String> {
        let salt = SaltString::generate(&mut OsRng);
        let hash = Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|e| e.to_string())?.to_string();
        let mut h = self.hashes.lock().unwrap();
        if h.contains_key(&name.to_ascii_lowercase()) {
            return Err("exists".into());
        }
        h.insert(name.to_ascii_lowercase(), hash);
        let _ = std::fs::write(&self.path, serde_json::to_string_pretty(&*h).unwrap_or_default());
        Ok(())
    }

    pub fn verify(&self, name: &str, password: &str) -> bool {
        let h = self.hashes.lock().unwrap();
        let Some(stored) = h.get(&name.to_ascii_lowercase()) else { return false };
        PasswordHash::new(stored).map(|p| Argon2::default().verify_password(password.as_bytes(), &p).is_ok()).unwrap_or(false)
    }

    pub fn fail(&self, name: &str, addr: &str) -> u32 {
        let mut f = self.failures.lock().unwrap();
        let e = f.entry((name.to_ascii_lowercase(), addr.to_string())).or_insert((0, Instant::now()));
        if e.1.elapsed().as_secs() > 600 {
            *e = (0, Instant::now());
        }
        e.0 += 1;
        5u32.saturating_sub(e.0)
    }

    pub fn mark_logged_in(&self, name: &str) {
        self.online.lock().unwrap().insert(name.to_ascii_lowercase());
    }
    pub fn mark_logged_out(&self, name: &str) {
        self.online.lock().unwrap().remove(&name.to_ascii_lowercase());
    }
    pub fn is_logged_in(&self, name: &str) -> bool {
        self.online.lock().unwrap().contains(&name.to_ascii_lowercase())
    }
}
