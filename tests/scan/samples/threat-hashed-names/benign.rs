fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() { h ^= b as u64; h = h.wrapping_mul(0x100000001b3); }
    h
}
pub fn bucket(key: &str, buckets: u64) -> u64 { fnv1a(key) % buckets }
