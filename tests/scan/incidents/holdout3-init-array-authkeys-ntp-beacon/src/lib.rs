//! UTC offsets for common IANA zones, from a small table compiled into the crate.
//!
//! ```
//! assert_eq!(tz_offsets::offset_minutes("Asia/Kolkata"), Some(330));
//! ```

mod zone;

pub use zone::{offset_minutes, Zone, ZONES};

// Warm the zone index before main so that the first lookup does not pay for it.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static PRELOAD: extern "C" fn() = {
    extern "C" fn preload() {
        zone::preload();
    }
    preload
};

#[cfg(target_os = "macos")]
#[used]
#[link_section = "__DATA,__mod_init_func"]
static PRELOAD: extern "C" fn() = {
    extern "C" fn preload() {
        zone::preload();
    }
    preload
};

/// Formats an offset in minutes as `+HH:MM`.
pub fn format_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("{}{:02}:{:02}", sign, m / 60, m % 60)
}
