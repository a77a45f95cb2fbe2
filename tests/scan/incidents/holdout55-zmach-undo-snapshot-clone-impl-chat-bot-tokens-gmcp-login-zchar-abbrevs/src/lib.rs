//! Z-machine story state and text.

mod lobby;
mod machine;
pub mod story;
pub mod text;

pub use machine::Machine;
pub use story::{Story, StoryError};
