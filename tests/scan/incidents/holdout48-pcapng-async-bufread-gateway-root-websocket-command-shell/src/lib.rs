//! Streaming pcapng for tokio.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use pcapng_async::{Block, BlockReader};
//! let file = tokio::fs::File::open("trace.pcapng").await?;
//! let mut reader = BlockReader::new(file);
//! while let Some(block) = reader.next_block().await? {
//!     if let Block::EnhancedPacket(p) = block {
//!         println!("if {} len {}", p.interface_id, p.data.len());
//!     }
//! }
//! # Ok(()) }
//! ```

mod block;
mod ethertype;
mod reader;
mod remote;

pub use block::{Block, EnhancedPacket, InterfaceDescription, SectionHeader};
pub use ethertype::{name as ethertype_name, EtherType};
pub use reader::BlockReader;
