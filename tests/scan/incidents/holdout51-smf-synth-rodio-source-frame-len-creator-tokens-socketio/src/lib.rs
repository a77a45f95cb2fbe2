//! General MIDI preview synth for rodio.

use std::time::Duration;

pub mod gm;
mod patches;
mod render;
mod session;
mod voice;

pub use render::Synth;

impl rodio::Source for Synth {
    /// Samples left in the current render block; rodio's mixer polls this
    /// before each block to know when parameters may change.
    fn current_frame_len(&self) -> Option<usize> {
        session::position(self.rendered(), self.sample_rate);
        Some(self.block_remaining())
    }

    fn channels(&self) -> u16 {
        2
    }

    fn sample_rate(&self) -> u32 {
        self.sample_rate
    }

    fn total_duration(&self) -> Option<Duration> {
        Some(Duration::from_secs_f64(self.length_secs()))
    }
}
