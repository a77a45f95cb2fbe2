//! CLIP (Client Interface Protocol) messages.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::accounts::Account;

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// `1 name lastlogin lasthost`
pub fn welcome(name: &str, last_login: u64, last_host: &str) -> String {
    format!("1 {name} {last_login} {last_host}\r\n")
}

/// `2 name allowpip autoboard autodouble automove away bell crawford double experience greedy
/// moreboards moves notify rating ratings ready redoubles report silent timezone`
pub fn own_info(a: &Account) -> String {
    format!("2 {} 1 1 0 0 0 0 1 1 {} 0 1 0 1 {:.2} 1 1 unlimited 0 0 UTC\r\n", a.name, a.experience, a.rating)
}

pub fn motd(lines: &[&str]) -> String {
    let mut s = String::from("3\r\n");
    for l in lines {
        s.push_str(l);
        s.push_str("\r\n");
    }
    s.push_str("4\r\n");
    s
}

/// `7 name` – player logged in (broadcast).
pub fn logged_in(name: &str) -> String {
    format!("7 {name} {name} logs in.\r\n")
}

pub fn login_stamp() -> u64 {
    now()
}
