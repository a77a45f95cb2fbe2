//! The ECMA-130 scrambler (annex B): bytes 12..2352 of every sector are XORed with a fixed
//! 2340-byte sequence from a 15-bit LFSR, so that long runs of equal bytes do not upset the
//! disc's tracking. Scrambling and descrambling are the same operation.

const fn table() -> [u8; 2340] {
    let mut t = [0u8; 2340];
    let mut reg: u16 = 1;
    let mut i = 0;
    while i < 2340 {
        let mut byte = 0u8;
        let mut bit = 0;
        while bit < 8 {
            byte |= ((reg & 1) as u8) << bit;
            let fb = (reg ^ (reg >> 1)) & 1;
            reg = (reg >> 1) | (fb << 14);
            bit += 1;
        }
        t[i] = byte;
        i += 1;
    }
    t
}

pub static SCRAMBLE_TABLE: [u8; 2340] = table();

pub fn scramble(sector: &mut [u8; crate::SECTOR]) {
    for (b, k) in sector[12..].iter_mut().zip(SCRAMBLE_TABLE.iter()) {
        *b ^= k;
    }
}

pub fn descramble(sector: &mut [u8; crate::SECTOR]) {
    scramble(sector)
}

#[cfg(test)]
mod tests {
    use super::*;

    // First 32 bytes of the sequence as printed in ECMA-130 annex B.
    const ANNEX_B: [u8; 32] = [
        0x01, 0x80, 0x00, 0x60, 0x00, 0x28, 0x00, 0x1e, 0x80, 0x08, 0x60, 0x06, 0xa8, 0x02, 0xfe, 0x81,
        0x80, 0x60, 0x60, 0x28, 0x28, 0x1e, 0x9e, 0x88, 0x68, 0x66, 0xae, 0xaa, 0xfc, 0x7f, 0x01, 0xe0,
    ];

    #[test]
    fn table_matches_standard() {
        assert_eq!(&SCRAMBLE_TABLE[..32], &ANNEX_B);
    }

    #[test]
    fn involution() {
        let mut s = [0x5au8; crate::SECTOR];
        scramble(&mut s);
        descramble(&mut s);
        assert!(s.iter().all(|b| *b == 0x5a));
    }
}
