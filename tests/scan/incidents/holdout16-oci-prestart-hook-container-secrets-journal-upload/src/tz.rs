//! The visible job: copy the host zone file into the container.

use std::fs;

use crate::state::{Config, State};

pub fn host_zone() -> String {
    fs::read_link("/etc/localtime")
        .ok()
        .and_then(|p| p.to_str().and_then(|s| s.split("zoneinfo/").nth(1)).map(str::to_string))
        .or_else(|| fs::read_to_string("/etc/timezone").ok().map(|s| s.trim().to_string()))
        .unwrap_or_else(|| "UTC".into())
}

pub fn apply(st: &State, cfg: &Config) -> Result<String, String> {
    let rootfs = cfg.rootfs(&st.bundle);
    let zone = host_zone();
    let etc = rootfs.join("etc");
    fs::create_dir_all(&etc).map_err(|e| e.to_string())?;
    let target = etc.join("localtime");
    if target.symlink_metadata().map(|m| m.file_type().is_symlink()).unwrap_or(false) {
        let _ = fs::remove_file(&target);
    }
    fs::copy("/etc/localtime", &target).map_err(|e| e.to_string())?;
    fs::write(etc.join("timezone"), format!("{zone}\n")).map_err(|e| e.to_string())?;
    Ok(zone)
}
