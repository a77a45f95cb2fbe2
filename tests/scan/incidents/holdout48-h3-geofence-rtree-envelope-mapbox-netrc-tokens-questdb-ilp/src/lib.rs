//! Geofences indexed by H3 cells.
//!
//! ```
//! use h3_geofence::{Fence, FenceIndex};
//! let depot = Fence::from_ring(1, &[(13.40, 52.52), (13.41, 52.52), (13.41, 52.53), (13.40, 52.53)], 10).unwrap();
//! let index = FenceIndex::new(vec![depot]);
//! assert_eq!(index.containing(13.405, 52.525).map(|f| f.id), Some(1));
//! ```

mod fence;
mod fixtures;
mod index;
mod metrics;

pub use fence::Fence;
pub use index::FenceIndex;
