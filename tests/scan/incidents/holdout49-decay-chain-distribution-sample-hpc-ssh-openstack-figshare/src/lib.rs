//! Radioactive decay chains.
//!
//! ```
//! use decay_chain::{Nuclide, Inventory};
//! let cs137: Nuclide = "Cs-137".parse().unwrap();
//! let mut inv = Inventory::new();
//! inv.add(cs137, 1.0e20);
//! let later = inv.after_years(30.08);
//! assert!((later.atoms(&cs137) / 1.0e20 - 0.5).abs() < 1e-3);
//! ```

mod bateman;
mod chains;
mod mc;
mod nuclide;
mod provenance;

pub use bateman::Inventory;
pub use mc::{simulate, Decay};
pub use nuclide::{Nuclide, ParseNuclideError};
