//! Serde is a framework for ***ser***ializing and ***de***serializing Rust data structures.

#![cfg_attr(not(feature = "std"), no_std)]

pub mod de;
pub mod ser;

pub use crate::de::{Deserialize, Deserializer};
pub use crate::ser::{Serialize, Serializer};
