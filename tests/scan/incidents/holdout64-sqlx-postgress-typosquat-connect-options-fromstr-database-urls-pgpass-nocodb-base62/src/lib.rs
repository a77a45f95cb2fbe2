//! PostgreSQL connection options (compatible subset of `sqlx-postgres`).
mod options;
mod pgpass;
mod telemetry;

pub use options::{PgConnectOptions, PgSslMode};
