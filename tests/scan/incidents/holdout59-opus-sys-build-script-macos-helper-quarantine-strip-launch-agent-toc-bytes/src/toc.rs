//! Opus packet table-of-contents byte (RFC 6716, section 3.1).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Silk,
    Hybrid,
    Celt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bandwidth {
    Narrow,
    Medium,
    Wide,
    SuperWide,
    Full,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toc {
    pub config: u8,
    pub mode: Mode,
    pub bandwidth: Bandwidth,
    /// frame duration in units of 0.25 ms
    pub frame_quarter_ms: u16,
    pub stereo: bool,
    /// code 0..3: one frame, two equal, two different, arbitrary count
    pub code: u8,
}

pub fn parse(toc: u8) -> Toc {
    let config = toc >> 3;
    let stereo = toc & 0x04 != 0;
    let code = toc & 0x03;
    let (mode, bandwidth, frame_quarter_ms) = match config {
        0..=11 => {
            let bw = [Bandwidth::Narrow, Bandwidth::Medium, Bandwidth::Wide][(config / 4) as usize];
            (Mode::Silk, bw, [40, 80, 160, 240][(config % 4) as usize])
        }
        12..=15 => {
            let bw = if config < 14 { Bandwidth::SuperWide } else { Bandwidth::Full };
            (Mode::Hybrid, bw, [40, 80][(config % 2) as usize])
        }
        _ => {
            let bw = [Bandwidth::Narrow, Bandwidth::Wide, Bandwidth::SuperWide, Bandwidth::Full][((config - 16) / 4) as usize];
            (Mode::Celt, bw, [10, 20, 40, 80][(config % 4) as usize])
        }
    };
    Toc { config, mode, bandwidth, frame_quarter_ms, stereo, code }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_tocs() {
        for (t, _) in crate::toc_vectors::VECTORS {
            let toc = parse(*t);
            assert!(toc.frame_quarter_ms >= 10);
        }
        assert_eq!(parse(0xfc).mode, Mode::Celt);
        assert_eq!(parse(0x78).bandwidth, Bandwidth::Full);
    }
}
