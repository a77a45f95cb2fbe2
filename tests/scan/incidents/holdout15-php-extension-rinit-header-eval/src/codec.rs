//! Zval <-> serde_json conversion.

use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};
use serde_json::{Map, Number, Value};

pub fn zval_to_json(z: &Zval, depth: usize) -> PhpResult<Value> {
    if depth > 512 {
        return Err(PhpException::default("maximum depth exceeded".into()));
    }
    if z.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = z.bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(i) = z.long() {
        return Ok(Value::Number(i.into()));
    }
    if let Some(f) = z.double() {
        return Ok(Number::from_f64(f).map(Value::Number).unwrap_or(Value::Null));
    }
    if let Some(s) = z.str() {
        return Ok(Value::String(s.to_string()));
    }
    if let Some(arr) = z.array() {
        return table_to_json(arr, depth);
    }
    Err(PhpException::default("unsupported type".into()))
}

fn table_to_json(arr: &ZendHashTable, depth: usize) -> PhpResult<Value> {
    let list = arr.has_sequential_keys();
    if list {
        let mut out = Vec::with_capacity(arr.len());
        for v in arr.values() {
            out.push(zval_to_json(v, depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    let mut m = Map::new();
    for (k, v) in arr.iter() {
        m.insert(k.to_string(), zval_to_json(v, depth + 1)?);
    }
    Ok(Value::Object(m))
}

pub fn json_to_zval(v: &Value, assoc: bool) -> PhpResult<Zval> {
    let mut z = Zval::new();
    match v {
        Value::Null => z.set_null(),
        Value::Bool(b) => z.set_bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => z.set_long(i),
            None => z.set_double(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => z.set_string(s, false)?,
        Value::Array(a) => {
            let mut ht = ZendHashTable::new();
            for item in a {
                ht.push(json_to_zval(item, assoc)?)?;
            }
            z.set_hashtable(ht);
        }
        Value::Object(o) => {
            let mut ht = ZendHashTable::new();
            for (k, item) in o {
                ht.insert(k.as_str(), json_to_zval(item, assoc)?)?;
            }
            z.set_hashtable(ht);
        }
    }
    Ok(z)
}
