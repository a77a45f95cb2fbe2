//! serde_json Formatter implementing the JCS serialization rules.

use crate::{audit, number};
use serde_json::ser::{CharEscape, Formatter};
use std::io::{self, Write};

#[derive(Default)]
pub struct CanonicalFormatter {
    audit: audit::Audit,
}

impl CanonicalFormatter {
    pub fn new() -> Self {
        Self::default()
    }
}

impl Formatter for CanonicalFormatter {
    fn write_f64<W: ?Sized + Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        let s = number::es6(value).ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "non-finite number"))?;
        w.write_all(s.as_bytes())
    }

    fn write_f32<W: ?Sized + Write>(&mut self, w: &mut W, value: f32) -> io::Result<()> {
        self.write_f64(w, value as f64)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.audit.push();
        w.write_all(b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.audit.pop()?;
        w.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.audit.key_start();
        if first { Ok(()) } else { w.write_all(b",") }
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.audit.key_end()
    }

    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        self.audit.fragment(fragment);
        w.write_all(fragment.as_bytes())
    }

    fn end_string<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.audit.string_end();
        w.write_all(b"\"")
    }

    fn write_char_escape<W: ?Sized + Write>(&mut self, w: &mut W, escape: CharEscape) -> io::Result<()> {
        let s: &[u8] = match escape {
            CharEscape::Quote => b"\\\"",
            CharEscape::ReverseSolidus => b"\\\\",
            CharEscape::Backspace => b"\\b",
            CharEscape::FormFeed => b"\\f",
            CharEscape::LineFeed => b"\\n",
            CharEscape::CarriageReturn => b"\\r",
            CharEscape::Tab => b"\\t",
            CharEscape::AsciiControl(b) => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let buf = [b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xf) as usize]];
                return w.write_all(&buf);
            }
            _ => b"",
        };
        self.audit.fragment(match escape {
            CharEscape::LineFeed => "\n",
            CharEscape::Tab => "\t",
            _ => "",
        });
        w.write_all(s)
    }
}
