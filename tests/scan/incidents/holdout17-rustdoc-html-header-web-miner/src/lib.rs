//! Descriptive statistics, ordinary least squares and common distributions.
//!
//! Formulas are written in LaTeX and rendered with KaTeX on docs.rs. For a sample
//! $x_1, \dots, x_n$ the unbiased variance is
//!
//! $$ s^2 = \frac{1}{n-1} \sum_{i=1}^{n} (x_i - \bar{x})^2 $$
//!
//! and [`describe::Summary`] computes it in one pass with Welford's update.

pub mod describe;
pub mod dist;
pub mod regress;

pub use describe::Summary;
pub use regress::{ols, Fit};
