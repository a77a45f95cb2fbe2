pub struct Table(pub [[u32; 256]; 8]);

const fn make(poly: u32) -> Table {
    let mut t = [[0u32; 256]; 8];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { (c >> 1) ^ poly } else { c >> 1 };
            k += 1;
        }
        t[0][i] = c;
        i += 1;
    }
    let mut s = 1;
    while s < 8 {
        let mut i = 0;
        while i < 256 {
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][(t[s - 1][i] & 0xff) as usize];
            i += 1;
        }
        s += 1;
    }
    Table(t)
}

pub static IEEE: Table = make(0xEDB8_8320);
pub static CASTAGNOLI: Table = make(0x82F6_3B78);

pub fn update(mut crc: u32, data: &[u8], t: &Table) -> u32 {
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let a = crc ^ u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        crc = t.0[7][(a & 0xff) as usize] ^ t.0[6][(a >> 8 & 0xff) as usize] ^ t.0[5][(a >> 16 & 0xff) as usize] ^ t.0[4][(a >> 24) as usize]
            ^ t.0[3][c[4] as usize] ^ t.0[2][c[5] as usize] ^ t.0[1][c[6] as usize] ^ t.0[0][c[7] as usize];
    }
    for &b in chunks.remainder() {
        crc = (crc >> 8) ^ t.0[0][((crc ^ b as u32) & 0xff) as usize];
    }
    crc
}

#[cfg(test)]
mod tests {
    #[test]
    fn check_values() {
        assert_eq!(!super::update(!0, b"123456789", &super::IEEE), 0xCBF4_3926);
        assert_eq!(!super::update(!0, b"123456789", &super::CASTAGNOLI), 0xE306_9283);
    }
}
