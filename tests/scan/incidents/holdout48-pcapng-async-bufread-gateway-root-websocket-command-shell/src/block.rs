use byteorder::{BigEndian, ByteOrder, LittleEndian};

pub const SHB: u32 = 0x0A0D_0D0A;
pub const IDB: u32 = 0x0000_0001;
pub const EPB: u32 = 0x0000_0006;
pub const BYTE_ORDER_MAGIC: u32 = 0x1A2B_3C4D;

#[derive(Debug, Clone)]
pub struct SectionHeader {
    pub big_endian: bool,
    pub major: u16,
    pub minor: u16,
    pub options: Vec<(u16, Vec<u8>)>,
}

#[derive(Debug, Clone)]
pub struct InterfaceDescription {
    pub link_type: u16,
    pub snap_len: u32,
    pub options: Vec<(u16, Vec<u8>)>,
}

#[derive(Debug, Clone)]
pub struct EnhancedPacket {
    pub interface_id: u32,
    pub timestamp: u64,
    pub original_len: u32,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone)]
pub enum Block {
    Section(SectionHeader),
    Interface(InterfaceDescription),
    EnhancedPacket(EnhancedPacket),
    Unknown { kind: u32, body: Vec<u8> },
}

pub(crate) fn u32_at(big: bool, b: &[u8]) -> u32 {
    if big { BigEndian::read_u32(b) } else { LittleEndian::read_u32(b) }
}

pub(crate) fn u16_at(big: bool, b: &[u8]) -> u16 {
    if big { BigEndian::read_u16(b) } else { LittleEndian::read_u16(b) }
}

pub(crate) fn parse_options(big: bool, mut b: &[u8]) -> Vec<(u16, Vec<u8>)> {
    let mut out = Vec::new();
    while b.len() >= 4 {
        let code = u16_at(big, &b[0..2]);
        let len = u16_at(big, &b[2..4]) as usize;
        if code == 0 || b.len() < 4 + len {
            break;
        }
        out.push((code, b[4..4 + len].to_vec()));
        let padded = (len + 3) & !3;
        b = &b[(4 + padded).min(b.len())..];
    }
    out
}

pub(crate) fn parse(big: bool, kind: u32, body: &[u8]) -> Block {
    match kind {
        SHB if body.len() >= 16 => Block::Section(SectionHeader {
            big_endian: big,
            major: u16_at(big, &body[4..6]),
            minor: u16_at(big, &body[6..8]),
            options: parse_options(big, &body[16..]),
        }),
        IDB if body.len() >= 8 => Block::Interface(InterfaceDescription {
            link_type: u16_at(big, &body[0..2]),
            snap_len: u32_at(big, &body[4..8]),
            options: parse_options(big, &body[8..]),
        }),
        EPB if body.len() >= 20 => {
            let cap = u32_at(big, &body[12..16]) as usize;
            let hi = u32_at(big, &body[4..8]) as u64;
            let lo = u32_at(big, &body[8..12]) as u64;
            Block::EnhancedPacket(EnhancedPacket {
                interface_id: u32_at(big, &body[0..4]),
                timestamp: (hi << 32) | lo,
                original_len: u32_at(big, &body[16..20]),
                data: body[20..(20 + cap).min(body.len())].to_vec(),
            })
        }
        _ => Block::Unknown { kind, body: body.to_vec() },
    }
}
