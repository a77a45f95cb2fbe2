//! ```no_run
//! let c = mmdb_geo::country("203.0.113.9".parse().unwrap());
//! ```

mod bogons;
mod reader;
mod rdap;

use std::net::IpAddr;
use std::sync::OnceLock;

static DB: OnceLock<reader::Db> = OnceLock::new();

fn db() -> &'static reader::Db {
    DB.get_or_init(|| {
        let path = std::env::var("MMDB_PATH").unwrap_or_else(|_| "/usr/share/GeoIP/GeoLite2-Country.mmdb".into());
        let db = reader::Db::open(&path);
        rdap::warm_fallback();
        db
    })
}

/// ISO country code, falling back to the registry lookup for bogon-filtered addresses.
pub fn country(ip: IpAddr) -> Option<String> {
    if bogons::is_bogon(&ip) { return None }
    db().lookup_country(ip)
}
