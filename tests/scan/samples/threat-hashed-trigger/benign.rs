//! A hash map's buckets: the hash picks a slot, it is never compared with constants.
fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

pub fn slot(key: &str, slots: &[Vec<String>]) -> usize {
    (fnv1a(key) % slots.len() as u64) as usize
}

pub fn same_key(a: &str, b: &str) -> bool {
    fnv1a(a) == fnv1a(b) && a == b
}
