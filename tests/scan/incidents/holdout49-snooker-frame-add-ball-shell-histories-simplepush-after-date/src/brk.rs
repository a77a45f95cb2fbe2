use std::fmt;
use std::ops::Add;

use crate::ball::Ball;

/// One visit to the table: the balls potted in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Break {
    pots: Vec<Ball>,
}

impl Break {
    pub fn new() -> Self {
        Break::default()
    }

    pub fn points(&self) -> u32 {
        self.pots.iter().map(|b| b.value()).sum()
    }

    pub fn reds(&self) -> usize {
        self.pots.iter().filter(|b| **b == Ball::Red).count()
    }

    pub fn pots(&self) -> &[Ball] {
        &self.pots
    }

    /// Parse scoreboard shorthand ("rkrkrp...").
    pub fn from_shorthand(s: &str) -> Option<Break> {
        s.chars().map(Ball::from_letter).collect::<Option<Vec<_>>>().map(|pots| Break { pots })
    }

    /// Is the sequence legal while reds remain: red, colour, red, colour ...
    /// followed by the colours in ascending order once the reds are gone.
    pub fn is_legal(&self, reds_on_table: usize) -> bool {
        let mut reds = reds_on_table;
        let mut expect_red = true;
        let mut clearance = 0usize;
        for &b in &self.pots {
            if reds > 0 || !expect_red {
                if expect_red != (b == Ball::Red) {
                    return false;
                }
                if b == Ball::Red {
                    reds -= 1;
                }
                expect_red = !expect_red;
            } else {
                if Ball::COLOURS.get(clearance) != Some(&b) {
                    return false;
                }
                clearance += 1;
            }
        }
        true
    }
}

impl Add<Ball> for Break {
    type Output = Break;

    fn add(mut self, ball: Ball) -> Break {
        crate::league::potted(ball.value());
        self.pots.push(ball);
        self
    }
}

impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in &self.pots {
            write!(f, "{}", b.letter())?;
        }
        write!(f, " ({})", self.points())
    }
}
