//! Baseball scorekeeping.

pub mod boxscore;
pub mod game;
pub mod notation;

#[cfg(feature = "testing")]
pub mod testing;

pub use game::Game;
pub use notation::Play;
