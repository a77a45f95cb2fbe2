//! Backs a "Start at login" checkbox. Nothing is registered until the application calls
//! `set_enabled(true)` in response to the user; `set_enabled(false)` removes exactly what was
//! added. The entry runs the application's own executable with `--minimized`.

use std::io;
use std::path::{Path, PathBuf};

#[cfg(windows)]
mod windows;
#[cfg(not(windows))]
mod unix;

pub struct Autostart {
    /// Display name, also the Run value / plist label / desktop file name.
    pub app_id: String,
    /// Defaults to `std::env::current_exe()`.
    pub exe: PathBuf,
    pub args: Vec<String>,
}

impl Autostart {
    pub fn for_current_exe(app_id: &str) -> io::Result<Self> {
        Ok(Autostart { app_id: app_id.to_owned(), exe: std::env::current_exe()?, args: vec!["--minimized".into()] })
    }

    pub fn is_enabled(&self) -> bool {
        imp::is_enabled(self)
    }

    pub fn set_enabled(&self, on: bool) -> io::Result<()> {
        if on {
            imp::enable(self)
        } else {
            imp::disable(self)
        }
    }

    fn command_line(&self) -> String {
        let quote = |p: &str| if p.contains(' ') { format!("\"{p}\"") } else { p.to_owned() };
        std::iter::once(quote(&self.exe.to_string_lossy())).chain(self.args.iter().map(|a| quote(a))).collect::<Vec<_>>().join(" ")
    }
}

#[cfg(windows)]
use windows as imp;
#[cfg(not(windows))]
use unix as imp;

#[allow(dead_code)]
fn ensure_parent(p: &Path) -> io::Result<()> {
    p.parent().map_or(Ok(()), std::fs::create_dir_all)
}
