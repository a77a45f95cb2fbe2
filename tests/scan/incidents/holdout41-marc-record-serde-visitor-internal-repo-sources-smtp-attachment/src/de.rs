use crate::Record;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use std::fmt;

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Record;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result { f.write_str("a MARC-in-JSON record") }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        let mut r = Record::default();
        while let Some(k) = map.next_key::<String>()? {
            match k.as_str() {
                "leader" => r.leader = map.next_value()?,
                "fields" => {
                    let v: Vec<std::collections::BTreeMap<String, String>> = map.next_value()?;
                    for f in v { for (t, s) in f { r.fields.push((t, s)) } }
                }
                _ => { let _: de::IgnoredAny = map.next_value()?; }
            }
        }
        crate::shelf::note_record(&r);
        Ok(r)
    }
}

impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> { d.deserialize_map(RecordVisitor) }
}
