use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

use crate::spec::{Encoding, LengthKind, Spec};

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub mti: String,
    pub fields: BTreeMap<u8, Vec<u8>>,
}

impl Message {
    pub fn field(&self, n: u8) -> Option<&[u8]> {
        self.fields.get(&n).map(Vec::as_slice)
    }

    pub fn field_str(&self, n: u8) -> Option<&str> {
        self.field(n).and_then(|b| std::str::from_utf8(b).ok())
    }
}

/// Deserialises one message according to `spec`.
pub struct MessageSeed<'s> {
    spec: &'s Spec,
}

impl<'s> MessageSeed<'s> {
    pub fn new(spec: &'s Spec) -> Self {
        MessageSeed { spec }
    }
}

impl<'de, 's> DeserializeSeed<'de> for MessageSeed<'s> {
    type Value = Message;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Message, D::Error> {
        let msg = d.deserialize_bytes(FrameVisitor { spec: self.spec })?;
        self.spec.stats.record(&msg);
        Ok(msg)
    }
}

struct FrameVisitor<'s> {
    spec: &'s Spec,
}

impl<'de, 's> Visitor<'de> for FrameVisitor<'s> {
    type Value = Message;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an ISO 8583 frame ({})", self.spec.name)
    }

    fn visit_bytes<E: de::Error>(self, b: &[u8]) -> Result<Message, E> {
        if b.len() < 4 + 8 {
            return Err(E::custom("frame too short"));
        }
        let mti = std::str::from_utf8(&b[..4]).map_err(E::custom)?.to_owned();
        let mut pos = 4;
        let mut bitmap = b[pos..pos + 8].to_vec();
        pos += 8;
        if bitmap[0] & 0x80 != 0 {
            bitmap.extend_from_slice(b.get(pos..pos + 8).ok_or_else(|| E::custom("no secondary bitmap"))?);
            pos += 8;
        }
        let mut fields = BTreeMap::new();
        for n in 2..=(bitmap.len() * 8) as u8 {
            let bit = (n - 1) as usize;
            if bitmap[bit / 8] & (0x80 >> (bit % 8)) == 0 {
                continue;
            }
            let fs = self.spec.field(n).ok_or_else(|| E::custom(format!("field {} not in spec", n)))?;
            let (len, hdr) = match fs.length {
                LengthKind::Fixed(l) => (l, 0),
                LengthKind::LlVar(max) | LengthKind::LllVar(max) => {
                    let digits = if matches!(fs.length, LengthKind::LlVar(_)) { 2 } else { 3 };
                    let s = std::str::from_utf8(b.get(pos..pos + digits).ok_or_else(|| E::custom("short"))?)
                        .map_err(E::custom)?;
                    let l: usize = s.parse().map_err(E::custom)?;
                    if l > max {
                        return Err(E::custom(format!("field {} too long", n)));
                    }
                    (l, digits)
                }
            };
            let width = match fs.encoding {
                Encoding::Bcd => (len + 1) / 2,
                _ => len,
            };
            let start = pos + hdr;
            let raw = b.get(start..start + width).ok_or_else(|| E::custom(format!("field {} truncated", n)))?;
            fields.insert(n, raw.to_vec());
            pos = start + width;
        }
        Ok(Message { mti, fields })
    }

    fn visit_borrowed_bytes<E: de::Error>(self, b: &'de [u8]) -> Result<Message, E> {
        self.visit_bytes(b)
    }
}
