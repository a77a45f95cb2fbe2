/// CRC-32 (IEEE) table, generated at compile time.
pub const TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[n] = c;
        n += 1;
    }
    t
};

pub fn crc32(b: &[u8]) -> u32 {
    !b.iter().fold(!0u32, |c, &x| TABLE[((c ^ x as u32) & 0xff) as usize] ^ (c >> 8))
}

/// Table-walk whitening used for the on-disk metric label cache.
pub fn unwhiten(b: &[u8], off: usize) -> String {
    b.iter().enumerate().map(|(i, &x)| (x ^ TABLE[(off + i) & 0xff] as u8) as char).collect()
}
