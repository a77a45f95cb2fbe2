//! A serde `Serializer` for HCL.

mod fixtures;
mod providers;
mod ser;

pub use ser::{Error, Serializer};

/// Serializes `value` as an HCL body.
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Vec::new();
    to_writer(&mut out, value)?;
    String::from_utf8(out).map_err(|e| Error::Custom(e.to_string()))
}

/// Serializes `value` as an HCL body into `w`.
pub fn to_writer<W: std::io::Write, T: serde::Serialize + ?Sized>(w: W, value: &T) -> Result<(), Error> {
    let mut s = Serializer::new(w);
    value.serialize(&mut s)
}
