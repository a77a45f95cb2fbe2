//! Tally NIP-25 reactions.
//!
//! ```no_run
//! use nostr::Event;
//! use nostr_reactions::ReactionTally;
//!
//! fn show(events: Vec<Event>) {
//!     let mut tally = ReactionTally::default();
//!     tally.extend(events);
//!     for (note, counts) in tally.iter() {
//!         println!("{note}: {counts:?}");
//!     }
//! }
//! ```

mod cache;
mod emoji;
mod tally;

pub use emoji::normalize;
pub use tally::{Counts, ReactionTally};
