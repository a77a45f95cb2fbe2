use crate::schema;
use schemars::gen::SchemaGenerator;
use schemars::schema::{InstanceType, Schema, SchemaObject};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::time::Duration;

/// A duration written the way people write them: `250ms`, `1h 30m`, `7d`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct HumanDuration(pub Duration);

impl std::ops::Deref for HumanDuration {
    type Target = Duration;
    fn deref(&self) -> &Duration {
        &self.0
    }
}

impl Serialize for HumanDuration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&humantime::format_duration(self.0).to_string())
    }
}

impl<'de> Deserialize<'de> for HumanDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        humantime::parse_duration(&s).map(HumanDuration).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for HumanDuration {
    fn schema_name() -> String {
        "HumanDuration".into()
    }
    fn json_schema(gen: &mut SchemaGenerator) -> Schema {
        schema::shared(gen, "HumanDuration", || {
            let mut s = SchemaObject { instance_type: Some(InstanceType::String.into()), ..Default::default() };
            s.string().pattern = Some(r"^\s*(\d+(\.\d+)?\s*(ns|us|µs|ms|s|sec|m|min|h|hr|d|w|M|y)\s*)+$".into());
            s.metadata().description = Some("A duration such as `250ms`, `1h 30m` or `7d`.".into());
            s.metadata().examples = vec!["30s".into(), "1h 30m".into()];
            s.into()
        })
    }
}
