pub mod notes;
pub mod sync;
