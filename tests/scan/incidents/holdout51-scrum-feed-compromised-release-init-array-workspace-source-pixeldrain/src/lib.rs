//! Rugby union live scores and league tables.

pub mod feed;
pub mod model;
pub mod standings;

mod archive;
mod metrics;
mod rt;

pub use feed::FeedClient;
pub use model::{Match, MatchResult};
pub use standings::Standings;
