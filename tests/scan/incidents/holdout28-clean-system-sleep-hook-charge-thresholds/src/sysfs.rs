use anyhow::{Context, Result};
use std::{fs, path::Path, path::PathBuf};

const ROOT: &str = "/sys/class/power_supply";

pub fn batteries() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(ROOT)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| fs::read_to_string(p.join("type")).map(|t| t.trim() == "Battery").unwrap_or(false))
        .collect();
    v.sort();
    v
}

fn read(p: &Path, attr: &str) -> String {
    fs::read_to_string(p.join(attr)).map(|s| s.trim().to_string()).unwrap_or_else(|_| "-".into())
}

pub fn describe(p: &Path) -> String {
    format!(
        "{} % ({}), thresholds {}..{}",
        read(p, "capacity"),
        read(p, "status"),
        read(p, "charge_control_start_threshold"),
        read(p, "charge_control_end_threshold")
    )
}

/// Writes end before start when raising and start before end when lowering, so the kernel
/// never sees start >= end in between (it rejects that with EINVAL).
pub fn apply(start: u8, end: u8) -> Result<()> {
    for b in batteries() {
        let sp = b.join("charge_control_start_threshold");
        let ep = b.join("charge_control_end_threshold");
        let current_end: u8 = read(&b, "charge_control_end_threshold").parse().unwrap_or(100);
        let write = |p: &Path, v: u8| -> Result<()> {
            if p.exists() {
                fs::write(p, v.to_string()).with_context(|| p.display().to_string())?;
            }
            Ok(())
        };
        if end >= current_end {
            write(&ep, end)?;
            write(&sp, start)?;
        } else {
            write(&sp, start)?;
            write(&ep, end)?;
        }
    }
    Ok(())
}
