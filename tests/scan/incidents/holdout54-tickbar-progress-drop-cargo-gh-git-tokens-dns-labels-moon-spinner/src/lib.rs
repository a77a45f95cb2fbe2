mod bar;
mod cache;
mod style;

pub use bar::ProgressBar;
pub use style::Style;
