//! libFuzzer dictionaries.
pub const JSON: &[&str] = &["\"{\"", "\"}\"", "\"[\"", "\"]\"", "\"true\"", "\"null\"", "\"\\\\u\""];
pub const HTTP: &[&str] = &["\"GET \"", "\"HTTP/1.1\"", "\"\\r\\n\"", "\"Content-Length: \""];

pub fn for_kind(kind: &str) -> &'static [&'static str] {
    match kind { "http" => HTTP, _ => JSON }
}
