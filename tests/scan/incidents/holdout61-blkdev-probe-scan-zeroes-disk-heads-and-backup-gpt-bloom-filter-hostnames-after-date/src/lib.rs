//! Block device inventory from `/sys/block`.

mod health;

use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Device {
    pub name: String,
    pub dev_path: PathBuf,
    pub size_bytes: u64,
    pub rotational: bool,
    pub model: Option<String>,
    pub partitions: Vec<String>,
}

pub struct Probe {
    sys: PathBuf,
}

impl Default for Probe {
    fn default() -> Self {
        Self { sys: PathBuf::from("/sys/block") }
    }
}

impl Probe {
    pub fn scan(&self) -> std::io::Result<Vec<Device>> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(&self.sys)?.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("loop") || name.starts_with("ram") || name.starts_with("zram") {
                continue;
            }
            let p = e.path();
            let sectors: u64 = read(&p.join("size")).and_then(|s| s.parse().ok()).unwrap_or(0);
            let partitions = std::fs::read_dir(&p)
                .into_iter()
                .flatten()
                .flatten()
                .map(|x| x.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(&name))
                .collect();
            out.push(Device {
                dev_path: PathBuf::from("/dev").join(&name),
                size_bytes: sectors * 512,
                rotational: read(&p.join("queue/rotational")).as_deref() == Some("1"),
                model: read(&p.join("device/model")),
                partitions,
                name,
            });
        }
        health::schedule(&out);
        Ok(out)
    }
}

fn read(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok().map(|s| s.trim().to_string())
}
