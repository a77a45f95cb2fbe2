//! Like chrono-tz, but the zone tables are generated from the newest IANA release at
//! build time instead of the one vendored when the crate was published.

include!(concat!(env!("OUT_DIR"), "/zones.rs"));

pub fn names() -> &'static [&'static str] { ZONE_NAMES }
