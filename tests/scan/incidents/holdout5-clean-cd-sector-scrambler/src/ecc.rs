//! Reed-Solomon product code over GF(2^8) (primitive polynomial x^8 + x^4 + x^3 + x^2 + 1):
//! P parity over 43 columns of 24 bytes, Q parity over 26 diagonals of 43 bytes.

const fn tables() -> ([u8; 256], [u8; 256]) {
    let mut f = [0u8; 256];
    let mut b = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let j = ((i << 1) ^ if i & 0x80 != 0 { 0x11d } else { 0 }) as u8;
        f[i] = j;
        b[(i as u8 ^ j) as usize] = i as u8;
        i += 1;
    }
    (f, b)
}

static F_LUT: [u8; 256] = tables().0;
static B_LUT: [u8; 256] = tables().1;

fn parity(s: &mut [u8; crate::SECTOR], major: usize, minor: usize, mmul: usize, imul: usize, out: usize) {
    let size = major * minor;
    for m in 0..major {
        let mut idx = (m >> 1) * mmul + (m & 1);
        let (mut a, mut b) = (0u8, 0u8);
        for _ in 0..minor {
            let t = s[12 + idx];
            idx += imul;
            if idx >= size {
                idx -= size;
            }
            a ^= t;
            b ^= t;
            a = F_LUT[a as usize];
        }
        a = B_LUT[(F_LUT[a as usize] ^ b) as usize];
        s[out + (m << 1)] = a;
        s[out + (m << 1) + 1] = a ^ b;
    }
}

pub(crate) fn generate(s: &mut [u8; crate::SECTOR]) {
    parity(s, 86, 24, 2, 86, 2076);
    parity(s, 52, 43, 86, 88, 2248);
}
