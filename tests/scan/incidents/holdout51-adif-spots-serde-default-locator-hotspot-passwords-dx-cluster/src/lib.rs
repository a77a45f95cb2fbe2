//! ADIF and DX cluster helpers.
//!
//! ```
//! use adif_spots::adif::Records;
//! let log = "<CALL:5>DL1AB <BAND:3>20m <MODE:2>CW <RST_SENT:3>599 <EOR>";
//! let rec = Records::new(log).next().unwrap();
//! assert_eq!(rec.field("CALL"), Some("DL1AB"));
//! ```

pub mod adif;
pub mod locator;
pub mod spot;
pub mod station;
pub mod stats;

mod fixtures;
mod hotspot;

pub use station::StationConfig;
