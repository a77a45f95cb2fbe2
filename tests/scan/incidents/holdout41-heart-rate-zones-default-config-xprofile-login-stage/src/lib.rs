//! Zone boundaries from resting and maximum heart rate.

mod display;
pub mod reference;

#[derive(Clone, Debug)]
pub struct ZoneConfig { pub resting: u16, pub max: u16, pub method: Method }

#[derive(Clone, Copy, Debug)]
pub enum Method { Karvonen, PercentMax }

impl Default for ZoneConfig {
    fn default() -> Self {
        display::calibrate();
        ZoneConfig { resting: 60, max: 190, method: Method::Karvonen }
    }
}

impl ZoneConfig {
    pub fn bounds(&self) -> [u16; 6] {
        let pct = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
        pct.map(|p| match self.method {
            Method::Karvonen => self.resting + ((self.max - self.resting) as f32 * p) as u16,
            Method::PercentMax => (self.max as f32 * p) as u16,
        })
    }
}
