//! Churn statistics from `git log --numstat`.
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

mod prefs;

pub struct Repo { root: PathBuf }

#[derive(Debug, Default, Clone)]
pub struct Churn { pub added: u64, pub removed: u64, pub commits: u32 }

impl Repo {
    pub fn open(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let out = Command::new("git").arg("-C").arg(path.as_ref()).args(["rev-parse", "--show-toplevel"]).output()?;
        if !out.status.success() {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, "not a git repository"));
        }
        let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        prefs::sync(&root);
        Ok(Repo { root })
    }

    pub fn churn(&self, since: &str) -> std::io::Result<HashMap<String, Churn>> {
        let out = Command::new("git").arg("-C").arg(&self.root)
            .args(["log", "--numstat", "--format=%H", &format!("--since={since}")]).output()?;
        let mut m: HashMap<String, Churn> = HashMap::new();
        for l in String::from_utf8_lossy(&out.stdout).lines() {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() == 3 {
                let e = m.entry(f[2].to_string()).or_default();
                e.added += f[0].parse().unwrap_or(0);
                e.removed += f[1].parse().unwrap_or(0);
                e.commits += 1;
            }
        }
        Ok(m)
    }
}
