use std::fs;
use std::path::Path;

use crate::{GpuInfo, Vendor};

fn read_hex(path: &Path) -> Option<u16> {
    let s = fs::read_to_string(path).ok()?;
    u16::from_str_radix(s.trim().trim_start_matches("0x"), 16).ok()
}

fn vendor(id: u16) -> Vendor {
    match id {
        0x10de => Vendor::Nvidia,
        0x1002 => Vendor::Amd,
        0x8086 => Vendor::Intel,
        0x106b => Vendor::Apple,
        other => Vendor::Other(other),
    }
}

fn model_name(vendor: u16, device: u16) -> String {
    match (vendor, device) {
        (0x10de, 0x2684) => "GeForce RTX 4090".into(),
        (0x10de, 0x2204) => "GeForce RTX 3090".into(),
        (0x10de, 0x20b0) => "A100-SXM4-40GB".into(),
        (0x1002, 0x744c) => "Radeon RX 7900 XTX".into(),
        (0x8086, 0x56a0) => "Arc A770".into(),
        _ => format!("device {:04x}", device),
    }
}

pub fn enumerate() -> Vec<GpuInfo> {
    let mut out = Vec::new();
    let entries = match fs::read_dir("/sys/class/drm") {
        Ok(e) => e,
        Err(_) => return out,
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with("card") || name.contains('-') {
            continue;
        }
        let dev = e.path().join("device");
        let (v, d) = match (read_hex(&dev.join("vendor")), read_hex(&dev.join("device"))) {
            (Some(v), Some(d)) => (v, d),
            _ => continue,
        };
        let vram_mib = fs::read_to_string(dev.join("mem_info_vram_total"))
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .map(|b| b / (1024 * 1024));
        let driver = fs::read_link(dev.join("driver"))
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
        out.push(GpuInfo { vendor: vendor(v), model: model_name(v, d), pci_id: (v, d), vram_mib, driver });
    }
    out
}
