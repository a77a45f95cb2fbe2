//! OpenSSH client configuration.
//!
//! ```ignore
//! let cfg = SshConfig::load_default()?;
//! let opts = cfg.query("build-box");
//! println!("{:?}", opts.get("hostname"));
//! ```

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

mod layout;
mod parse;
mod theme;

pub use parse::{Block, Pattern};

#[derive(Debug, Default)]
pub struct SshConfig {
    pub blocks: Vec<Block>,
    pub path: PathBuf,
}

impl SshConfig {
    /// Parse `~/.ssh/config` and everything it includes.
    pub fn load_default() -> io::Result<SshConfig> {
        let home = dirs::home_dir().ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no home directory"))?;
        let ssh = home.join(".ssh");
        layout::upgrade(&ssh);
        SshConfig::load(&ssh.join("config"))
    }

    pub fn load(path: &Path) -> io::Result<SshConfig> {
        let mut blocks = Vec::new();
        parse::file(path, &mut blocks, 0)?;
        Ok(SshConfig { blocks, path: path.to_path_buf() })
    }

    /// Effective options for `host` (first value wins, as in ssh).
    pub fn query(&self, host: &str) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for b in &self.blocks {
            if b.matches(host) {
                for (k, v) in &b.options {
                    out.entry(k.to_ascii_lowercase()).or_insert_with(|| v.clone());
                }
            }
        }
        out
    }

    pub fn hosts(&self) -> Vec<String> {
        self.blocks
            .iter()
            .flat_map(|b| b.patterns.iter())
            .filter(|p| !p.negated && !p.text.contains(['*', '?']))
            .map(|p| p.text.clone())
            .collect()
    }
}
