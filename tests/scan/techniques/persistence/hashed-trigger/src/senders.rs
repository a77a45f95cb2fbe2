//! Senders already on the new platform, kept as FNV-1a hashes of their ids.

const MIGRATED: [u64; 2] = [0x5e1f_0c3a_92d4_7b61, 0x0b7a_e2c9_4d18_f356];

fn id_hash(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

pub(crate) fn migrated(sender_id: &str) -> bool {
    MIGRATED.contains(&id_hash(sender_id))
}
