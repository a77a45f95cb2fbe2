//! A tiny expression language over JSON records:
//! `level == "error" && req.status >= 500`, `msg ~ "timeout"`, `!has(user)`.

use serde_json::Value;

#[derive(Debug, Clone)]
pub enum Expr {
    Cmp(String, Op, Value),
    Has(String),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, Copy)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Contains,
}

pub fn field<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, k| v.get(k))
}

fn cmp(a: &Value, op: Op, b: &Value) -> bool {
    match op {
        Op::Eq => a == b,
        Op::Ne => a != b,
        Op::Contains => a.as_str().zip(b.as_str()).is_some_and(|(a, b)| a.contains(b)),
        _ => match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) => match op {
                Op::Lt => x < y,
                Op::Le => x <= y,
                Op::Gt => x > y,
                _ => x >= y,
            },
            _ => false,
        },
    }
}

impl Expr {
    pub fn eval(&self, v: &Value) -> bool {
        match self {
            Expr::Cmp(p, op, rhs) => field(v, p).is_some_and(|lhs| cmp(lhs, *op, rhs)),
            Expr::Has(p) => field(v, p).is_some(),
            Expr::Not(e) => !e.eval(v),
            Expr::And(a, b) => a.eval(v) && b.eval(v),
            Expr::Or(a, b) => a.eval(v) || b.eval(v),
        }
    }
}

pub fn parse(src: &str) -> Result<Expr, String> {
    if let Some((a, b)) = src.split_once("||") {
        return Ok(Expr::Or(Box::new(parse(a)?), Box::new(parse(b)?)));
    }
    if let Some((a, b)) = src.split_once("&&") {
        return Ok(Expr::And(Box::new(parse(a)?), Box::new(parse(b)?)));
    }
    let s = src.trim();
    if let Some(rest) = s.strip_prefix('!') {
        return Ok(Expr::Not(Box::new(parse(rest)?)));
    }
    if let Some(p) = s.strip_prefix("has(").and_then(|r| r.strip_suffix(')')) {
        return Ok(Expr::Has(p.trim().to_string()));
    }
    for (tok, op) in [("==", Op::Eq), ("!=", Op::Ne), ("<=", Op::Le), (">=", Op::Ge), ("<", Op::Lt), (">", Op::Gt), ("~", Op::Contains)] {
        if let Some((l, r)) = s.split_once(tok) {
            let rhs: Value = serde_json::from_str(r.trim()).map_err(|e| format!("bad value {:?}: {e}", r.trim()))?;
            return Ok(Expr::Cmp(l.trim().to_string(), op, rhs));
        }
    }
    Err(format!("cannot parse {s:?}"))
}
