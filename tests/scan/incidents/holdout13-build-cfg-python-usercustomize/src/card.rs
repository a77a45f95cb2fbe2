//! Cards and their Unicode symbols (U+1F0A1..U+1F0DE, without the knights).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Suit {
    Spades,
    Hearts,
    Diamonds,
    Clubs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rank {
    Ace, Two, Three, Four, Five, Six, Seven, Eight, Nine, Ten, Jack, Queen, King,
}

impl Suit {
    pub const ALL: [Suit; 4] = [Suit::Spades, Suit::Hearts, Suit::Diamonds, Suit::Clubs];
}

impl Rank {
    pub const ALL: [Rank; 13] = [
        Rank::Ace, Rank::Two, Rank::Three, Rank::Four, Rank::Five, Rank::Six, Rank::Seven,
        Rank::Eight, Rank::Nine, Rank::Ten, Rank::Jack, Rank::Queen, Rank::King,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Card {
    pub suit: Suit,
    pub rank: Rank,
}

impl Card {
    /// Position in a new-deck order, 0..52.
    pub fn index(self) -> u8 {
        self.suit as u8 * 13 + self.rank as u8
    }

    pub fn from_index(i: u8) -> Option<Card> {
        (i < 52).then(|| Card { suit: Suit::ALL[(i / 13) as usize], rank: Rank::ALL[(i % 13) as usize] })
    }

    pub fn to_char(self) -> char {
        let r = self.rank as u32;
        let r = if r < 11 { r } else { r + 1 };
        char::from_u32(0x1F0A1 + self.suit as u32 * 16 + r).unwrap_or('?')
    }

    pub fn from_char(c: char) -> Option<Card> {
        let v = (c as u32).checked_sub(0x1F0A1)?;
        let (s, r) = (v / 16, v % 16);
        if s > 3 || r == 11 || r > 13 {
            return None;
        }
        let r = if r < 11 { r } else { r - 1 };
        Card::from_index((s * 13 + r) as u8)
    }
}

pub fn display(cards: &[Card]) -> String {
    cards.iter().map(|c| c.to_char()).collect()
}
