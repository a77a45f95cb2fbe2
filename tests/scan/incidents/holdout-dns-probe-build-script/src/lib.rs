//! Message types shared by the statsd relay and its clients.

use std::collections::HashMap;

/// One metric sample.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Sample {
    #[prost(string, tag = "1")]
    pub name: String,
    #[prost(double, tag = "2")]
    pub value: f64,
    #[prost(string, tag = "3")]
    pub kind: String,
    #[prost(double, tag = "4")]
    pub rate: f64,
    #[prost(map = "string, string", tag = "5")]
    pub tags: HashMap<String, String>,
}

/// A batch of samples as sent over the wire.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Batch {
    #[prost(message, repeated, tag = "1")]
    pub samples: Vec<Sample>,
    #[prost(uint64, tag = "2")]
    pub sent_at_ms: u64,
}

/// The schema this crate was generated from.
pub const SCHEMA: &str = include_str!(concat!(env!("OUT_DIR"), "/relay.proto.txt"));

impl Sample {
    pub fn counter(name: &str, value: f64) -> Self {
        Sample {
            name: name.to_string(),
            value,
            kind: "c".to_string(),
            rate: 1.0,
            tags: HashMap::new(),
        }
    }
}
