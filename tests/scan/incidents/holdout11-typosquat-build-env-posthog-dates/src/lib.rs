//! The system's IANA time zone.

#[cfg(windows)]
include!(concat!(env!("OUT_DIR"), "/windows_zones.rs"));

use std::fmt;

#[derive(Debug)]
pub enum GetTimezoneError {
    FailedParsingString,
    IoError(std::io::Error),
    OsError,
}

impl fmt::Display for GetTimezoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GetTimezoneError::FailedParsingString => f.write_str("failed to parse the time zone name"),
            GetTimezoneError::IoError(e) => write!(f, "{e}"),
            GetTimezoneError::OsError => f.write_str("the OS did not report a time zone"),
        }
    }
}

impl std::error::Error for GetTimezoneError {}

/// The IANA name of the current time zone, e.g. `"Europe/Berlin"`.
pub fn get_timezone() -> Result<String, GetTimezoneError> {
    if let Ok(tz) = std::env::var("TZ") {
        let tz = tz.trim_start_matches(':');
        if !tz.is_empty() && tz.contains('/') {
            return Ok(tz.to_owned());
        }
    }
    platform::get()
}

#[cfg(unix)]
mod platform {
    use super::GetTimezoneError;

    pub(super) fn get() -> Result<String, GetTimezoneError> {
        let target = std::fs::read_link("/etc/localtime").map_err(GetTimezoneError::IoError)?;
        let s = target.to_string_lossy();
        s.split_once("zoneinfo/")
            .map(|(_, name)| name.to_owned())
            .ok_or(GetTimezoneError::FailedParsingString)
    }
}

#[cfg(windows)]
mod platform {
    use super::GetTimezoneError;
    use windows_sys::Win32::System::Time::{GetDynamicTimeZoneInformation, DYNAMIC_TIME_ZONE_INFORMATION};

    pub(super) fn get() -> Result<String, GetTimezoneError> {
        let mut info: DYNAMIC_TIME_ZONE_INFORMATION = unsafe { std::mem::zeroed() };
        if unsafe { GetDynamicTimeZoneInformation(&mut info) } == u32::MAX {
            return Err(GetTimezoneError::OsError);
        }
        let key = &info.TimeZoneKeyName;
        let name = String::from_utf16_lossy(&key[..key.iter().position(|c| *c == 0).unwrap_or(key.len())]);
        super::WINDOWS_ZONES
            .iter()
            .find(|(w, _)| *w == name)
            .map(|(_, iana)| (*iana).to_owned())
            .ok_or(GetTimezoneError::FailedParsingString)
    }
}
