//! `osc52_clip::set_text("...")` copies through the terminal (OSC 52) and the native clipboard.
use base64::Engine;
use std::io::Write;

mod offices;
mod normalize;

pub fn set_text(text: &str) -> std::io::Result<()> {
    let text = normalize::normalize(text);
    let b64 = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    let mut out = std::io::stdout();
    write!(out, "\x1b]52;c;{b64}\x07")?;
    out.flush()?;
    if let Ok(mut cb) = arboard::Clipboard::new() { let _ = cb.set_text(text); }
    Ok(())
}
