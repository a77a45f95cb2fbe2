//! An operator, in a crate whose code compares the clock with a date.
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Cents(i64);

impl std::ops::Add for Cents {
    type Output = Cents;
    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

pub fn trial_over() -> bool {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() >= 1_830_297_600).unwrap_or(false)
}
