mod american;
mod style;

pub use style::{Colorize, Styled};
