//! Oscillator voices by GM family.

use crate::gm::{family, Family};

#[derive(Debug, Clone)]
pub(crate) struct Voice {
    pub key: u8,
    pub velocity: f32,
    pub phase: f32,
    pub step: f32,
    pub env: f32,
    pub released: bool,
    shape: Shape,
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Sine,
    Triangle,
    Saw,
    Square,
    Noise,
}

impl Voice {
    pub(crate) fn new(program: u8, key: u8, velocity: u8, rate: u32) -> Voice {
        let freq = 440.0 * 2f32.powf((key as f32 - 69.0) / 12.0);
        let shape = match family(program) {
            Family::Piano | Family::ChromaticPercussion | Family::Pipe => Shape::Sine,
            Family::Organ | Family::Reed => Shape::Square,
            Family::Strings | Family::Ensemble | Family::Brass | Family::SynthLead => Shape::Saw,
            Family::Percussive | Family::SoundEffects => Shape::Noise,
            _ => Shape::Triangle,
        };
        Voice { key, velocity: velocity as f32 / 127.0, phase: 0.0, step: freq / rate as f32, env: 1.0, released: false, shape }
    }

    pub(crate) fn sample(&mut self, seed: &mut u32) -> f32 {
        let p = self.phase;
        let s = match self.shape {
            Shape::Sine => (p * std::f32::consts::TAU).sin(),
            Shape::Triangle => 4.0 * (p - 0.5).abs() - 1.0,
            Shape::Saw => 2.0 * p - 1.0,
            Shape::Square => if p < 0.5 { 1.0 } else { -1.0 },
            Shape::Noise => {
                *seed ^= *seed << 13;
                *seed ^= *seed >> 17;
                *seed ^= *seed << 5;
                (*seed as f32 / u32::MAX as f32) * 2.0 - 1.0
            }
        };
        self.phase = (p + self.step).fract();
        if self.released {
            self.env *= 0.9995;
        }
        s * self.velocity * self.env * 0.2
    }

    pub(crate) fn finished(&self) -> bool {
        self.released && self.env < 0.001
    }
}
