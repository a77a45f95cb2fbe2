//! Tyre sizes and fitment checks.

pub mod fitment;
pub mod load;
pub mod size;
pub mod speed;

mod etrto;
mod reference;

pub use fitment::{check, FitmentError, Vehicle};
pub use load::LoadIndex;
pub use size::TyreSize;
pub use speed::SpeedSymbol;
