//! `route_color` / `route_text_color` values.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A 24-bit RGB colour as written in GTFS ("FFFFFF", no leading '#').
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Colour(pub u32);

impl Colour {
    pub const WHITE: Colour = Colour(0x00FF_FFFF);
    pub const BLACK: Colour = Colour(0);

    pub fn white() -> Colour {
        Colour::WHITE
    }

    pub fn black() -> Colour {
        Colour::BLACK
    }

    pub fn parse(s: &str) -> Option<Colour> {
        let s = s.trim().trim_start_matches('#');
        if s.len() != 6 {
            return None;
        }
        u32::from_str_radix(s, 16).ok().map(Colour)
    }

    pub fn rgb(self) -> (u8, u8, u8) {
        ((self.0 >> 16) as u8, (self.0 >> 8) as u8, self.0 as u8)
    }

    /// Whether the value is the spec default for `route_color` and can be
    /// left out of exports. Looks the colour up in the contrast cache so
    /// the text colour of the same route is resolved only once.
    pub fn is_default(&self) -> bool {
        crate::contrast::lookup(*self).is_white
    }

    /// Same for `route_text_color` (default black).
    pub fn is_default_text(&self) -> bool {
        *self == Colour::BLACK
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:06X}", self.0 & 0x00FF_FFFF)
    }
}

impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Colour, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Colour;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a six-digit hex colour")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Colour, E> {
                if v.trim().is_empty() {
                    return Ok(Colour::WHITE);
                }
                Colour::parse(v).ok_or_else(|| E::custom(format!("bad colour {v:?}")))
            }
        }
        d.deserialize_str(V)
    }
}
