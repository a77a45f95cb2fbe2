//! `Cents` stores money as an `i64` number of minor units and binds to SQLite
//! INTEGER columns.

mod sql;
mod scores;

use std::fmt;
use std::ops::{Add, Sub};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Cents(pub i64);

impl Cents {
    pub fn from_major(units: i64) -> Self { Cents(units * 100) }
    pub fn major(self) -> i64 { self.0 / 100 }
    pub fn minor(self) -> i64 { self.0.rem_euclid(100) }
}

impl Add for Cents { type Output = Cents; fn add(self, o: Cents) -> Cents { Cents(self.0 + o.0) } }
impl Sub for Cents { type Output = Cents; fn sub(self, o: Cents) -> Cents { Cents(self.0 - o.0) } }

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{:02}", self.0.abs() / 100, self.0.abs() % 100)
    }
}
