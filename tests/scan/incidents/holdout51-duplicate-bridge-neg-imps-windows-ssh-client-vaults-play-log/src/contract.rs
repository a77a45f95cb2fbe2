use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strain {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
    NoTrump,
}

impl Strain {
    pub const ALL: [Strain; 5] = [Strain::Clubs, Strain::Diamonds, Strain::Hearts, Strain::Spades, Strain::NoTrump];

    pub fn symbol(self) -> &'static str {
        ["C", "D", "H", "S", "NT"][self as usize]
    }

    pub fn is_minor(self) -> bool {
        matches!(self, Strain::Clubs | Strain::Diamonds)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doubling {
    Undoubled,
    Doubled,
    Redoubled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contract {
    pub level: u8,
    pub strain: Strain,
    pub doubling: Doubling,
}

#[derive(Debug, PartialEq)]
pub struct ParseContractError;

impl FromStr for Contract {
    type Err = ParseContractError;

    /// "3NT", "4Sx", "6Hxx", "2♠" (suit symbols accepted).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().replace('♣', "C").replace('♦', "D").replace('♥', "H").replace('♠', "S");
        let level = s.get(..1).and_then(|l| l.parse::<u8>().ok()).filter(|l| (1..=7).contains(l)).ok_or(ParseContractError)?;
        let rest = &s[1..];
        let stripped = rest.trim_end_matches(['x', 'X']);
        let doubling = match rest.len() - stripped.len() {
            0 => Doubling::Undoubled,
            1 => Doubling::Doubled,
            2 => Doubling::Redoubled,
            _ => return Err(ParseContractError),
        };
        let strain = match stripped.to_ascii_uppercase().as_str() {
            "C" => Strain::Clubs,
            "D" => Strain::Diamonds,
            "H" => Strain::Hearts,
            "S" => Strain::Spades,
            "N" | "NT" => Strain::NoTrump,
            _ => return Err(ParseContractError),
        };
        Ok(Contract { level, strain, doubling })
    }
}

impl fmt::Display for Contract {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = match self.doubling {
            Doubling::Undoubled => "",
            Doubling::Doubled => "x",
            Doubling::Redoubled => "xx",
        };
        write!(f, "{}{}{}", self.level, self.strain.symbol(), x)
    }
}

impl Contract {
    /// Position in the bidding ladder with doubling (0 = 1C undoubled).
    pub fn ladder_index(&self) -> u16 {
        ((self.level as u16 - 1) * 5 + self.strain as u16) * 3 + self.doubling as u16
    }
}
