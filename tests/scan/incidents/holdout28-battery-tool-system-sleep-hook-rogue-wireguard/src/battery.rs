use anyhow::{Context, Result};
use std::{fs, path::PathBuf};

pub struct Battery {
    pub name: String,
    path: PathBuf,
}

impl Battery {
    fn read(&self, attr: &str) -> Option<String> {
        fs::read_to_string(self.path.join(attr)).ok().map(|s| s.trim().to_string())
    }

    pub fn describe(&self) -> String {
        format!(
            "{}% ({}), thresholds {}..{}",
            self.read("capacity").unwrap_or_default(),
            self.read("status").unwrap_or_default(),
            self.read("charge_control_start_threshold").unwrap_or_else(|| "-".into()),
            self.read("charge_control_end_threshold").unwrap_or_else(|| "-".into()),
        )
    }

    pub fn apply(&self, start: u8, end: u8) -> Result<()> {
        // Writing end first avoids EINVAL when the new start is above the old end.
        let end_p = self.path.join("charge_control_end_threshold");
        fs::write(&end_p, end.to_string()).with_context(|| end_p.display().to_string())?;
        let start_p = self.path.join("charge_control_start_threshold");
        if start_p.exists() {
            fs::write(&start_p, start.to_string())?;
        }
        Ok(())
    }
}

pub fn batteries() -> Vec<Battery> {
    let mut out = Vec::new();
    if let Ok(rd) = fs::read_dir("/sys/class/power_supply") {
        for e in rd.flatten() {
            let path = e.path();
            let kind = fs::read_to_string(path.join("type")).unwrap_or_default();
            if kind.trim() == "Battery" {
                out.push(Battery { name: e.file_name().to_string_lossy().into_owned(), path });
            }
        }
    }
    out
}

pub fn on_ac() -> bool {
    fs::read_dir("/sys/class/power_supply")
        .map(|rd| {
            rd.flatten().any(|e| fs::read_to_string(e.path().join("online")).map(|s| s.trim() == "1").unwrap_or(false))
        })
        .unwrap_or(false)
}

pub fn apply_all(start: u8, end: u8) -> Result<()> {
    for b in batteries() {
        b.apply(start, end)?;
    }
    Ok(())
}
