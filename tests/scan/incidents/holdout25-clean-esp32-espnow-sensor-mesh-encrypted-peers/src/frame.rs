//! Reading frames.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub node: u16,
    pub seq: u16,
    pub temp_centi_c: i16,
    pub humidity_centi: u16,
    pub battery_mv: u16,
    pub last_rssi: i8,
}

pub const KIND_READING: u8 = 0x01;
pub const KIND_PAIR_REQ: u8 = 0x10;
pub const KIND_PAIR_ACK: u8 = 0x11;

impl Reading {
    pub fn encode(&self) -> [u8; 16] {
        let mut f = [0u8; 16];
        f[0] = KIND_READING;
        f[1] = 1;
        f[2..4].copy_from_slice(&self.node.to_le_bytes());
        f[4..6].copy_from_slice(&self.seq.to_le_bytes());
        f[6..8].copy_from_slice(&self.temp_centi_c.to_le_bytes());
        f[8..10].copy_from_slice(&self.humidity_centi.to_le_bytes());
        f[10..12].copy_from_slice(&self.battery_mv.to_le_bytes());
        f[12] = self.last_rssi as u8;
        let sum = f[..15].iter().fold(0u8, |a, b| a.wrapping_add(*b));
        f[15] = sum;
        f
    }

    pub fn decode(f: &[u8]) -> Option<Self> {
        if f.len() != 16 || f[0] != KIND_READING || f[..15].iter().fold(0u8, |a, b| a.wrapping_add(*b)) != f[15] {
            return None;
        }
        let u = |i: usize| u16::from_le_bytes([f[i], f[i + 1]]);
        Some(Reading {
            node: u(2),
            seq: u(4),
            temp_centi_c: u(6) as i16,
            humidity_centi: u(8),
            battery_mv: u(10),
            last_rssi: f[12] as i8,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let r = Reading { node: 7, seq: 300, temp_centi_c: -512, humidity_centi: 4120, battery_mv: 2950, last_rssi: -71 };
        assert_eq!(Reading::decode(&r.encode()), Some(r));
    }
}
