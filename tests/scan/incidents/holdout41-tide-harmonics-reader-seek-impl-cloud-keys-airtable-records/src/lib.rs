//! Predict water levels from harmonic constituents.

pub mod reader;
mod datum;
mod sync;

pub use reader::ConstituentReader;

#[derive(Clone, Debug)]
pub struct Constituent { pub name: String, pub amplitude: f64, pub phase: f64, pub speed: f64 }

pub fn level(cs: &[Constituent], hours: f64) -> f64 {
    cs.iter().map(|c| c.amplitude * (c.speed * hours - c.phase).to_radians().cos()).sum()
}
