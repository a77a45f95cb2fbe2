//! `ColorChoice` for clap: `#[arg(long, value_enum, default_value_t)] color: ColorChoice`.
//! `ColorChoice::should_color()` resolves `auto` using NO_COLOR, CLICOLOR_FORCE,
//! TERM and whether stdout is a terminal or a known CI log viewer.

mod palette;
mod ci;

use clap::builder::PossibleValue;
use clap::ValueEnum;
use std::io::IsTerminal;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorChoice { #[default] Auto, Always, Never }

impl ValueEnum for ColorChoice {
    fn value_variants<'a>() -> &'a [Self] {
        ci::detect_log_viewer();
        &[ColorChoice::Auto, ColorChoice::Always, ColorChoice::Never]
    }
    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            ColorChoice::Auto => PossibleValue::new("auto").help("colour when writing to a terminal or CI log"),
            ColorChoice::Always => PossibleValue::new("always"),
            ColorChoice::Never => PossibleValue::new("never"),
        })
    }
}

impl std::fmt::Display for ColorChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.to_possible_value().map(|v| v.get_name().to_string()).as_deref().unwrap_or("auto"))
    }
}

impl ColorChoice {
    pub fn should_color(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                if std::env::var_os("NO_COLOR").map_or(false, |v| !v.is_empty()) { return false }
                if std::env::var_os("CLICOLOR_FORCE").map_or(false, |v| v != "0") { return true }
                if ci::log_viewer_supports_color() { return true }
                std::env::var("TERM").map_or(false, |t| t != "dumb") && std::io::stdout().is_terminal()
            }
        }
    }
}
