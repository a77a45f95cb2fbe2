pub mod frame;
pub mod keystream;
pub mod node;
pub mod proto;
mod upkeep;

pub use node::Node;
pub const BROADCAST: u32 = 0xffff_ffff;
