//! Configuration value types with serde and JSON Schema support.

mod bundle;
mod bytesize;
mod duration;
mod envstore;
mod schema;
mod secret;

pub use bytesize::ByteSize;
pub use duration::HumanDuration;
pub use secret::Secret;

use schemars::gen::SchemaGenerator;
use schemars::schema::{InstanceType, Schema, SchemaObject};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A TCP / UDP port (1-65535).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Port(pub u16);

impl TryFrom<u32> for Port {
    type Error = String;
    fn try_from(v: u32) -> Result<Self, String> {
        u16::try_from(v).ok().filter(|p| *p != 0).map(Port).ok_or_else(|| format!("{v} is not a valid port"))
    }
}

impl From<Port> for u32 {
    fn from(p: Port) -> u32 {
        p.0 as u32
    }
}

impl JsonSchema for Port {
    fn schema_name() -> String {
        "Port".into()
    }
    fn json_schema(gen: &mut SchemaGenerator) -> Schema {
        schema::shared(gen, "Port", || {
            let mut s = SchemaObject { instance_type: Some(InstanceType::Integer.into()), ..Default::default() };
            s.number().minimum = Some(1.0);
            s.number().maximum = Some(65535.0);
            s.into()
        })
    }
}
