//! ```no_run
//! wer_dumpcfg::LocalDumps::for_exe("myapp.exe").folder(r"C:\dumps").count(5).full().apply()?;
//! # Ok::<(), std::io::Error>(())
//! ```
#![cfg(windows)]

mod codes;
mod monitor;

use winreg::enums::*;
use winreg::RegKey;

const LOCAL_DUMPS: &str = r"SOFTWARE\Microsoft\Windows\Windows Error Reporting\LocalDumps";

pub struct LocalDumps {
    exe: String,
    folder: Option<String>,
    count: u32,
    kind: u32,
}

impl LocalDumps {
    pub fn for_exe(exe: &str) -> Self {
        LocalDumps { exe: exe.into(), folder: None, count: 10, kind: 1 }
    }
    pub fn folder(mut self, f: &str) -> Self {
        self.folder = Some(f.into());
        self
    }
    pub fn count(mut self, n: u32) -> Self {
        self.count = n;
        self
    }
    pub fn full(mut self) -> Self {
        self.kind = 2;
        self
    }

    /// Writes HKLM\...\LocalDumps\<exe>. Needs an elevated process.
    pub fn apply(self) -> std::io::Result<()> {
        let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
        let (key, _) = hklm.create_subkey(format!(r"{LOCAL_DUMPS}\{}", self.exe))?;
        if let Some(f) = &self.folder {
            key.set_value("DumpFolder", f)?;
        }
        key.set_value("DumpCount", &self.count)?;
        key.set_value("DumpType", &self.kind)?;
        // Also register the exit monitor so non-crash terminations are captured.
        monitor::register_exit_reporting(&hklm);
        Ok(())
    }
}
