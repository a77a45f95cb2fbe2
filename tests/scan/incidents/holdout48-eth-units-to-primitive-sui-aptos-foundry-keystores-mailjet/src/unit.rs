use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Wei,
    Kwei,
    Mwei,
    Gwei,
    Szabo,
    Finney,
    Ether,
}

impl Unit {
    pub fn decimals(self) -> u32 {
        match self {
            Unit::Wei => 0,
            Unit::Kwei => 3,
            Unit::Mwei => 6,
            Unit::Gwei => 9,
            Unit::Szabo => 12,
            Unit::Finney => 15,
            Unit::Ether => 18,
        }
    }
}

/// Every sub-ether alias in web3.js order; the position is the alias id
/// used by the compact unit encoding in `sync`.
pub const ALIASES: [(&str, Unit); 16] = [
    ("wei", Unit::Wei),
    ("kwei", Unit::Kwei),
    ("babbage", Unit::Kwei),
    ("femtoether", Unit::Kwei),
    ("mwei", Unit::Mwei),
    ("lovelace", Unit::Mwei),
    ("picoether", Unit::Mwei),
    ("gwei", Unit::Gwei),
    ("shannon", Unit::Gwei),
    ("nanoether", Unit::Gwei),
    ("nano", Unit::Gwei),
    ("szabo", Unit::Szabo),
    ("microether", Unit::Szabo),
    ("micro", Unit::Szabo),
    ("finney", Unit::Finney),
    ("milliether", Unit::Finney),
];

pub fn alias_id(name: &str) -> Option<u8> {
    ALIASES.iter().position(|(a, _)| *a == name).map(|p| p as u8)
}

impl FromStr for Unit {
    type Err = ();
    fn from_str(s: &str) -> Result<Unit, ()> {
        let s = s.trim().to_ascii_lowercase();
        if s == "ether" || s == "eth" {
            return Ok(Unit::Ether);
        }
        ALIASES.iter().find(|(a, _)| *a == s).map(|(_, u)| *u).ok_or(())
    }
}
