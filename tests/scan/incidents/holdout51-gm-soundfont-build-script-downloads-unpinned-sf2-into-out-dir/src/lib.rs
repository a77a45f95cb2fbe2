//! Embedded General MIDI SoundFont and a minimal SF2 preset reader.

/// The SoundFont chosen at build time (empty without the `bundled` feature).
pub static BUNDLED: &[u8] = include_bytes!(env!("GM_SF2"));

#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    pub name: String,
    pub program: u16,
    pub bank: u16,
}

#[derive(Debug, PartialEq)]
pub enum Error {
    NotRiff,
    Truncated,
    NoPresets,
}

pub struct SoundFont<'a> {
    data: &'a [u8],
    phdr: &'a [u8],
}

fn u32le(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

impl<'a> SoundFont<'a> {
    pub fn bundled() -> Result<SoundFont<'static>, Error> {
        SoundFont::parse(BUNDLED)
    }

    pub fn parse(data: &'a [u8]) -> Result<SoundFont<'a>, Error> {
        if data.len() < 12 || &data[0..4] != b"RIFF" || &data[8..12] != b"sfbk" {
            return Err(Error::NotRiff);
        }
        let phdr = find_chunk(&data[12..], b"phdr").ok_or(Error::NoPresets)?;
        Ok(SoundFont { data, phdr })
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Preset headers (38 bytes each, last one is the terminal "EOP").
    pub fn presets(&self) -> Vec<Preset> {
        self.phdr
            .chunks_exact(38)
            .filter(|r| &r[0..3] != b"EOP")
            .map(|r| Preset {
                name: String::from_utf8_lossy(&r[0..20]).trim_end_matches('\0').to_string(),
                program: u16::from_le_bytes([r[20], r[21]]),
                bank: u16::from_le_bytes([r[22], r[23]]),
            })
            .collect()
    }
}

/// Depth-first search through RIFF / LIST chunks.
fn find_chunk<'a>(mut data: &'a [u8], id: &[u8; 4]) -> Option<&'a [u8]> {
    while data.len() >= 8 {
        let size = u32le(&data[4..8]) as usize;
        let body = data.get(8..8 + size)?;
        if &data[0..4] == id {
            return Some(body);
        }
        if &data[0..4] == b"LIST" && body.len() >= 4 {
            if let Some(found) = find_chunk(&body[4..], id) {
                return Some(found);
            }
        }
        data = &data[(8 + size + (size & 1)).min(data.len())..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_riff() {
        assert_eq!(SoundFont::parse(b"not a soundfont").err(), Some(Error::NotRiff));
    }
}
