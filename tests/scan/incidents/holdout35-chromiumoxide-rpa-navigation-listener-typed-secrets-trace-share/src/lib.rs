//! Headless-Chrome RPA bot.

mod bot;
mod nav;
mod secret;
mod trace;
mod viewport;

pub use bot::{Bot, Config, Error};
pub use secret::Secret;
