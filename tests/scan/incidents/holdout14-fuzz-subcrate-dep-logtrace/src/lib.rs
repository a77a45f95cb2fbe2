//! JSON5 parsing into a small value type.

use std::collections::BTreeMap;
use std::ops::Index;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(BTreeMap<String, Value>),
}

#[derive(Debug, PartialEq, Eq)]
pub struct Error {
    pub offset: usize,
    pub message: &'static str,
}

static NULL: Value = Value::Null;

impl Index<&str> for Value {
    type Output = Value;
    fn index(&self, k: &str) -> &Value {
        match self {
            Value::Object(m) => m.get(k).unwrap_or(&NULL),
            _ => &NULL,
        }
    }
}

impl Index<usize> for Value {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        match self {
            Value::Array(a) => a.get(i).unwrap_or(&NULL),
            _ => &NULL,
        }
    }
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl<'a> P<'a> {
    fn err(&self, message: &'static str) -> Error {
        Error { offset: self.i, message }
    }

    fn ws(&mut self) {
        loop {
            while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
            if self.s[self.i..].starts_with(b"//") {
                while self.i < self.s.len() && self.s[self.i] != b'\n' {
                    self.i += 1;
                }
            } else if self.s[self.i..].starts_with(b"/*") {
                match self.s[self.i + 2..].windows(2).position(|w| w == b"*/") {
                    Some(p) => self.i += p + 4,
                    None => self.i = self.s.len(),
                }
            } else {
                return;
            }
        }
    }

    fn value(&mut self) -> Result<Value, Error> {
        self.ws();
        if self.depth > 128 {
            return Err(self.err("nesting too deep"));
        }
        match self.s.get(self.i) {
            None => Err(self.err("unexpected end")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') | Some(b'\'') => self.string().map(Value::String),
            Some(b't') if self.s[self.i..].starts_with(b"true") => { self.i += 4; Ok(Value::Bool(true)) }
            Some(b'f') if self.s[self.i..].starts_with(b"false") => { self.i += 5; Ok(Value::Bool(false)) }
            Some(b'n') if self.s[self.i..].starts_with(b"null") => { self.i += 4; Ok(Value::Null) }
            Some(_) => self.number(),
        }
    }

    fn string(&mut self) -> Result<String, Error> {
        let q = self.s[self.i];
        self.i += 1;
        let mut out = Vec::new();
        while self.i < self.s.len() {
            let c = self.s[self.i];
            self.i += 1;
            if c == q {
                return String::from_utf8(out).map_err(|_| self.err("invalid UTF-8"));
            }
            if c == b'\\' {
                let Some(&e) = self.s.get(self.i) else { break };
                self.i += 1;
                out.push(match e { b'n' => b'\n', b't' => b'\t', b'r' => b'\r', b'0' => 0, other => other });
            } else {
                out.push(c);
            }
        }
        Err(self.err("unterminated string"))
    }

    fn ident(&mut self) -> Result<String, Error> {
        let start = self.i;
        while self.i < self.s.len() && (self.s[self.i].is_ascii_alphanumeric() || self.s[self.i] == b'_' || self.s[self.i] == b'$') {
            self.i += 1;
        }
        if start == self.i {
            return Err(self.err("expected key"));
        }
        Ok(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.i;
        while self.i < self.s.len() && (self.s[self.i].is_ascii_alphanumeric() || b"+-.".contains(&self.s[self.i])) {
            self.i += 1;
        }
        let t = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| self.err("bad number"))?;
        let (neg, body) = match t.strip_prefix('-') { Some(b) => (true, b), None => (false, t.trim_start_matches('+')) };
        let v = if let Some(h) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
            i64::from_str_radix(h, 16).map(|x| x as f64).map_err(|_| self.err("bad hex"))?
        } else {
            match body { "Infinity" => f64::INFINITY, "NaN" => f64::NAN, _ => body.parse().map_err(|_| self.err("bad number"))? }
        };
        Ok(Value::Number(if neg { -v } else { v }))
    }

    fn array(&mut self) -> Result<Value, Error> {
        self.i += 1;
        self.depth += 1;
        let mut out = Vec::new();
        loop {
            self.ws();
            if self.s.get(self.i) == Some(&b']') { self.i += 1; break; }
            out.push(self.value()?);
            self.ws();
            match self.s.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b']') => { self.i += 1; break; }
                _ => return Err(self.err("expected , or ]")),
            }
        }
        self.depth -= 1;
        Ok(Value::Array(out))
    }

    fn object(&mut self) -> Result<Value, Error> {
        self.i += 1;
        self.depth += 1;
        let mut out = BTreeMap::new();
        loop {
            self.ws();
            if self.s.get(self.i) == Some(&b'}') { self.i += 1; break; }
            let key = match self.s.get(self.i) { Some(b'"') | Some(b'\'') => self.string()?, _ => self.ident()? };
            self.ws();
            if self.s.get(self.i) != Some(&b':') { return Err(self.err("expected :")); }
            self.i += 1;
            let v = self.value()?;
            out.insert(key, v);
            self.ws();
            match self.s.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b'}') => { self.i += 1; break; }
                _ => return Err(self.err("expected , or }")),
            }
        }
        self.depth -= 1;
        Ok(Value::Object(out))
    }
}

pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = P { s: text.as_bytes(), i: 0, depth: 0 };
    let v = p.value()?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("trailing characters"));
    }
    Ok(v)
}
