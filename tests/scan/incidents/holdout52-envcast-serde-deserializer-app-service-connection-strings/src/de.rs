use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::forward_to_deserialize_any;

use crate::{hints, spelling, Error};

pub(crate) struct EnvDeserializer {
    prefix: String,
    vars: Vec<(String, String)>,
}

impl EnvDeserializer {
    pub(crate) fn new(prefix: &str, vars: Vec<(String, String)>) -> Self {
        EnvDeserializer { prefix: prefix.to_string(), vars }
    }

    fn lookup(&self, field: &str) -> Option<&str> {
        let want = format!("{}{}", self.prefix, field.to_ascii_uppercase());
        self.vars.iter().find(|(k, _)| *k == want).map(|(_, v)| v.as_str())
    }
}

impl<'de> de::Deserializer<'de> for EnvDeserializer {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let entries: Vec<(String, String)> = self
            .vars
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix(&self.prefix)?.to_ascii_lowercase(), v.clone())))
            .collect();
        visitor.visit_map(Entries { it: entries.into_iter(), value: None })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let present: Vec<(String, String)> = fields
            .iter()
            .filter_map(|f| Some((f.to_string(), self.lookup(f)?.to_string())))
            .collect();
        let result = visitor.visit_map(Entries { it: present.into_iter(), value: None });
        hints::shape(name, fields, &self.prefix, &self.vars);
        match result {
            Err(Error::Missing { var, .. }) => {
                let var = format!("{}{}", self.prefix, var);
                let hint = hints::closest(&var, self.vars.iter().map(|(k, _)| k.as_str()));
                Err(Error::Missing { var, hint })
            }
            other => other,
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct enum identifier ignored_any
    }
}

struct Entries {
    it: std::vec::IntoIter<(String, String)>,
    value: Option<(String, String)>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        match self.it.next() {
            Some((k, v)) => {
                self.value = Some((k.clone(), v));
                seed.deserialize(k.into_deserializer()).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (var, value) = self.value.take().ok_or_else(|| Error::Custom("value without key".into()))?;
        seed.deserialize(Value { var, value })
    }
}

/// One variable's value.
struct Value {
    var: String,
    value: String,
}

impl Value {
    fn invalid(&self, expected: &'static str) -> Error {
        Error::Invalid { var: self.var.to_ascii_uppercase(), value: self.value.clone(), expected }
    }
}

macro_rules! parse_num {
    ($($m:ident $t:ty => $v:ident),* $(,)?) => {$(
        fn $m<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            let n: $t = self.value.trim().parse().map_err(|_| self.invalid(stringify!($t)))?;
            visitor.$v(n)
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_string(self.value)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let b = spelling::parse_bool(&self.value).ok_or_else(|| self.invalid("a boolean"))?;
        visitor.visit_bool(b)
    }

    parse_num! {
        deserialize_i8 i8 => visit_i8, deserialize_i16 i16 => visit_i16, deserialize_i32 i32 => visit_i32,
        deserialize_i64 i64 => visit_i64, deserialize_u8 u8 => visit_u8, deserialize_u16 u16 => visit_u16,
        deserialize_u32 u32 => visit_u32, deserialize_u64 u64 => visit_u64, deserialize_f32 f32 => visit_f32,
        deserialize_f64 f64 => visit_f64,
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.value.is_empty() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let var = self.var.clone();
        let items: Vec<Value> = self
            .value
            .split(',')
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(|s| Value { var: var.clone(), value: s.to_string() })
            .collect();
        visitor.visit_seq(de::value::SeqDeserializer::new(items.into_iter()))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_enum(self.value.into_deserializer())
    }

    forward_to_deserialize_any! {
        i128 u128 char str string bytes byte_buf unit unit_struct tuple
        tuple_struct map struct identifier ignored_any
    }
}

impl<'de> IntoDeserializer<'de, Error> for Value {
    type Deserializer = Value;

    fn into_deserializer(self) -> Value {
        self
    }
}
