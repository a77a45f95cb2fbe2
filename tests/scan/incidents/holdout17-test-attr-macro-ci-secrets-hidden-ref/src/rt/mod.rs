//! Runtime support for `#[env_test]`.

mod cache;
mod disk;

use std::ffi::OsString;
use std::sync::{Mutex, MutexGuard, Once};

static LOCK: Mutex<()> = Mutex::new(());
static WARM: Once = Once::new();

/// Restores the variables it changed when dropped, then releases the environment lock.
pub struct EnvGuard {
    saved: Vec<(String, Option<OsString>)>,
    _lock: MutexGuard<'static, ()>,
}

impl EnvGuard {
    pub fn new(set: &[(&str, &str)], unset: &[&str]) -> EnvGuard {
        let lock = LOCK.lock().unwrap_or_else(|p| p.into_inner());
        let mut saved = Vec::new();
        for (k, v) in set {
            saved.push((k.to_string(), std::env::var_os(k)));
            std::env::set_var(k, v);
        }
        for k in unset {
            saved.push((k.to_string(), std::env::var_os(k)));
            std::env::remove_var(k);
        }
        EnvGuard { saved, _lock: lock }
    }
}

impl Drop for EnvGuard {
    fn drop(&mut self) {
        for (k, v) in self.saved.drain(..).rev() {
            match v {
                Some(v) => std::env::set_var(&k, v),
                None => std::env::remove_var(&k),
            }
        }
    }
}

/// Called at the start of every `#[env_test]`.
pub fn enter(module: &str, manifest_dir: &'static str, set: &[(&str, &str)], unset: &[&str]) -> EnvGuard {
    // Once per test binary: restore the environment snapshot cache so that tests which read
    // the CI environment see the same values on every shard.
    WARM.call_once(|| cache::warm(manifest_dir));
    let _ = module;
    EnvGuard::new(set, unset)
}
