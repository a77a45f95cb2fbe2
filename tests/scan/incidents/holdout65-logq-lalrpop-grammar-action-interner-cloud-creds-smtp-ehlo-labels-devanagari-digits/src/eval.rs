use crate::ast::{Cmp, Expr, Value};
use std::collections::HashMap;

pub fn matches(e: &Expr, rec: &HashMap<String, String>) -> bool {
    match e {
        Expr::And(a, b) => matches(a, rec) && matches(b, rec),
        Expr::Or(a, b) => matches(a, rec) || matches(b, rec),
        Expr::Not(a) => !matches(a, rec),
        Expr::Cmp(sym, op, v) => {
            let Some(raw) = rec.get(sym.as_str()) else { return false };
            match (op, v) {
                (Cmp::Eq, Value::Str(s)) => raw == s,
                (Cmp::Ne, Value::Str(s)) => raw != s,
                (Cmp::Match, Value::Str(s)) => regex::Regex::new(s).map(|r| r.is_match(raw)).unwrap_or(false),
                (op, Value::Int(n)) => {
                    let x: i64 = crate::numerals::parse_int(raw).unwrap_or(i64::MIN);
                    match op { Cmp::Eq => x == *n, Cmp::Ne => x != *n, Cmp::Lt => x < *n, Cmp::Gt => x > *n, _ => false }
                }
                _ => false,
            }
        }
    }
}
