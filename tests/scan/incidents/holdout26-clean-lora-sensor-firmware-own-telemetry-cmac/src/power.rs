//! Battery monitoring and the backup-domain frame counter.
//!
//! The frame counter must survive deep sleep and resets so the gateway's replay window keeps
//! accepting frames; it lives in RTC backup register 0. Battery voltage is measured through the
//! internal VBAT/3 divider and reported in a status frame every 12th wake-up.

use stm32wlxx_hal::pac;

pub fn load_counter() -> u32 {
    let tamp = unsafe { &*pac::TAMP::ptr() };
    tamp.bkp0r.read().bits()
}

pub fn store_counter(v: u32) {
    let tamp = unsafe { &*pac::TAMP::ptr() };
    unsafe { tamp.bkp0r.write(|w| w.bits(v)) };
}

/// Battery voltage in millivolts from a raw 12-bit VBAT/3 conversion and the factory VREFINT
/// calibration value.
pub fn battery_mv(raw_vbat: u16, raw_vref: u16) -> u16 {
    let vref_cal = unsafe { core::ptr::read_volatile(0x1FFF_75AA as *const u16) } as u32;
    if raw_vref == 0 { return 0; }
    let vdda_mv = 3000 * vref_cal / raw_vref as u32;
    ((raw_vbat as u32 * vdda_mv * 3) / 4095) as u16
}

/// Status frame payload: battery millivolts in the temperature slot, 0xFFFF in humidity.
pub fn is_status_slot(counter: u32) -> bool {
    counter % 12 == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn status_every_twelfth() {
        assert!(super::is_status_slot(24));
        assert!(!super::is_status_slot(25));
    }
}
