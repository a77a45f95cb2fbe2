//! Scoped environment variables for tests, and TAP / JUnit output for custom harnesses.

mod env;
pub mod report;

pub use env::{with_var, with_var_unset, with_vars};
pub use report::{JunitWriter, TapWriter};
