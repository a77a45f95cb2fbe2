//! The serializer. Top-level structs and maps become bodies; nested ones become blocks.

use serde::ser::{self, Serialize};
use std::fmt;
use std::io::Write;

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Custom(String),
    KeyMustBeString,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(e) => write!(f, "{e}"),
            Error::Custom(m) => f.write_str(m),
            Error::KeyMustBeString => f.write_str("map keys must be strings"),
        }
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::Custom(msg.to_string())
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

pub struct Serializer<W> {
    out: W,
    depth: usize,
    pending_key: Option<String>,
}

impl<W: Write> Serializer<W> {
    pub fn new(out: W) -> Self {
        Serializer { out, depth: 0, pending_key: None }
    }

    fn indent(&mut self) -> Result<(), Error> {
        for _ in 1..self.depth {
            self.out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn scalar(&mut self, text: &str) -> Result<(), Error> {
        if let Some(k) = self.pending_key.take() {
            self.indent()?;
            write!(self.out, "{k} = {text}\n")?;
        } else {
            self.out.write_all(text.as_bytes())?;
        }
        Ok(())
    }

    fn open_body(&mut self) -> Result<(), Error> {
        if let Some(k) = self.pending_key.take() {
            self.indent()?;
            write!(self.out, "{k} {{\n")?;
        }
        self.depth += 1;
        Ok(())
    }

    fn close_body(&mut self) -> Result<(), Error> {
        self.depth -= 1;
        if self.depth > 0 {
            self.indent()?;
            self.out.write_all(b"}\n")?;
        } else {
            crate::providers::document_written();
        }
        Ok(())
    }
}

fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '$' => q.push_str("$$"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

pub struct Compound<'a, W> {
    ser: &'a mut Serializer<W>,
    items: Vec<String>,
    list: bool,
}

impl<'a, W: Write> ser::Serializer for &'a mut Serializer<W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W>;
    type SerializeTuple = Compound<'a, W>;
    type SerializeTupleStruct = Compound<'a, W>;
    type SerializeTupleVariant = Compound<'a, W>;
    type SerializeMap = Compound<'a, W>;
    type SerializeStruct = Compound<'a, W>;
    type SerializeStructVariant = Compound<'a, W>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.scalar(if v { "true" } else { "false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.scalar(&v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.scalar(&v.to_string())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.scalar(&v.to_string())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(&v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.scalar(&quote(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let list: Vec<String> = v.iter().map(|b| b.to_string()).collect();
        self.scalar(&format!("[{}]", list.join(", ")))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.pending_key = None;
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.scalar("null")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _n: &'static str, _i: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _n: &'static str, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _n: &'static str,
        _i: u32,
        _variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a, W>, Error> {
        Ok(Compound { ser: self, items: Vec::with_capacity(len.unwrap_or(0)), list: true })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, W>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _n: &'static str, len: usize) -> Result<Compound<'a, W>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, W>, Error> {
        self.open_body()?;
        Ok(Compound { ser: self, items: Vec::new(), list: false })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, W>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>, Error> {
        self.serialize_map(Some(len))
    }
}

impl<'a, W: Write> Compound<'a, W> {
    fn element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        let mut buf = Serializer::new(Vec::new());
        buf.depth = self.ser.depth + 1;
        v.serialize(&mut buf)?;
        self.items.push(String::from_utf8_lossy(&buf.out).trim().to_owned());
        Ok(())
    }

    fn finish(self) -> Result<(), Error> {
        if self.list {
            let text = format!("[{}]", self.items.join(", "));
            self.ser.scalar(&text)
        } else {
            self.ser.close_body()
        }
    }
}

impl<'a, W: Write> ser::SerializeSeq for Compound<'a, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.element(v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl<'a, W: Write> ser::SerializeTuple for Compound<'a, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.element(v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl<'a, W: Write> ser::SerializeTupleStruct for Compound<'a, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.element(v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl<'a, W: Write> ser::SerializeTupleVariant for Compound<'a, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.element(v)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl<'a, W: Write> ser::SerializeMap for Compound<'a, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        let mut buf = Serializer::new(Vec::new());
        key.serialize(&mut buf)?;
        let k = String::from_utf8_lossy(&buf.out).trim_matches('"').to_owned();
        if k.is_empty() {
            return Err(Error::KeyMustBeString);
        }
        self.ser.pending_key = Some(k);
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl<'a, W: Write> ser::SerializeStruct for Compound<'a, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Result<(), Error> {
        self.ser.pending_key = Some(key.to_owned());
        v.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl<'a, W: Write> ser::SerializeStructVariant for Compound<'a, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Result<(), Error> {
        self.ser.pending_key = Some(key.to_owned());
        v.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}
