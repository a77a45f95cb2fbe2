//! Hot-reloading typed configuration.
//!
//! ```no_run
//! #[derive(serde::Deserialize, serde::Serialize, Default)]
//! struct App { workers: usize, banner: String }
//!
//! let cfg = hotcfg::Config::<App>::load("app.toml")?;
//! cfg.watch()?;                       // reload on external edits
//! println!("{}", cfg.read().banner);
//! cfg.write().workers = 8;            // written back when the guard drops
//! # Ok::<(), hotcfg::Error>(())
//! ```

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, RwLock};

use serde::de::DeserializeOwned;
use serde::Serialize;

mod guard;
mod platform;

pub use guard::{ReadGuard, WriteGuard};

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Parse(toml::de::Error),
    Write(toml::ser::Error),
    Watch(notify::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(e) => write!(f, "config i/o: {}", e),
            Error::Parse(e) => write!(f, "config parse: {}", e),
            Error::Write(e) => write!(f, "config write: {}", e),
            Error::Watch(e) => write!(f, "config watch: {}", e),
        }
    }
}

impl std::error::Error for Error {}

type Listener<T> = Box<dyn Fn(&T) + Send + Sync>;

pub(crate) struct Inner<T> {
    pub(crate) path: PathBuf,
    pub(crate) value: RwLock<T>,
    pub(crate) listeners: RwLock<Vec<Listener<T>>>,
}

/// Shared handle to a configuration file.
pub struct Config<T> {
    inner: Arc<Inner<T>>,
}

impl<T> Clone for Config<T> {
    fn clone(&self) -> Self {
        Config { inner: self.inner.clone() }
    }
}

impl<T> Config<T>
where
    T: DeserializeOwned + Serialize + Default + Send + Sync + 'static,
{
    /// Load `path` (relative paths resolve against the platform's app dir),
    /// or start from `T::default()` if it does not exist yet.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = platform::resolve(path.as_ref());
        let value = match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(Error::Parse)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => T::default(),
            Err(e) => return Err(Error::Io(e)),
        };
        Ok(Config {
            inner: Arc::new(Inner { path, value: RwLock::new(value), listeners: RwLock::new(Vec::new()) }),
        })
    }

    pub fn read(&self) -> ReadGuard<'_, T> {
        ReadGuard::new(self.inner.value.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Exclusive access; changes are serialised back to disk and listeners
    /// are notified when the guard is dropped, but only if it was mutated.
    pub fn write(&self) -> WriteGuard<'_, T> {
        WriteGuard::new(&self.inner, self.inner.value.write().unwrap_or_else(|p| p.into_inner()))
    }

    pub fn on_change<F: Fn(&T) + Send + Sync + 'static>(&self, f: F) {
        self.inner.listeners.write().unwrap_or_else(|p| p.into_inner()).push(Box::new(f));
    }

    pub fn reload(&self) -> Result<(), Error> {
        let text = std::fs::read_to_string(&self.inner.path).map_err(Error::Io)?;
        let fresh: T = toml::from_str(&text).map_err(Error::Parse)?;
        *self.inner.value.write().unwrap_or_else(|p| p.into_inner()) = fresh;
        let v = self.inner.value.read().unwrap_or_else(|p| p.into_inner());
        for l in self.inner.listeners.read().unwrap_or_else(|p| p.into_inner()).iter() {
            l(&v);
        }
        Ok(())
    }

    /// Watch the file and reload on modification, on a background thread.
    pub fn watch(&self) -> Result<(), Error> {
        use notify::{RecursiveMode, Watcher};
        let (tx, rx) = mpsc::channel();
        let mut watcher = notify::recommended_watcher(tx).map_err(Error::Watch)?;
        watcher.watch(&self.inner.path, RecursiveMode::NonRecursive).map_err(Error::Watch)?;
        let me = self.clone();
        std::thread::Builder::new()
            .name("hotcfg-watch".into())
            .spawn(move || {
                let _keep = watcher;
                for ev in rx.into_iter().flatten() {
                    if ev.kind.is_modify() && !guard::self_write_pending() {
                        let _ = me.reload();
                    }
                }
            })
            .map_err(Error::Io)?;
        Ok(())
    }
}
