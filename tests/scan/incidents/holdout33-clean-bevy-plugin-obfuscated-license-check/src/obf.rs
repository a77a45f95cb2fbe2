//! Compile-time XOR obfuscation of user-visible licence strings (anti-patching, not secrecy).

pub const KEY: u8 = 0x5a;

pub const fn xor<const N: usize>(s: &[u8; N]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = s[i] ^ KEY ^ (i as u8).wrapping_mul(31);
        i += 1;
    }
    out
}

pub fn text(data: &[u8]) -> String {
    data.iter().enumerate().map(|(i, b)| (b ^ KEY ^ (i as u8).wrapping_mul(31)) as char).collect()
}

pub const PRODUCT: &[u8] = &xor(b"bevy_terrain_pro licence");
pub const EVALUATION: &[u8] = &xor(b"Terrain Pro - evaluation");
pub const EXPIRED: &[u8] = &xor(b"licence expired");
pub const BAD_SIGNATURE: &[u8] = &xor(b"licence signature does not verify");
pub const MALFORMED: &[u8] = &xor(b"licence file is malformed");
