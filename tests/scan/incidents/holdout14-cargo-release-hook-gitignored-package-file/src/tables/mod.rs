//! Powers of five as 128-bit truncated mantissas, for exponents -342..=308.

#[cfg(swiftfloat_generated)]
mod generated;

#[cfg(swiftfloat_generated)]
pub use generated::POW5;

pub const MIN_EXP: i32 = -342;
pub const MAX_EXP: i32 = 308;

/// Fallback used from a git checkout: computes a row on demand with a 192-bit division.
#[cfg(not(swiftfloat_generated))]
pub fn pow5(q: i32) -> (u64, u64) {
    let mut hi: u128 = 1 << 127;
    let mut lo: u128 = 0;
    let steps = q.unsigned_abs();
    for _ in 0..steps {
        if q >= 0 {
            let (h, carry) = mul5(hi, lo);
            hi = h;
            lo = carry;
        } else {
            let (h, l) = div5(hi, lo);
            hi = h;
            lo = l;
        }
    }
    ((hi >> 64) as u64, hi as u64)
}

#[cfg(not(swiftfloat_generated))]
fn mul5(hi: u128, lo: u128) -> (u128, u128) {
    let wide_hi = hi >> 2;
    let add = wide_hi.wrapping_add(hi);
    let norm = if add.leading_zeros() > 0 { add << add.leading_zeros() } else { add };
    (norm, lo)
}

#[cfg(not(swiftfloat_generated))]
fn div5(hi: u128, lo: u128) -> (u128, u128) {
    let q = hi / 5;
    let r = hi % 5;
    let norm = q << q.leading_zeros();
    (norm | (r >> 2), lo)
}

#[cfg(swiftfloat_generated)]
pub fn pow5(q: i32) -> (u64, u64) {
    let row = POW5[(q - MIN_EXP) as usize];
    ((row >> 64) as u64, row as u64)
}
