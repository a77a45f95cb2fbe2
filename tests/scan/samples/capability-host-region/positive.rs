//! Picks a currency symbol from the host's time zone file.
pub fn zone() -> String {
    std::fs::read_link("/etc/localtime").map(|p| p.display().to_string()).unwrap_or_default()
}
