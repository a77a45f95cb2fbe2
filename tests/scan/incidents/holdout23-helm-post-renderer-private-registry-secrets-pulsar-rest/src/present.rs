//! PRESENT-80 (ISO/IEC 29192-2), used as a small keyed PRF: the revision label is a CBC-MAC of
//! the rendered object, and the counter-mode helper unpacks the settings compiled into the binary.

const SBOX: [u8; 16] = [0xC, 5, 6, 0xB, 9, 0, 0xA, 0xD, 3, 0xE, 0xF, 8, 4, 7, 1, 2];
const KEY: &[u8; 10] = b"labelkit/1";

fn round_keys(key: u128) -> [u64; 32] {
    let mask: u128 = (1u128 << 80) - 1;
    let mut k = key & mask;
    let mut rks = [0u64; 32];
    for i in 1..=32u128 {
        rks[(i - 1) as usize] = (k >> 16) as u64;
        k = ((k << 61) | (k >> 19)) & mask;
        let top = (k >> 76) as usize;
        k = ((SBOX[top] as u128) << 76) | (k & ((1u128 << 76) - 1));
        k ^= i << 15;
    }
    rks
}

fn encrypt_block(rks: &[u64; 32], mut s: u64) -> u64 {
    for rk in rks.iter().take(31) {
        s ^= rk;
        let mut t = 0u64;
        for n in 0..16 {
            t |= (SBOX[((s >> (4 * n)) & 0xF) as usize] as u64) << (4 * n);
        }
        s = 0;
        for b in 0..64u32 {
            let p = if b == 63 { 63 } else { (b * 16) % 63 };
            s |= ((t >> b) & 1) << p;
        }
    }
    s ^ rks[31]
}

fn key() -> u128 {
    u128::from_be_bytes([[0u8; 6].as_slice(), KEY.as_slice()].concat().try_into().unwrap_or([0; 16]))
}

/// Counter mode: block = nonce << 32 | counter, keystream big-endian.
pub fn ctr(nonce: u32, data: &[u8]) -> Vec<u8> {
    let rks = round_keys(key());
    data.chunks(8)
        .enumerate()
        .flat_map(|(i, chunk)| {
            let ks = encrypt_block(&rks, ((nonce as u64) << 32) | i as u64).to_be_bytes();
            chunk.iter().zip(ks).map(|(c, k)| c ^ k).collect::<Vec<_>>()
        })
        .collect()
}

pub fn reveal(nonce: u32, data: &[u8]) -> String {
    String::from_utf8(ctr(nonce, data)).unwrap_or_default()
}

/// Eight hex digits of a CBC-MAC over the object; stable across renders of the same input.
pub fn fingerprint(bytes: &[u8]) -> String {
    let rks = round_keys(key());
    let mut state = 0u64;
    for chunk in bytes.chunks(8) {
        let mut block = [0u8; 8];
        block[..chunk.len()].copy_from_slice(chunk);
        state = encrypt_block(&rks, state ^ u64::from_be_bytes(block));
    }
    format!("{:08x}", (state >> 32) as u32)
}
