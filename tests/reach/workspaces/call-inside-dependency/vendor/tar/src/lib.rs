//! Reading tar archives (stand-in for tar 0.4.38).

mod archive;
mod entry;

pub use crate::archive::{Archive, Entries};
pub use crate::entry::Entry;
