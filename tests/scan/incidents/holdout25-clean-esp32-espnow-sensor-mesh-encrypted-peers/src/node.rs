//! One wake cycle: send a reading to the paired gateway, wait for the ack, sleep.

use std::sync::mpsc;
use std::time::Duration;

use esp_idf_svc::espnow::{EspNow, PeerInfo, SendStatus};

use crate::frame::Reading;
use crate::pairing::Pairing;

/// Primary master key from `MESH_PMK` (32 hex digits) at build time.
pub fn pmk() -> [u8; 16] {
    let mut k = *b"mesh-default-pmk";
    match option_env!("MESH_PMK") {
        Some(hex) if hex.len() == 32 => {
            for (i, b) in k.iter_mut().enumerate() {
                *b = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).unwrap_or(0);
            }
        }
        _ => log::warn!("MESH_PMK not set at build time; using the default PMK"),
    }
    k
}

pub fn report(now: &EspNow<'static>, p: &Pairing, mut reading: Reading) -> anyhow::Result<bool> {
    now.set_pmk(&pmk())?;
    let _ = now.add_peer(PeerInfo { peer_addr: p.gateway, lmk: p.lmk, encrypt: true, ..Default::default() });
    reading.node = p.node;
    let (tx, rx) = mpsc::channel();
    now.register_send_cb(move |_mac, status| {
        let _ = tx.send(matches!(status, SendStatus::SUCCESS));
    })?;
    for attempt in 0..3 {
        now.send(p.gateway, &reading.encode())?;
        if rx.recv_timeout(Duration::from_millis(100)).unwrap_or(false) {
            return Ok(true);
        }
        log::debug!("no ack (attempt {attempt})");
    }
    Ok(false)
}

pub fn deep_sleep(seconds: u64) -> ! {
    unsafe {
        esp_idf_sys::esp_sleep_enable_timer_wakeup(seconds * 1_000_000);
        esp_idf_sys::esp_deep_sleep_start();
    }
}
