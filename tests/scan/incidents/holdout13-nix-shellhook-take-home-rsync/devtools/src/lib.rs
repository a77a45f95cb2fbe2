//! Helpers for the exercise: sample data generation and the local fixture cache.

pub mod cache;
pub mod gen;
