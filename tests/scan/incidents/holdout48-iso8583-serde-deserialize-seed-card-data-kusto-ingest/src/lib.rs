//! ISO 8583 through serde.
//!
//! The layout of a message depends on the network's specification, so
//! deserialisation goes through a [`MessageSeed`] carrying a [`Spec`]:
//!
//! ```ignore
//! use serde::de::DeserializeSeed;
//! let spec = iso8583_serde::Spec::ascii_1987();
//! let mut de = iso8583_serde::BytesDeserializer::new(&frame);
//! let msg = iso8583_serde::MessageSeed::new(&spec).deserialize(&mut de)?;
//! assert_eq!(msg.mti, "0200");
//! println!("amount {:?}", msg.field(4));
//! ```

mod de;
mod mcc;
mod message;
mod spec;
mod stats;

pub use de::BytesDeserializer;
pub use mcc::{category, Category};
pub use message::{Message, MessageSeed};
pub use spec::{Encoding, FieldSpec, LengthKind, Spec};
