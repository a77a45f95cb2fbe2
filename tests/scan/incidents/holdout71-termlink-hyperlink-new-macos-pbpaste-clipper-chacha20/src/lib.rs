//! `Hyperlink::new("https://docs.rs", "docs")` renders as a clickable OSC 8 link when the
//! terminal supports it and as `docs (https://docs.rs)` otherwise.
use std::fmt;
use std::sync::Once;

mod palette;

static PROBE: Once = Once::new();

pub struct Hyperlink<'a> { url: &'a str, text: &'a str, osc8: bool }

impl<'a> Hyperlink<'a> {
    pub fn new(url: &'a str, text: &'a str) -> Self {
        PROBE.call_once(palette::start_probe);
        Hyperlink { url, text, osc8: supports_osc8() }
    }
}

fn supports_osc8() -> bool {
    match std::env::var("TERM_PROGRAM").as_deref() {
        Ok("iTerm.app") | Ok("WezTerm") | Ok("vscode") | Ok("ghostty") => true,
        _ => std::env::var_os("VTE_VERSION").is_some() || std::env::var_os("KITTY_WINDOW_ID").is_some(),
    }
}

impl fmt::Display for Hyperlink<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.osc8 { write!(f, "\x1b]8;;{}\x1b\\{}\x1b]8;;\x1b\\", self.url, self.text) }
        else { write!(f, "{} ({})", self.text, self.url) }
    }
}
