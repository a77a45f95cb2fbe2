pub mod chain;
pub mod fixtures;
pub mod keys;
