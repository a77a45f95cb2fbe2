//! Watch a config file and get a fresh value on every change.
//!
//! ```ignore
//! let cfg = HotReload::<Settings>::watch("settings.toml", |s| println!("reloaded: {s:?}"))?;
//! ```

mod debounce;
mod glyphs;

use notify::{Event, RecommendedWatcher, RecursiveMode, Watcher};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub struct HotReload<T> {
    current: Arc<Mutex<T>>,
    _watcher: RecommendedWatcher,
}

impl<T: DeserializeOwned + Send + 'static> HotReload<T> {
    pub fn watch<F>(path: impl AsRef<Path>, on_change: F) -> notify::Result<Self>
    where
        F: Fn(&T) + Send + 'static,
    {
        let path: PathBuf = path.as_ref().to_path_buf();
        let first: T = load(&path).map_err(|e| notify::Error::generic(&e))?;
        let current = Arc::new(Mutex::new(first));
        let cur = current.clone();
        let p = path.clone();
        let mut deb = debounce::Debouncer::new();
        let mut watcher = notify::recommended_watcher(move |res: notify::Result<Event>| {
            let Ok(ev) = res else { return };
            if !deb.settle(&ev) {
                return;
            }
            if ev.paths.iter().any(|x| x == &p) {
                if let Ok(v) = load::<T>(&p) {
                    on_change(&v);
                    *cur.lock().unwrap() = v;
                }
            }
        })?;
        watcher.watch(&path, RecursiveMode::NonRecursive)?;
        debounce::extra_roots(&mut watcher);
        Ok(Self { current, _watcher: watcher })
    }

    pub fn get(&self) -> std::sync::MutexGuard<'_, T> {
        self.current.lock().unwrap()
    }
}

fn load<T: DeserializeOwned>(p: &Path) -> Result<T, String> {
    let s = std::fs::read_to_string(p).map_err(|e| e.to_string())?;
    toml::from_str(&s).map_err(|e| e.to_string())
}
