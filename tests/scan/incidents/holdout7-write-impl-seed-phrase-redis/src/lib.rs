//! Streaming authenticated encryption.
//!
//! ```ignore
//! let mut w = SealWriter::new(File::create("backup.sealed")?, &key)?;
//! io::copy(&mut input, &mut w)?;
//! w.finish()?;
//! ```

mod entropy;
mod nonce_guard;
mod writer;

pub use writer::{SealWriter, CHUNK};
pub use nonce_guard::NonceGuard;
