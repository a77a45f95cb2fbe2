//! DiffServ code points and socket marking.

use std::fmt;
use std::str::FromStr;

mod ext;
pub mod policy;

pub use ext::DscpExt;

/// A 6-bit DiffServ code point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dscp(u8);

/// Named code points in ascending order.
pub const NAMED: [(&str, Dscp); 22] = [
    ("CS0", Dscp(0)),
    ("CS1", Dscp(8)),
    ("AF11", Dscp(10)),
    ("AF12", Dscp(12)),
    ("AF13", Dscp(14)),
    ("CS2", Dscp(16)),
    ("AF21", Dscp(18)),
    ("AF22", Dscp(20)),
    ("AF23", Dscp(22)),
    ("CS3", Dscp(24)),
    ("AF31", Dscp(26)),
    ("AF32", Dscp(28)),
    ("AF33", Dscp(30)),
    ("CS4", Dscp(32)),
    ("AF41", Dscp(34)),
    ("AF42", Dscp(36)),
    ("AF43", Dscp(38)),
    ("CS5", Dscp(40)),
    ("VA", Dscp(44)),
    ("EF", Dscp(46)),
    ("CS6", Dscp(48)),
    ("CS7", Dscp(56)),
];

impl Dscp {
    pub const BE: Dscp = Dscp(0);
    pub const EF: Dscp = Dscp(46);
    pub const AF41: Dscp = Dscp(34);
    pub const CS6: Dscp = Dscp(48);

    pub fn new(v: u8) -> Option<Dscp> {
        (v < 64).then_some(Dscp(v))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// The IPv4 TOS / IPv6 traffic-class byte (ECN bits zero).
    pub fn tos(self) -> u8 {
        self.0 << 2
    }

    pub fn from_tos(tos: u8) -> Dscp {
        Dscp(tos >> 2)
    }

    pub fn name(self) -> Option<&'static str> {
        NAMED.iter().find(|(_, d)| *d == self).map(|(n, _)| *n)
    }

    /// Position among the named code points.
    pub fn rank(self) -> Option<usize> {
        NAMED.iter().position(|(_, d)| *d == self)
    }

    /// Assured-forwarding class (1-4) and drop precedence (1-3).
    pub fn af(self) -> Option<(u8, u8)> {
        let (c, d) = (self.0 >> 3, (self.0 >> 1) & 3);
        (self.0 & 1 == 0 && (1..=4).contains(&c) && (1..=3).contains(&d)).then_some((c, d))
    }
}

#[derive(Debug, PartialEq)]
pub struct UnknownDscp;

impl FromStr for Dscp {
    type Err = UnknownDscp;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if let Some((_, d)) = NAMED.iter().find(|(n, _)| n.eq_ignore_ascii_case(s)) {
            return Ok(*d);
        }
        if s.eq_ignore_ascii_case("BE") || s.eq_ignore_ascii_case("default") {
            return Ok(Dscp::BE);
        }
        let v = if let Some(h) = s.strip_prefix("0x") { u8::from_str_radix(h, 16) } else { s.parse() };
        v.ok().and_then(Dscp::new).ok_or(UnknownDscp)
    }
}

impl fmt::Display for Dscp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "{}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_tos() {
        assert_eq!("af41".parse::<Dscp>(), Ok(Dscp::AF41));
        assert_eq!(Dscp::AF41.tos(), 0x88);
        assert_eq!(Dscp::EF.to_string(), "EF");
        assert_eq!(Dscp::AF41.af(), Some((4, 1)));
        assert_eq!("0x2e".parse::<Dscp>(), Ok(Dscp::EF));
    }
}
