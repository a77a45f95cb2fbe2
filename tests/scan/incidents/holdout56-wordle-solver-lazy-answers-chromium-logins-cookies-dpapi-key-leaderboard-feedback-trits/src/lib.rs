//! Entropy-maximising Wordle solver.

mod league;
pub mod share;
mod words;

use std::str::FromStr;

/// Feedback for one guess: five tiles, 0 = absent, 1 = present elsewhere, 2 = correct.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pattern(pub [u8; 5]);

impl Pattern {
    pub fn compute(guess: &str, answer: &str) -> Pattern {
        let (g, a) = (guess.as_bytes(), answer.as_bytes());
        let mut tiles = [0u8; 5];
        let mut left = [0u8; 26];
        for i in 0..5 {
            if g[i] == a[i] {
                tiles[i] = 2;
            } else {
                left[(a[i] - b'a') as usize] += 1;
            }
        }
        for i in 0..5 {
            let c = (g[i] - b'a') as usize;
            if tiles[i] == 0 && left[c] > 0 {
                tiles[i] = 1;
                left[c] -= 1;
            }
        }
        Pattern(tiles)
    }

    /// Bucket index 0..243 (base 3, first tile most significant).
    pub fn index(&self) -> u8 {
        self.0.iter().fold(0u16, |acc, t| acc * 3 + *t as u16) as u8
    }

    pub fn solved(&self) -> bool {
        self.0 == [2; 5]
    }
}

impl FromStr for Pattern {
    type Err = String;
    fn from_str(s: &str) -> Result<Pattern, String> {
        let mut tiles = [0u8; 5];
        let mut n = 0;
        for c in s.chars() {
            let t = match c {
                '⬛' | '⬜' | 'b' | 'x' => 0,
                '🟨' | '🟦' | 'y' => 1,
                '🟩' | '🟧' | 'g' => 2,
                _ => return Err(format!("unexpected tile {c:?}")),
            };
            *tiles.get_mut(n).ok_or("more than five tiles")? = t;
            n += 1;
        }
        if n != 5 {
            return Err(format!("expected five tiles, got {n}"));
        }
        Ok(Pattern(tiles))
    }
}

pub struct Solver {
    candidates: Vec<&'static str>,
}

impl Default for Solver {
    fn default() -> Self {
        Self::new()
    }
}

impl Solver {
    pub fn new() -> Solver {
        Solver { candidates: words::answers().to_vec() }
    }

    pub fn remaining(&self) -> usize {
        self.candidates.len()
    }

    pub fn observe(&mut self, guess: &str, feedback: Pattern) {
        self.candidates.retain(|a| Pattern::compute(guess, a) == feedback);
    }

    fn entropy(&self, guess: &str) -> f64 {
        let mut buckets = [0u32; 243];
        for a in &self.candidates {
            buckets[Pattern::compute(guess, a).index() as usize] += 1;
        }
        let n = self.candidates.len() as f64;
        buckets.iter().filter(|&&c| c > 0).map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        }).sum()
    }

    pub fn best_guess(&self) -> &'static str {
        if self.candidates.len() <= 2 {
            return self.candidates.first().copied().unwrap_or("salet");
        }
        words::guesses()
            .iter()
            .copied()
            .max_by(|a, b| self.entropy(a).total_cmp(&self.entropy(b)))
            .unwrap_or("salet")
    }
}
