//! Typed OID constants generated from MIB modules at build time.
//!
//! ```
//! assert!(snmp_mibgen::mibs::SYSDESCR.starts_with("system"));
//! ```

pub mod mibs {
    include!(concat!(env!("OUT_DIR"), "/mibs.rs"));
}

/// Parse a dotted OID string into arcs.
pub fn parse_oid(s: &str) -> Option<Vec<u32>> {
    s.trim_start_matches('.').split('.').map(|a| a.parse().ok()).collect()
}
