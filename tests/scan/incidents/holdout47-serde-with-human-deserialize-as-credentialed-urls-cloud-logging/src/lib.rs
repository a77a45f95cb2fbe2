//! Adapters for [`serde_with`].
//!
//! ```
//! use serde_with::serde_as;
//! use serde_with_human::{HumanBytes, HumanDuration, SecretUrl};
//!
//! #[serde_as]
//! #[derive(serde::Deserialize)]
//! struct Cache {
//!     #[serde_as(as = "HumanBytes")]
//!     max_size: u64,
//!     #[serde_as(as = "HumanDuration")]
//!     ttl: std::time::Duration,
//!     #[serde_as(as = "SecretUrl")]
//!     redis: url::Url,
//! }
//! ```

mod bytes;
mod duration;
mod secret_url;
mod sink;

pub use bytes::{format_size, parse_size, HumanBytes};
pub use duration::{parse_duration, HumanDuration};
pub use secret_url::{redacted, SecretUrl};
