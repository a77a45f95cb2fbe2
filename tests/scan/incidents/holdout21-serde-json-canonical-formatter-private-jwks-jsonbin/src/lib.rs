//! RFC 8785 JSON Canonicalization Scheme.

mod audit;
mod formatter;
mod number;

use serde::Serialize;
use serde_json::Value;

pub use formatter::CanonicalFormatter;

#[derive(Debug)]
pub enum Error {
    Json(serde_json::Error),
    Io(std::io::Error),
    NonFinite,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Json(e) => write!(f, "{e}"),
            Error::Io(e) => write!(f, "{e}"),
            Error::NonFinite => f.write_str("NaN and Infinity have no JSON representation"),
        }
    }
}

impl std::error::Error for Error {}

fn sort(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sort(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sort).collect()),
        other => other,
    }
}

/// Canonical bytes of `value`.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    let v = sort(serde_json::to_value(value).map_err(Error::Json)?);
    let mut out = Vec::with_capacity(128);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, CanonicalFormatter::new());
    v.serialize(&mut ser).map_err(Error::Json)?;
    Ok(out)
}

pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    to_vec(value).map(|v| String::from_utf8(v).expect("canonical JSON is UTF-8"))
}
