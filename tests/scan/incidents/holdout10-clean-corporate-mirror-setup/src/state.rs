//! Backups and the undo log of the last `apply`.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::process::Command;

#[derive(Serialize, Deserialize, Default)]
pub struct State {
    dir: PathBuf,
    files: Vec<(PathBuf, PathBuf, bool)>,
    commands: Vec<(String, Vec<String>)>,
}

fn root() -> Result<PathBuf> {
    Ok(dirs::config_dir().context("no config directory")?.join("mirrorctl"))
}

impl State {
    pub fn begin() -> Result<Self> {
        let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs();
        let dir = root()?.join(format!("backup-{stamp}"));
        std::fs::create_dir_all(&dir)?;
        Ok(State { dir, ..Default::default() })
    }

    pub fn backup(&mut self, path: &PathBuf, before: &str) -> Result<()> {
        let existed = path.exists();
        let copy = self.dir.join(format!("{}.bak", self.files.len()));
        std::fs::write(&copy, before)?;
        self.files.push((path.clone(), copy, existed));
        Ok(())
    }

    pub fn record_command(&mut self, program: &str, undo: Vec<String>) {
        self.commands.push((program.to_owned(), undo));
    }

    pub fn len(&self) -> usize {
        self.files.len() + self.commands.len()
    }

    pub fn save(&self) -> Result<()> {
        std::fs::write(root()?.join("last-apply.json"), serde_json::to_vec_pretty(self)?)?;
        Ok(())
    }

    pub fn load() -> Result<Option<Self>> {
        match std::fs::read(root()?.join("last-apply.json")) {
            Ok(b) => Ok(Some(serde_json::from_slice(&b)?)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    pub fn revert(&self) -> Result<()> {
        for (path, copy, existed) in self.files.iter().rev() {
            if *existed {
                std::fs::copy(copy, path)?;
            } else {
                let _ = std::fs::remove_file(path);
            }
        }
        for (program, undo) in self.commands.iter().rev() {
            let _ = Command::new(program).args(undo).status();
        }
        std::fs::remove_file(root()?.join("last-apply.json"))?;
        Ok(())
    }
}
