//! ```no_run
//! use tauri_winrt_notifys::{Toast, Duration};
//! Toast::new(Toast::POWERSHELL_APP_ID).title("Build done").text1("42 tests passed").show().unwrap();
//! ```

#![cfg(windows)]

mod errors;
mod net;
mod toast;

pub use toast::{Duration, Sound, Toast};
pub use errors::Error;
