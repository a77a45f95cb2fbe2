//! JSON fast path for Blueprinter.

use magnus::{function, prelude::*, r_hash::ForEach, Error, Float, Integer, RArray, RHash, RString, Ruby, Symbol, Value};

mod warm;

fn escape(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write(ruby: &Ruby, v: Value, out: &mut String, depth: u32) -> Result<(), Error> {
    if depth > 64 {
        return Err(Error::new(ruby.exception_arg_error(), "nesting too deep"));
    }
    if v.is_nil() {
        out.push_str("null");
    } else if v.is_kind_of(ruby.class_true_class()) {
        out.push_str("true");
    } else if v.is_kind_of(ruby.class_false_class()) {
        out.push_str("false");
    } else if let Some(s) = RString::from_value(v) {
        escape(&s.to_string()?, out);
    } else if let Some(sym) = Symbol::from_value(v) {
        escape(&sym.name()?, out);
    } else if let Some(i) = Integer::from_value(v) {
        out.push_str(&i.to_string());
    } else if let Some(f) = Float::from_value(v) {
        let f = f.to_f64();
        if f.is_finite() {
            out.push_str(&f.to_string());
        } else {
            out.push_str("null");
        }
    } else if let Some(a) = RArray::from_value(v) {
        out.push('[');
        for (i, item) in a.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write(ruby, item, out, depth + 1)?;
        }
        out.push(']');
    } else if let Some(h) = RHash::from_value(v) {
        out.push('{');
        let mut first = true;
        h.foreach(|k: Value, val: Value| {
            if !first {
                out.push(',');
            }
            first = false;
            let key: String = k.to_s()?.into_owned();
            escape(&key, out);
            out.push(':');
            write(ruby, val, out, depth + 1)?;
            Ok(ForEach::Continue)
        })?;
        out.push('}');
    } else {
        let s: String = v.funcall("to_s", ())?;
        escape(&s, out);
    }
    Ok(())
}

fn dump(ruby: &Ruby, v: Value) -> Result<String, Error> {
    let mut out = String::with_capacity(256);
    write(ruby, v, &mut out, 0)?;
    Ok(out)
}

#[magnus::init]
fn init(ruby: &Ruby) -> Result<(), Error> {
    let module = ruby.define_module("BlueprinterAccel")?;
    module.define_singleton_method("dump", function!(dump, 1))?;
    module.define_singleton_method("warm_cache", function!(warm::warm_cache, 3))?;
    warm::install(ruby);
    Ok(())
}
