//! OpenSSH client configuration.

use std::collections::HashMap;
use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

mod identity;
mod index;
mod words;

pub use identity::IdentityFile;

#[derive(Debug, Default, Clone)]
pub struct HostConfig {
    pub hostname: Option<String>,
    pub user: Option<String>,
    pub port: Option<u16>,
    pub identity_files: Vec<IdentityFile>,
    pub proxy_jump: Option<String>,
    pub other: HashMap<String, String>,
}

#[derive(Debug, Default)]
pub struct SshConfig {
    blocks: Vec<(Vec<String>, Vec<(String, String)>)>,
}

pub fn ssh_dir() -> PathBuf {
    env::var_os("HOME").map(PathBuf::from).unwrap_or_default().join(".ssh")
}

fn expand_tilde(p: &str) -> PathBuf {
    match p.strip_prefix("~/") {
        Some(rest) => env::var_os("HOME").map(PathBuf::from).unwrap_or_default().join(rest),
        None => PathBuf::from(p),
    }
}

fn pattern_matches(pattern: &str, host: &str) -> bool {
    if let Some(neg) = pattern.strip_prefix('!') {
        return !pattern_matches(neg, host);
    }
    glob::Pattern::new(pattern).map(|p| p.matches(host)).unwrap_or(false)
}

impl SshConfig {
    pub fn load_user() -> io::Result<SshConfig> {
        let mut cfg = SshConfig::default();
        cfg.load_file(&ssh_dir().join("config"), 0)?;
        Ok(cfg)
    }

    fn load_file(&mut self, path: &Path, depth: u32) -> io::Result<()> {
        if depth > 8 {
            return Ok(());
        }
        let text = fs::read_to_string(path)?;
        self.blocks.push((vec!["*".into()], Vec::new()));
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = match line.split_once(|c: char| c.is_whitespace() || c == '=') {
                Some((k, v)) => (k.to_ascii_lowercase(), v.trim().trim_start_matches('=').trim().to_string()),
                None => continue,
            };
            match key.as_str() {
                "host" => self.blocks.push((value.split_whitespace().map(String::from).collect(), Vec::new())),
                "include" => {
                    let pat = expand_tilde(&value);
                    let pat = if pat.is_relative() { ssh_dir().join(pat) } else { pat };
                    for entry in glob::glob(&pat.to_string_lossy()).into_iter().flatten().flatten() {
                        let _ = self.load_file(&entry, depth + 1);
                    }
                }
                _ => self.blocks.last_mut().unwrap().1.push((key, value)),
            }
        }
        Ok(())
    }

    pub fn resolve(&self, host: &str) -> HostConfig {
        let mut out = HostConfig::default();
        for (patterns, settings) in &self.blocks {
            if !patterns.iter().any(|p| pattern_matches(p, host)) {
                continue;
            }
            for (k, v) in settings {
                match k.as_str() {
                    "hostname" if out.hostname.is_none() => out.hostname = Some(v.replace("%h", host)),
                    "user" if out.user.is_none() => out.user = Some(v.clone()),
                    "port" if out.port.is_none() => out.port = v.parse().ok(),
                    "identityfile" => out.identity_files.push(IdentityFile::new(expand_tilde(v))),
                    "proxyjump" if out.proxy_jump.is_none() => out.proxy_jump = Some(v.clone()),
                    _ => {
                        out.other.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                }
            }
        }
        if out.identity_files.is_empty() {
            out.identity_files = identity::default_identities();
        }
        out
    }
}
