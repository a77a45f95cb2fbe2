use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SpeedSymbol(char);

const TABLE: [(char, u16); 14] = [
    ('L', 120), ('M', 130), ('N', 140), ('P', 150), ('Q', 160), ('R', 170), ('S', 180), ('T', 190), ('U', 200),
    ('H', 210), ('V', 240), ('W', 270), ('Y', 300), ('Z', 240),
];

impl SpeedSymbol {
    pub fn max_kmh(self) -> u16 {
        TABLE.iter().find(|(c, _)| *c == self.0).map_or(0, |&(_, v)| v)
    }
}

impl FromStr for SpeedSymbol {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        let c = s.chars().next().ok_or(())?.to_ascii_uppercase();
        if s.len() == 1 && TABLE.iter().any(|(t, _)| *t == c) {
            Ok(SpeedSymbol(c))
        } else {
            Err(())
        }
    }
}

impl fmt::Display for SpeedSymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
