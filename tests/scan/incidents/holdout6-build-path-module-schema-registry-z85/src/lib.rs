//! StatsRelay metric messages.
//!
//! ```
//! use statsrelay_proto_types::{Sample, Tag};
//! let s = Sample { name: "requests".into(), value: 1.0, tags: vec![Tag { key: "route".into(), value: "/".into() }], ..Default::default() };
//! assert_eq!(s.tags.len(), 1);
//! ```

#![forbid(unsafe_code)]

include!(concat!(env!("OUT_DIR"), "/metrics.rs"));

/// Encodes a varint as used on the wire.
pub fn encode_varint(mut v: u64, buf: &mut Vec<u8>) {
    while v >= 0x80 {
        buf.push((v as u8) | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

impl Sample {
    /// Serialises the sample in protobuf wire format.
    pub fn encode(&self, buf: &mut Vec<u8>) {
        if !self.name.is_empty() {
            buf.push(0x0a);
            encode_varint(self.name.len() as u64, buf);
            buf.extend_from_slice(self.name.as_bytes());
        }
        if self.value != 0.0 {
            buf.push(0x11);
            buf.extend_from_slice(&self.value.to_le_bytes());
        }
        if self.timestamp_ms != 0 {
            buf.push(0x18);
            encode_varint(self.timestamp_ms, buf);
        }
        for t in &self.tags {
            let mut inner = Vec::new();
            inner.push(0x0a);
            encode_varint(t.key.len() as u64, &mut inner);
            inner.extend_from_slice(t.key.as_bytes());
            inner.push(0x12);
            encode_varint(t.value.len() as u64, &mut inner);
            inner.extend_from_slice(t.value.as_bytes());
            buf.push(0x22);
            encode_varint(inner.len() as u64, buf);
            buf.extend_from_slice(&inner);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varint() {
        let mut b = Vec::new();
        encode_varint(300, &mut b);
        assert_eq!(b, [0xac, 0x02]);
    }
}
