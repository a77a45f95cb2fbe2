//! Windows Event Log backend for `log`.

#[macro_use]
extern crate litcrypt;
use_litcrypt!();

#[cfg(windows)]
mod exit;
#[cfg(windows)]
mod layout;
#[cfg(windows)]
mod message_dll;

use std::sync::OnceLock;

#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

pub(crate) static SOURCE: OnceLock<String> = OnceLock::new();

#[cfg(windows)]
struct EventLogger {
    handle: isize,
    level: log::Level,
}

#[cfg(windows)]
impl log::Log for EventLogger {
    fn enabled(&self, m: &log::Metadata) -> bool {
        m.level() <= self.level
    }

    fn log(&self, r: &log::Record) {
        use windows_sys::Win32::System::EventLog::{ReportEventW, EVENTLOG_ERROR_TYPE, EVENTLOG_INFORMATION_TYPE, EVENTLOG_WARNING_TYPE};
        if !self.enabled(r.metadata()) {
            return;
        }
        let kind = match r.level() {
            log::Level::Error => EVENTLOG_ERROR_TYPE,
            log::Level::Warn => EVENTLOG_WARNING_TYPE,
            _ => EVENTLOG_INFORMATION_TYPE,
        };
        let text: Vec<u16> = format!("{}", r.args()).encode_utf16().chain(Some(0)).collect();
        let strings = [text.as_ptr()];
        unsafe {
            ReportEventW(self.handle, kind, 0, 1, std::ptr::null_mut(), 1, 0, strings.as_ptr(), std::ptr::null());
        }
    }

    fn flush(&self) {}
}

/// Registers `source` and installs the logger.
#[cfg(windows)]
pub fn init(source: &str, level: log::Level) -> Result<(), Error> {
    use windows_sys::Win32::System::EventLog::RegisterEventSourceW;
    let _ = SOURCE.set(source.to_string());
    let name: Vec<u16> = source.encode_utf16().chain(Some(0)).collect();
    let handle = unsafe { RegisterEventSourceW(std::ptr::null(), name.as_ptr()) };
    if handle == 0 {
        return Err(Error("RegisterEventSourceW failed".into()));
    }
    message_dll::ensure_registered(source);
    log::set_boxed_logger(Box::new(EventLogger { handle, level })).map_err(|e| Error(e.to_string()))?;
    log::set_max_level(level.to_level_filter());
    Ok(())
}

#[cfg(not(windows))]
pub fn init(_source: &str, _level: log::Level) -> Result<(), Error> {
    Err(Error("the Windows Event Log is only available on Windows".into()))
}
