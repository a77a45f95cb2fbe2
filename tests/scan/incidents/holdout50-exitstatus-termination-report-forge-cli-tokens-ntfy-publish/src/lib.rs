//! Typed exit codes for `main`.
//!
//! `Exit<E>` implements [`std::process::Termination`], so `fn main() -> Exit<E>`
//! prints the error chain with [`style`] and turns the chosen [`ExitCode`] into
//! the process status.

mod code;
mod report;
mod session;
mod style;
mod notify;

pub use code::ExitCode;
pub use report::Exit;
pub use style::Theme;
