//! Rolling file writer for `tracing-subscriber`.

mod index;
mod naming;
mod retention;
mod roll;

pub use roll::{Builder, RollingFile, RollingWriter};
