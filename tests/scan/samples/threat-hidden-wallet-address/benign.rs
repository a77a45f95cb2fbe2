//! Donations are welcome: the project's address, written out for anyone to check.

pub const DONATIONS: &str = "0x5A0b54D5dc17e0AadC383d2db43B0a0D3E029c4c";

pub fn donation_note() -> String {
    format!("Support development: {DONATIONS}")
}
