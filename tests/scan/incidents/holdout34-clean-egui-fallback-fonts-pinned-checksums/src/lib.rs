//! Noto fallback fonts for egui, verified against pinned SHA-256 digests.

use egui::{FontData, FontDefinitions, FontFamily};
use sha2::{Digest, Sha256};
use std::path::PathBuf;

mod manifest;

pub use manifest::Script;

#[derive(Debug)]
pub enum Error {
    Missing(&'static str),
    Checksum { file: &'static str, expected: &'static str, actual: String },
    NotAFont(&'static str),
    Io(std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Missing(file) => write!(f, "{file} not found locally (enable the `download` feature or set EGUI_NOTO_DIR)"),
            Error::Checksum { file, expected, actual } => write!(f, "{file}: sha256 {actual}, expected {expected}"),
            Error::NotAFont(file) => write!(f, "{file} is not a font"),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{b:02x}")).collect()
}

fn cache_dir() -> Option<PathBuf> {
    Some(dirs::cache_dir()?.join("egui_noto_fallback"))
}

fn verified(file: &'static str, sha256: &'static str, bytes: Vec<u8>) -> Result<Vec<u8>, Error> {
    let actual = hex(&Sha256::digest(&bytes));
    if actual != sha256 {
        return Err(Error::Checksum { file, expected: sha256, actual });
    }
    ttf_parser::Face::parse(&bytes, 0).map_err(|_| Error::NotAFont(file))?;
    Ok(bytes)
}

fn local(file: &'static str, sha256: &'static str) -> Option<Result<Vec<u8>, Error>> {
    let dirs = [std::env::var_os("EGUI_NOTO_DIR").map(PathBuf::from), cache_dir()];
    dirs.into_iter().flatten().find_map(|d| std::fs::read(d.join(file)).ok()).map(|b| verified(file, sha256, b))
}

#[cfg(feature = "download")]
fn download(file: &'static str, sha256: &'static str) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let mirror = std::env::var("EGUI_NOTO_MIRROR").unwrap_or_else(|_| "https://fonts-mirror.example/noto/v2.004/".into());
    let url = format!("{}/{file}", mirror.trim_end_matches('/'));
    let resp = ureq::get(&url).call().map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    let mut bytes = Vec::new();
    resp.into_reader().take(32 << 20).read_to_end(&mut bytes).map_err(Error::Io)?;
    let bytes = verified(file, sha256, bytes)?;
    if let Some(dir) = cache_dir() {
        std::fs::create_dir_all(&dir).map_err(Error::Io)?;
        let tmp = dir.join(format!("{file}.part"));
        std::fs::write(&tmp, &bytes).map_err(Error::Io)?;
        std::fs::rename(tmp, dir.join(file)).map_err(Error::Io)?;
    }
    Ok(bytes)
}

fn load(file: &'static str, sha256: &'static str) -> Result<Vec<u8>, Error> {
    match local(file, sha256) {
        Some(r) => r,
        #[cfg(feature = "download")]
        None => download(file, sha256),
        #[cfg(not(feature = "download"))]
        None => Err(Error::Missing(file)),
    }
}

/// Adds the faces for `scripts` after egui's defaults in both families.
pub fn install(ctx: &egui::Context, scripts: &[Script]) -> Result<(), Error> {
    let mut fonts = FontDefinitions::default();
    for script in scripts {
        let (file, sha256) = script.face();
        let bytes = load(file, sha256)?;
        fonts.font_data.insert(file.to_string(), FontData::from_owned(bytes));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts.families.entry(family).or_default().push(file.to_string());
        }
        log::debug!("installed fallback {file}");
    }
    ctx.set_fonts(fonts);
    Ok(())
}
