#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ball {
    Red,
    Yellow,
    Green,
    Brown,
    Blue,
    Pink,
    Black,
}

impl Ball {
    pub const COLOURS: [Ball; 6] = [Ball::Yellow, Ball::Green, Ball::Brown, Ball::Blue, Ball::Pink, Ball::Black];

    pub fn value(self) -> u32 {
        match self {
            Ball::Red => 1,
            Ball::Yellow => 2,
            Ball::Green => 3,
            Ball::Brown => 4,
            Ball::Blue => 5,
            Ball::Pink => 6,
            Ball::Black => 7,
        }
    }

    /// Scoreboard shorthand: r y g n b p k.
    pub fn from_letter(c: char) -> Option<Ball> {
        Some(match c {
            'r' => Ball::Red,
            'y' => Ball::Yellow,
            'g' => Ball::Green,
            'n' => Ball::Brown,
            'b' => Ball::Blue,
            'p' => Ball::Pink,
            'k' => Ball::Black,
            _ => return None,
        })
    }

    pub fn letter(self) -> char {
        match self {
            Ball::Red => 'r',
            Ball::Yellow => 'y',
            Ball::Green => 'g',
            Ball::Brown => 'n',
            Ball::Blue => 'b',
            Ball::Pink => 'p',
            Ball::Black => 'k',
        }
    }
}
