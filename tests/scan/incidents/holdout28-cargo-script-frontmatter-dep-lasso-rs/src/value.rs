use std::fmt;
use std::rc::Rc;

pub type Builtin = fn(&[Value]) -> Result<Value, String>;

#[derive(Clone)]
pub enum Value {
    Nil,
    Bool(bool),
    Int(i64),
    Str(Rc<str>),
    Sym(Rc<str>),
    Pair(Rc<(Value, Value)>),
    Builtin(&'static str, Builtin),
    Lambda(Rc<Lambda>),
}

pub struct Lambda {
    pub params: Vec<Rc<str>>,
    pub body: Value,
    pub env: crate::env::Scope,
}

impl Value {
    pub fn list(items: Vec<Value>) -> Value {
        items.into_iter().rev().fold(Value::Nil, |acc, v| Value::Pair(Rc::new((v, acc))))
    }

    pub fn to_vec(&self) -> Result<Vec<Value>, String> {
        let mut out = Vec::new();
        let mut cur = self.clone();
        loop {
            match cur {
                Value::Nil => return Ok(out),
                Value::Pair(p) => {
                    out.push(p.0.clone());
                    cur = p.1.clone();
                }
                _ => return Err("improper list".into()),
            }
        }
    }

    pub fn truthy(&self) -> bool {
        !matches!(self, Value::Bool(false) | Value::Nil)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => write!(f, "()"),
            Value::Bool(b) => write!(f, "{}", if *b { "#t" } else { "#f" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Sym(s) => write!(f, "{s}"),
            Value::Builtin(n, _) => write!(f, "#<builtin {n}>"),
            Value::Lambda(_) => write!(f, "#<lambda>"),
            Value::Pair(_) => {
                let items = self.to_vec().map_err(|_| fmt::Error)?;
                write!(f, "(")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, " ")?;
                    }
                    write!(f, "{v}")?;
                }
                write!(f, ")")
            }
        }
    }
}
