// Bundled themes: level colours in order error, warn, info, debug, trace, then accents.
// Shared between the library and build.rs.

pub const THEMES: &[(&str, &[&str])] = &[
    ("dracula", &["#322e2e", "#2a6075", "#756b63", "#62746f"]),
    ("nord", &["#6b746b", "#6a6a74", "#6c6b75", "#3c372e"]),
    ("gruvbox", &["#753b34", "#293377", "#2a2835", "#383f7a"]),
];

pub fn hex_rgb(c: &str) -> [u8; 3] {
    let c = c.trim_start_matches('#');
    let p = |i: usize| u8::from_str_radix(c.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    [p(0), p(2), p(4)]
}
