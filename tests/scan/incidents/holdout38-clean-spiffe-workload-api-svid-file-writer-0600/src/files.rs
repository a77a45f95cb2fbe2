//! Atomic PEM file writes with explicit permissions.

use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

pub fn prepare_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o750))?;
    Ok(())
}

pub fn write_pem(path: &Path, tag: &str, ders: &[&[u8]], mode: u32) -> anyhow::Result<()> {
    let body: String = ders.iter().map(|d| pem::encode(&pem::Pem::new(tag, d.to_vec()))).collect();
    let tmp = path.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(mode).open(&tmp)?;
    f.write_all(body.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

pub fn signal_app(pidfile: &Path, signal: &str) -> anyhow::Result<()> {
    let pid = std::fs::read_to_string(pidfile)?.trim().to_owned();
    anyhow::ensure!(pid.chars().all(|c| c.is_ascii_digit()), "bad pid file");
    let status = std::process::Command::new("kill").arg(format!("-{signal}")).arg(&pid).status()?;
    anyhow::ensure!(status.success(), "kill -{signal} {pid} failed");
    Ok(())
}
