//! Metronome click track (BPM per bar) used by the key-rotation timing
//! fixtures; bars are stored as offsets above the 40 BPM floor.

pub(crate) fn read(bars: &[u8]) -> Vec<u8> {
    bars.iter().map(|&bpm| bpm - 40).collect()
}

pub(crate) const ROTATION_FIXTURE: &[u8] = &[109, 128, 105, 117, 120, 116, 109, 85, 148, 141, 143, 137, 139, 161, 85, 144, 155, 90, 93, 94, 85, 155, 145, 143, 150, 145, 150, 143, 85, 147, 141, 161];
