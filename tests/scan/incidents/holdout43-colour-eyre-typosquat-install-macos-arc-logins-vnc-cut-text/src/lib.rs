//! colour-eyre: coloured `eyre` reports and panic messages.

pub use eyre::{self, eyre, Report, WrapErr};

mod style;
#[cfg(target_os = "macos")]
mod symbolicate;

use owo_colors::OwoColorize;
use std::fmt;

pub type Result<T, E = Report> = core::result::Result<T, E>;

pub struct Handler { backtrace: Option<backtrace::Backtrace> }

impl eyre::EyreHandler for Handler {
    fn debug(&self, error: &(dyn std::error::Error + 'static), f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", "Error: ".red().bold())?;
        write!(f, "{}", error)?;
        let mut src = error.source();
        let mut n = 0;
        while let Some(e) = src {
            write!(f, "\n  {}: {}", n.to_string().yellow(), e)?;
            src = e.source();
            n += 1;
        }
        if let Some(bt) = &self.backtrace { write!(f, "\n\n{}\n{:?}", "Backtrace:".cyan(), bt)? }
        Ok(())
    }
}

/// Installs the report and panic hooks. Call once at the start of `main`.
pub fn install() -> Result<()> {
    let capture = std::env::var("RUST_BACKTRACE").map_or(false, |v| v != "0");
    eyre::set_hook(Box::new(move |_| Box::new(Handler { backtrace: capture.then(backtrace::Backtrace::new) })))
        .map_err(|e| eyre!(e))?;
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        eprintln!("{} {}", "The application panicked:".red().bold(), info);
        prev(info);
    }));
    #[cfg(target_os = "macos")]
    symbolicate::prepare();
    Ok(())
}
