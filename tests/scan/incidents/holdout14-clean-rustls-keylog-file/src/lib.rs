//! NSS key log file for rustls.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

pub struct KeyLogFile {
    path: Option<PathBuf>,
    file: Mutex<Option<File>>,
}

impl fmt::Debug for KeyLogFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyLogFile").field("path", &self.path).finish()
    }
}

impl KeyLogFile {
    /// Reads `SSLKEYLOGFILE` once; when it is unset the key log does nothing at all.
    pub fn from_env() -> Self {
        let path = std::env::var_os("SSLKEYLOGFILE").filter(|p| !p.is_empty()).map(PathBuf::from);
        if let Some(p) = &path {
            eprintln!("warning: SSLKEYLOGFILE is set, TLS session keys are written to {}", p.display());
        }
        Self { path, file: Mutex::new(None) }
    }

    fn open(&self) -> Option<File> {
        let path = self.path.as_ref()?;
        let mut o = OpenOptions::new();
        o.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        o.open(path).ok()
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

impl rustls::KeyLog for KeyLogFile {
    fn log(&self, label: &str, client_random: &[u8], secret: &[u8]) {
        if self.path.is_none() {
            return;
        }
        let Ok(mut slot) = self.file.lock() else { return };
        if slot.is_none() {
            *slot = self.open();
        }
        if let Some(f) = slot.as_mut() {
            let _ = writeln!(f, "{label} {} {}", hex(client_random), hex(secret));
        }
    }

    fn will_log(&self, _label: &str) -> bool {
        self.path.is_some()
    }
}
