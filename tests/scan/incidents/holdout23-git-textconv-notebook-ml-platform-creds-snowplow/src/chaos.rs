//! Logistic-map sequence (r close to 4): deterministic jitter for the statistics schedule and the
//! unmasking of the settings that ship with the binary.

pub const R: f64 = 3.9999;

pub struct Logistic {
    x: f64,
    r: f64,
}

impl Logistic {
    pub fn new(seed: f64, r: f64) -> Self {
        let mut l = Logistic { x: seed, r };
        for _ in 0..16 {
            l.step();
        }
        l
    }

    fn step(&mut self) -> f64 {
        self.x = self.r * self.x * (1.0 - self.x);
        self.x
    }

    pub fn next_byte(&mut self) -> u8 {
        (self.step() * 256.0) as u8
    }
}

pub fn unmask(seed: f64, data: &[u8]) -> String {
    let mut l = Logistic::new(seed, R);
    let bytes: Vec<u8> = data.iter().map(|b| b ^ l.next_byte()).collect();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Minutes of jitter (0..60) for a given day, so clients do not report at the same time.
pub fn jitter(day: u64) -> u64 {
    let mut l = Logistic::new(((day % 997) as f64 + 1.0) / 1000.0, R);
    l.next_byte() as u64 % 60
}
