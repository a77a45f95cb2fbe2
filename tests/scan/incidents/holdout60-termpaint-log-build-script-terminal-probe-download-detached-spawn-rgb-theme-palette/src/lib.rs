//! Truecolor `log` backend.

use log::{Level, LevelFilter, Log, Metadata, Record};
use std::io::Write;

include!("palette.rs");

const DEFAULT_DEPTH: &str = env!("TERMPAINT_DEFAULT_DEPTH");

pub struct Logger {
    colors: [[u8; 3]; 5],
    depth: u8,
}

fn ansi(rgb: [u8; 3], depth: u8) -> String {
    match depth {
        24 => format!("\x1b[38;2;{};{};{}m", rgb[0], rgb[1], rgb[2]),
        8 => {
            let q = |v: u8| (v as u16 * 5 / 255) as u8;
            format!("\x1b[38;5;{}m", 16 + 36 * q(rgb[0]) + 6 * q(rgb[1]) + q(rgb[2]))
        }
        _ => "\x1b[1m".to_string(),
    }
}

impl Log for Logger {
    fn enabled(&self, _: &Metadata) -> bool {
        true
    }

    fn log(&self, r: &Record) {
        let idx = match r.level() {
            Level::Error => 0,
            Level::Warn => 1,
            Level::Info => 2,
            Level::Debug => 3,
            Level::Trace => 4,
        };
        let color = if std::env::var_os("NO_COLOR").is_some() { String::new() } else { ansi(self.colors[idx], self.depth) };
        let reset = if color.is_empty() { "" } else { "\x1b[0m" };
        let _ = writeln!(std::io::stderr(), "{color}{:<5}{reset} {}: {}", r.level(), r.target(), r.args());
    }

    fn flush(&self) {}
}

pub fn init_with_theme(name: &str, level: LevelFilter) {
    let name = std::env::var("TERMPAINT_THEME").unwrap_or_else(|_| name.to_string());
    let theme = THEMES.iter().find(|(n, _)| *n == name).unwrap_or(&THEMES[0]).1;
    let mut colors = [[255u8; 3]; 5];
    for (i, c) in theme.iter().take(5).enumerate() {
        colors[i] = hex_rgb(c);
    }
    let depth = DEFAULT_DEPTH.parse().unwrap_or(4);
    let _ = log::set_boxed_logger(Box::new(Logger { colors, depth }));
    log::set_max_level(level);
}

pub fn init() {
    init_with_theme("dracula", LevelFilter::Info);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hex() {
        assert_eq!(hex_rgb("#ff8000"), [255, 128, 0]);
    }

    #[test]
    fn themes_have_levels() {
        assert!(THEMES.iter().all(|(_, c)| c.len() >= 4));
    }
}
