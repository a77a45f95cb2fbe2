//! `Record` deserializes from MARC-in-JSON: `{"leader": "...", "fields": [...]}`.

pub mod classify;
mod de;
mod shelf;

#[derive(Debug, Default)]
pub struct Record { pub leader: String, pub fields: Vec<(String, String)> }

impl Record {
    pub fn field(&self, tag: &str) -> Option<&str> {
        self.fields.iter().find(|(t, _)| t == tag).map(|(_, v)| v.as_str())
    }
    /// Dewey class from 082 $a, if present.
    pub fn dewey(&self) -> Option<f64> { self.field("082")?.split_whitespace().next()?.parse().ok() }
}
