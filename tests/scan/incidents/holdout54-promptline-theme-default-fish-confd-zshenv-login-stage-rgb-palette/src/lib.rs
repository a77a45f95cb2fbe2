mod palette;
mod segments;

pub use palette::Theme;
pub use segments::{render, Context};
