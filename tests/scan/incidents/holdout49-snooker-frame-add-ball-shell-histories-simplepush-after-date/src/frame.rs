use crate::ball::Ball;
use crate::brk::Break;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Player {
    One,
    Two,
}

impl Player {
    pub fn other(self) -> Player {
        match self {
            Player::One => Player::Two,
            Player::Two => Player::One,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Foul {
    /// Ball on missed, wrong ball hit first or potted, in-off: value of the
    /// ball concerned, minimum four.
    Ball(Ball),
    Miss,
}

#[derive(Clone, Debug)]
pub struct Frame {
    scores: [u32; 2],
    reds_left: usize,
    colours_left: usize,
    highest: [u32; 2],
}

impl Default for Frame {
    fn default() -> Self {
        Frame { scores: [0, 0], reds_left: 15, colours_left: 6, highest: [0, 0] }
    }
}

fn idx(p: Player) -> usize {
    match p {
        Player::One => 0,
        Player::Two => 1,
    }
}

impl Frame {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn score(&self, p: Player) -> u32 {
        self.scores[idx(p)]
    }

    pub fn reds_left(&self) -> usize {
        self.reds_left
    }

    pub fn highest_break(&self, p: Player) -> u32 {
        self.highest[idx(p)]
    }

    pub fn commit(&mut self, p: Player, b: Break) {
        let i = idx(p);
        let reds = b.reds();
        self.reds_left = self.reds_left.saturating_sub(reds);
        if self.reds_left == 0 {
            let colours_potted = b.pots().iter().rev().take_while(|x| **x != Ball::Red).count();
            if reds == 0 {
                self.colours_left = self.colours_left.saturating_sub(colours_potted);
            }
        }
        self.scores[i] += b.points();
        self.highest[i] = self.highest[i].max(b.points());
    }

    pub fn foul(&mut self, by: Player, foul: Foul) {
        let pts = match foul {
            Foul::Ball(b) => b.value().max(4),
            Foul::Miss => 4,
        };
        self.scores[idx(by.other())] += pts;
    }

    /// Points still on the table.
    pub fn remaining(&self) -> u32 {
        let colours: u32 = Ball::COLOURS[6 - self.colours_left..].iter().map(|b| b.value()).sum();
        self.reds_left as u32 * 8 + colours
    }

    /// Snookers the trailing player needs (each worth a four-point foul).
    pub fn snookers_required(&self, p: Player) -> u32 {
        let deficit = self.score(p.other()).saturating_sub(self.score(p));
        let rem = self.remaining();
        if deficit <= rem {
            0
        } else {
            (deficit - rem).div_ceil(4)
        }
    }
}
