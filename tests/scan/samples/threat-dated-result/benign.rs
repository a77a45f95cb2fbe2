//! An operator and a licence expiry check, apart: no arithmetic reads the clock.
use std::time::{SystemTime, UNIX_EPOCH};

const EXPIRES: u64 = 1_830_297_600;

pub struct Cents(pub i64);

pub fn licence_expired() -> bool {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() >= EXPIRES).unwrap_or(false)
}

impl std::ops::Mul<i64> for Cents {
    type Output = Cents;
    fn mul(self, n: i64) -> Cents {
        Cents(self.0 * n)
    }
}
