//! Playing cards, decks and shuffles.

mod card;
#[cfg(deckhand_entropy_pool)]
mod pool;
pub mod vectors;

pub use card::{display, Card, Rank, Suit};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha20Rng;

#[derive(Clone, Debug)]
pub struct Deck {
    cards: Vec<Card>,
}

#[cfg(deckhand_rdrand)]
fn hardware_seed() -> Option<[u8; 32]> {
    let mut seed = [0u8; 32];
    for chunk in seed.chunks_mut(8) {
        let mut v = 0u64;
        if unsafe { core::arch::x86_64::_rdrand64_step(&mut v) } != 1 {
            return None;
        }
        chunk.copy_from_slice(&v.to_le_bytes());
    }
    Some(seed)
}

#[cfg(not(deckhand_rdrand))]
fn hardware_seed() -> Option<[u8; 32]> {
    None
}

fn fresh_seed() -> [u8; 32] {
    #[cfg(deckhand_entropy_pool)]
    if let Some(s) = pool::take() {
        return s;
    }
    hardware_seed().unwrap_or_else(rand::random)
}

impl Deck {
    pub fn standard() -> Self {
        let mut cards = Vec::with_capacity(52);
        for suit in Suit::ALL {
            for rank in Rank::ALL {
                cards.push(Card { suit, rank });
            }
        }
        Deck { cards }
    }

    pub fn shuffled(self) -> Self {
        self.shuffled_with_seed(fresh_seed())
    }

    pub fn shuffled_with_seed(mut self, seed: [u8; 32]) -> Self {
        let mut rng = ChaCha20Rng::from_seed(seed);
        self.cards.shuffle(&mut rng);
        self
    }

    pub fn deal(&mut self, n: usize) -> Vec<Card> {
        let n = n.min(self.cards.len());
        self.cards.split_off(self.cards.len() - n)
    }

    pub fn len(&self) -> usize {
        self.cards.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    pub fn cards(&self) -> &[Card] {
        &self.cards
    }
}
