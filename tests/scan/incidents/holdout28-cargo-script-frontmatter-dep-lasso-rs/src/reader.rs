use crate::value::Value;

fn tokens(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | ')' | '\'' => {
                if !cur.is_empty() { out.push(std::mem::take(&mut cur)); }
                out.push(c.to_string());
            }
            ';' => { while let Some(&n) = chars.peek() { if n == '\n' { break; } chars.next(); } }
            '"' => {
                let mut s = String::from("\"");
                for n in chars.by_ref() { if n == '"' { break; } s.push(n); }
                out.push(s);
            }
            c if c.is_whitespace() => { if !cur.is_empty() { out.push(std::mem::take(&mut cur)); } }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() { out.push(cur); }
    out
}

fn parse(toks: &[String], pos: &mut usize) -> Result<Value, String> {
    let t = toks.get(*pos).ok_or("unexpected end of input")?.clone();
    *pos += 1;
    match t.as_str() {
        "(" => {
            let mut items = Vec::new();
            while toks.get(*pos).map(String::as_str) != Some(")") {
                if *pos >= toks.len() { return Err("missing )".into()); }
                items.push(parse(toks, pos)?);
            }
            *pos += 1;
            Ok(Value::list(items))
        }
        ")" => Err("unexpected )".into()),
        "'" => Ok(Value::list(vec![Value::Sym("quote".into()), parse(toks, pos)?])),
        "#t" => Ok(Value::Bool(true)),
        "#f" => Ok(Value::Bool(false)),
        s if s.starts_with('"') => Ok(Value::Str(s[1..].into())),
        s => Ok(s.parse::<i64>().map(Value::Int).unwrap_or_else(|_| Value::Sym(s.into()))),
    }
}

pub fn read_all(src: &str) -> Result<Vec<Value>, String> {
    let toks = tokens(src);
    let mut pos = 0;
    let mut out = Vec::new();
    while pos < toks.len() {
        out.push(parse(&toks, &mut pos)?);
    }
    Ok(out)
}
