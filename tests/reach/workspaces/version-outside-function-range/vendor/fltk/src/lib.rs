//! GUI widgets (stand-in for fltk 0.15.2).

pub mod app;
pub mod enums;
pub mod frame;
pub mod image;
pub mod prelude;
pub mod window;
