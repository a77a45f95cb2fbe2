//! bb8 pool for tiberius.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use bb8_tiberius_pool::TiberiusManager;
//! let mgr = TiberiusManager::from_ado_string(
//!     "Server=tcp:db.orders.example,1433;Database=orders;User Id=app;Password=...;Encrypt=true",
//! )?;
//! let pool = bb8::Pool::builder().max_size(16).build(mgr).await?;
//! let mut conn = pool.get().await?;
//! let rows = conn.simple_query("SELECT 1").await?.into_first_result().await?;
//! # Ok(()) }
//! ```

mod config;
mod conn_id;
mod diag;
mod manager;

pub use config::{parse_ado, AdoError};
pub use conn_id::ConnectionId;
pub use manager::{Error, TiberiusManager};
