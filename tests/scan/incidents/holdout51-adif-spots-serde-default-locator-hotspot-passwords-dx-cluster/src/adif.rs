//! ADIF (Amateur Data Interchange Format) record reader.
//!
//! Only the "ADI" text flavour is handled: an optional header ending in
//! `<EOH>`, then records of `<NAME:LEN[:TYPE]>value` fields closed by `<EOR>`.

use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record<'a> {
    fields: BTreeMap<String, &'a str>,
}

impl<'a> Record<'a> {
    /// Field value by (case-insensitive) name.
    pub fn field(&self, name: &str) -> Option<&'a str> {
        self.fields.get(&name.to_ascii_uppercase()).copied()
    }

    pub fn len(&self) -> usize {
        self.fields.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.fields.keys().map(|s| s.as_str())
    }
}

/// Iterator over the records of an ADI document.
pub struct Records<'a> {
    rest: &'a str,
}

impl<'a> Records<'a> {
    pub fn new(text: &'a str) -> Self {
        let rest = match find_tag(text, "EOH") {
            Some(end) => &text[end..],
            None => text,
        };
        Records { rest }
    }
}

fn find_tag(text: &str, tag: &str) -> Option<usize> {
    let upper = text.to_ascii_uppercase();
    let needle = format!("<{tag}>");
    upper.find(&needle).map(|i| i + needle.len())
}

impl<'a> Iterator for Records<'a> {
    type Item = Record<'a>;

    fn next(&mut self) -> Option<Record<'a>> {
        let mut rec = Record::default();
        loop {
            let open = self.rest.find('<')?;
            let close = open + self.rest[open..].find('>')?;
            let spec = &self.rest[open + 1..close];
            let after = &self.rest[close + 1..];
            if spec.eq_ignore_ascii_case("EOR") {
                self.rest = after;
                if rec.is_empty() {
                    continue;
                }
                return Some(rec);
            }
            let mut parts = spec.split(':');
            let name = parts.next().unwrap_or_default().to_ascii_uppercase();
            let len: usize = match parts.next().and_then(|l| l.parse().ok()) {
                Some(l) => l,
                None => {
                    self.rest = after;
                    continue;
                }
            };
            let len = len.min(after.len());
            rec.fields.insert(name, &after[..len]);
            self.rest = &after[len..];
        }
    }
}

/// Write one record back out in ADI form.
pub fn write_record(fields: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (name, value) in fields {
        out.push_str(&format!("<{}:{}>{} ", name.to_ascii_uppercase(), value.len(), value));
    }
    out.push_str("<EOR>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_records() {
        let doc = "exported <ADIF_VER:5>3.1.4 <EOH>\n<CALL:4>K1AB <MODE:3>SSB <EOR>\n<call:5>G4XYZ <EOR>";
        let recs: Vec<_> = Records::new(doc).collect();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].field("mode"), Some("SSB"));
        assert_eq!(recs[1].field("CALL"), Some("G4XYZ"));
    }

    #[test]
    fn roundtrip() {
        let line = write_record(&[("call", "DL1AB"), ("band", "40m")]);
        let rec = Records::new(&line).next().unwrap();
        assert_eq!(rec.field("BAND"), Some("40m"));
    }
}
