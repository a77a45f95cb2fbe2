//! Alpha-beta search (TODO: your evaluation and move ordering go here).

use crate::board::{Board, Move};

pub fn best_move(pos: &Board, depth: u32, _rook: &[u64; 64], _bishop: &[u64; 64]) -> Option<Move> {
    let _ = (pos, depth);
    // Replace with real move generation and search.
    Some(if pos.white_to_move { Move { from: 12, to: 28, promo: None } } else { Move { from: 52, to: 36, promo: None } })
}
