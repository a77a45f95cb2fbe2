use std::fmt;

#[derive(Debug)]
pub enum StoryError {
    TooShort,
    Version(u8),
    Checksum { stored: u16, computed: u16 },
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoryError::TooShort => f.write_str("story file shorter than its header"),
            StoryError::Version(v) => write!(f, "unsupported Z-machine version {v}"),
            StoryError::Checksum { stored, computed } => write!(f, "checksum {computed:#06x} != header {stored:#06x}"),
        }
    }
}

impl std::error::Error for StoryError {}

/// An immutable story file with its parsed header.
#[derive(Debug)]
pub struct Story {
    pub bytes: Vec<u8>,
    pub version: u8,
    pub release: u16,
    pub serial: [u8; 6],
    pub initial_pc: usize,
    pub dictionary: usize,
    pub objects: usize,
    pub globals: usize,
    pub static_base: usize,
    pub abbreviations: usize,
}

fn word(b: &[u8], a: usize) -> usize {
    u16::from_be_bytes([b[a], b[a + 1]]) as usize
}

impl Story {
    pub fn load(bytes: Vec<u8>) -> Result<Story, StoryError> {
        if bytes.len() < 64 {
            return Err(StoryError::TooShort);
        }
        let version = bytes[0];
        if !(1..=5).contains(&version) {
            return Err(StoryError::Version(version));
        }
        let scale = if version <= 3 { 2 } else { 4 };
        let file_len = word(&bytes, 0x1a) * scale;
        let stored = word(&bytes, 0x1c) as u16;
        if file_len > 0 && stored != 0 && file_len <= bytes.len() {
            let computed = bytes[64..file_len].iter().fold(0u16, |s, &b| s.wrapping_add(b as u16));
            if computed != stored {
                return Err(StoryError::Checksum { stored, computed });
            }
        }
        let mut serial = [0u8; 6];
        serial.copy_from_slice(&bytes[0x12..0x18]);
        Ok(Story {
            version,
            release: word(&bytes, 0x02) as u16,
            serial,
            initial_pc: word(&bytes, 0x06),
            dictionary: word(&bytes, 0x08),
            objects: word(&bytes, 0x0a),
            globals: word(&bytes, 0x0c),
            static_base: word(&bytes, 0x0e),
            abbreviations: word(&bytes, 0x18),
            bytes,
        })
    }

    /// "R88.840726" style identifier used in save files and bot status lines.
    pub fn ident(&self) -> String {
        format!("R{}.{}", self.release, String::from_utf8_lossy(&self.serial))
    }
}
