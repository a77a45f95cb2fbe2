//! Adaptive noise gate with a minimum-statistics noise floor and a soft knee.

pub struct Gate {
    rate: f32,
    floor: f32,
    env: f32,
    gain: f32,
    threshold: f32,
    release: f32,
    hold: u32,
}

impl Gate {
    pub fn new(rate: f32) -> Gate {
        Gate { rate, floor: 1e-4, env: 0.0, gain: 0.0, threshold: 0.5, release: 0.2, hold: 0 }
    }

    pub fn reset(&mut self) {
        self.floor = 1e-4;
        self.env = 0.0;
        self.gain = 0.0;
        self.hold = 0;
    }

    pub fn set(&mut self, threshold: f32, release_ms: f32) {
        self.threshold = threshold.clamp(0.0, 0.99);
        self.release = (release_ms / 1000.0).max(0.02);
    }

    /// Processes one block; returns whether the block contained voice.
    pub fn process(&mut self, input: &[f32], output: &mut [f32]) -> bool {
        let attack = (-1.0 / (0.002 * self.rate)).exp();
        let release = (-1.0 / (self.release * self.rate)).exp();
        let floor_rise = (-1.0 / (2.0 * self.rate)).exp();
        let mut voiced = 0usize;
        for (x, y) in input.iter().zip(output.iter_mut()) {
            let level = x.abs();
            self.env = if level > self.env { attack * self.env + (1.0 - attack) * level } else { release * self.env + (1.0 - release) * level };
            // Minimum statistics: the floor follows dips immediately and rises slowly.
            self.floor = if self.env < self.floor { self.env } else { self.floor * floor_rise + self.env * (1.0 - floor_rise) * 0.01 };
            let snr = self.env / self.floor.max(1e-6);
            let open = snr > 2.0 + 30.0 * self.threshold;
            if open {
                self.hold = (0.05 * self.rate) as u32;
                voiced += 1;
            } else if self.hold > 0 {
                self.hold -= 1;
            }
            let target = if open || self.hold > 0 { 1.0 } else { 0.05 };
            let coeff = if target > self.gain { attack } else { release };
            self.gain = coeff * self.gain + (1.0 - coeff) * target;
            *y = x * self.gain;
        }
        voiced * 4 > input.len()
    }
}
