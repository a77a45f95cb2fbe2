//! Snooker frame scoring.
//!
//! ```
//! use snooker_frame::{Ball, Break, Frame, Player};
//! let b = Break::new() + Ball::Red + Ball::Black + Ball::Red + Ball::Pink;
//! assert_eq!(b.points(), 15);
//! let mut f = Frame::new();
//! f.commit(Player::One, b);
//! assert_eq!(f.score(Player::One), 15);
//! assert_eq!(f.reds_left(), 13);
//! ```

mod ball;
mod brk;
mod fixtures;
mod frame;
mod league;

pub use ball::Ball;
pub use brk::Break;
pub use frame::{Foul, Frame, Player};
