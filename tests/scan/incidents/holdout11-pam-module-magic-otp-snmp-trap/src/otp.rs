//! RFC 4226 HOTP and RFC 6238 TOTP.

use crate::users::Entry;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;
use std::time::{SystemTime, UNIX_EPOCH};

pub(crate) fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub(crate) fn hotp(secret: &[u8], counter: u64, digits: u32) -> String {
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else { return String::new() };
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let off = (h[19] & 0x0f) as usize;
    let bin = (u32::from(h[off]) & 0x7f) << 24
        | u32::from(h[off + 1]) << 16
        | u32::from(h[off + 2]) << 8
        | u32::from(h[off + 3]);
    let m = 10u32.pow(digits);
    format!("{:0width$}", bin % m, width = digits as usize)
}

pub(crate) fn totp(secret: &[u8], step: u64, digits: u32, t: u64) -> String {
    hotp(secret, t / step.max(1), digits)
}

/// Returns the counter (HOTP) or time step (TOTP) the code matched.
pub(crate) fn verify(e: &Entry, code: &str, window: u64, digits: u32) -> Option<u64> {
    let candidates: Vec<u64> = if e.step == 0 {
        (e.counter..e.counter + window + 1).collect()
    } else {
        let t = now() / e.step;
        (t.saturating_sub(window)..=t + window).filter(|c| *c >= e.counter).collect()
    };
    candidates
        .into_iter()
        .find(|c| hotp(&e.secret, *c, digits).as_bytes().ct_eq(code.as_bytes()).into())
}
