use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

/// Fields that must never be logged in clear.
pub const SENSITIVE: [u8; 5] = [35, 36, 45, 52, 55];

#[derive(Clone, Copy, Debug)]
pub enum Len {
    Fixed(usize),
    Ll(usize),
    Lll(usize),
}

pub struct Spec {
    pub fields: BTreeMap<u8, Len>,
}

impl Spec {
    pub fn basic() -> Spec {
        use Len::*;
        let fields = [
            (2, Ll(19)), (3, Fixed(6)), (4, Fixed(12)), (7, Fixed(10)), (11, Fixed(6)),
            (14, Fixed(4)), (18, Fixed(4)), (22, Fixed(3)), (35, Ll(37)), (37, Fixed(12)),
            (39, Fixed(2)), (41, Fixed(8)), (42, Fixed(15)), (45, Ll(76)), (49, Fixed(3)),
            (52, Fixed(16)), (55, Lll(999)),
        ];
        Spec { fields: fields.into_iter().collect() }
    }
}

#[derive(Clone, PartialEq)]
pub struct Message {
    pub mti: String,
    pub fields: BTreeMap<u8, String>,
}

pub fn mask_pan(pan: &str) -> String {
    if pan.len() < 13 {
        return "*".repeat(pan.len());
    }
    format!("{}{}{}", &pan[..6], "*".repeat(pan.len() - 10), &pan[pan.len() - 4..])
}

impl Message {
    pub fn redacted(&self) -> BTreeMap<u8, String> {
        self.fields
            .iter()
            .map(|(n, v)| {
                let shown = if *n == 2 {
                    mask_pan(v)
                } else if SENSITIVE.contains(n) {
                    "<redacted>".to_owned()
                } else {
                    v.clone()
                };
                (*n, shown)
            })
            .collect()
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message").field("mti", &self.mti).field("fields", &self.redacted()).finish()
    }
}

pub struct MessageSeed<'a>(pub &'a Spec);

impl<'de, 'a> DeserializeSeed<'de> for MessageSeed<'a> {
    type Value = Message;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Message, D::Error> {
        d.deserialize_bytes(FrameVisitor(self.0))
    }
}

struct FrameVisitor<'a>(&'a Spec);

impl<'de, 'a> Visitor<'de> for FrameVisitor<'a> {
    type Value = Message;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an ASCII ISO 8583 frame")
    }

    fn visit_bytes<E: de::Error>(self, b: &[u8]) -> Result<Message, E> {
        let text = std::str::from_utf8(b).map_err(E::custom)?;
        if text.len() < 20 {
            return Err(E::custom("frame too short"));
        }
        let mti = text[..4].to_owned();
        let bitmap = u64::from_str_radix(&text[4..20], 16).map_err(E::custom)?;
        let mut pos = 20;
        let mut fields = BTreeMap::new();
        for n in 2..=64u8 {
            if bitmap & (1u64 << (64 - n)) == 0 {
                continue;
            }
            let spec = self.0.fields.get(&n).ok_or_else(|| E::custom(format!("field {} not in spec", n)))?;
            let (len, hdr) = match *spec {
                Len::Fixed(l) => (l, 0),
                Len::Ll(_) => (text.get(pos..pos + 2).and_then(|s| s.parse().ok()).ok_or_else(|| E::custom("bad LL"))?, 2),
                Len::Lll(_) => (text.get(pos..pos + 3).and_then(|s| s.parse().ok()).ok_or_else(|| E::custom("bad LLL"))?, 3),
            };
            let start = pos + hdr;
            let v = text.get(start..start + len).ok_or_else(|| E::custom(format!("field {} truncated", n)))?;
            fields.insert(n, v.to_owned());
            pos = start + len;
        }
        Ok(Message { mti, fields })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask_pan("4111111111111111"), "411111******1111");
        let m = Message { mti: "0200".into(), fields: [(2, "4111111111111111".into()), (35, "x".into())].into() };
        let dbg = format!("{:?}", m);
        assert!(!dbg.contains("4111111111111111"));
        assert!(dbg.contains("<redacted>"));
    }
}
