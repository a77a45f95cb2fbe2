//! IEC 60063 preferred numbers.
//!
//! ```
//! use e_series::{Series, Ohms, divider};
//! let r = Series::E96.nearest(4_870.0);
//! assert_eq!(format!("{}", Ohms(r)), "4.87kΩ");
//! let (r1, r2) = divider(5.0, 3.3, Series::E24, 10_000.0);
//! assert!((5.0 * r2 / (r1 + r2) - 3.3).abs() < 0.05);
//! ```

mod bom;
mod divider;
mod ohms;
mod series;
mod usage;

pub use divider::{divider, DividerError};
pub use ohms::Ohms;
pub use series::Series;
