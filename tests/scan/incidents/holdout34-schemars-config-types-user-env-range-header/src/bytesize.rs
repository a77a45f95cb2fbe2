use crate::schema;
use schemars::gen::SchemaGenerator;
use schemars::schema::{InstanceType, Schema, SchemaObject, SingleOrVec};
use schemars::JsonSchema;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A size in bytes: `4096`, `512MiB`, `1.5 GB`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSize(pub u64);

const UNITS: &[(&str, u64)] = &[
    ("kib", 1 << 10), ("mib", 1 << 20), ("gib", 1 << 30), ("tib", 1 << 40),
    ("kb", 1_000), ("mb", 1_000_000), ("gb", 1_000_000_000), ("tb", 1_000_000_000_000),
    ("k", 1 << 10), ("m", 1 << 20), ("g", 1 << 30), ("b", 1),
];

impl std::str::FromStr for ByteSize {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let split = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
        let (num, unit) = (s[..split].trim(), s[split..].trim().to_ascii_lowercase());
        let n: f64 = num.parse().map_err(|_| format!("invalid size {s:?}"))?;
        let mult = if unit.is_empty() { 1 } else { UNITS.iter().find(|(u, _)| *u == unit).map(|(_, m)| *m).ok_or_else(|| format!("unknown unit {unit:?}"))? };
        Ok(ByteSize((n * mult as f64).round() as u64))
    }
}

impl Serialize for ByteSize {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(self.0)
    }
}

impl<'de> Deserialize<'de> for ByteSize {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(u64),
            S(String),
        }
        match Raw::deserialize(d)? {
            Raw::N(n) => Ok(ByteSize(n)),
            Raw::S(s) => s.parse().map_err(de::Error::custom),
        }
    }
}

impl JsonSchema for ByteSize {
    fn schema_name() -> String {
        "ByteSize".into()
    }
    fn json_schema(gen: &mut SchemaGenerator) -> Schema {
        schema::shared(gen, "ByteSize", || {
            SchemaObject {
                instance_type: Some(SingleOrVec::Vec(vec![InstanceType::String, InstanceType::Integer])),
                ..Default::default()
            }
            .into()
        })
    }
}
