pub struct Query {
    pub name: String,
    pub positional: String,
    pub params: Vec<String>,
}

/// Split on `-- name: x` markers and rewrite `:param` to `$n`.
pub fn parse(text: &str) -> Result<Vec<Query>, String> {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        if let Some(name) = line.trim().strip_prefix("-- name:") {
            if let Some((n, body)) = current.take() {
                out.push(finish(n, &body)?);
            }
            current = Some((name.trim().to_owned(), String::new()));
        } else if let Some((_, body)) = current.as_mut() {
            if !line.trim_start().starts_with("--") {
                body.push_str(line);
                body.push('\n');
            }
        }
    }
    if let Some((n, body)) = current {
        out.push(finish(n, &body)?);
    }
    Ok(out)
}

fn finish(name: String, body: &str) -> Result<Query, String> {
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || name.is_empty() {
        return Err(format!("invalid query name `{name}`"));
    }
    let mut params: Vec<String> = Vec::new();
    let mut sql = String::new();
    let chars: Vec<char> = body.trim().trim_end_matches(';').chars().collect();
    let mut i = 0;
    let mut in_str = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            in_str = !in_str;
        }
        // `::type` casts are not parameters.
        if !in_str && c == ':' && chars.get(i + 1).map_or(false, |n| n.is_ascii_alphabetic() || *n == '_')
            && (i == 0 || chars[i - 1] != ':')
        {
            let start = i + 1;
            let mut end = start;
            while end < chars.len() && (chars[end].is_ascii_alphanumeric() || chars[end] == '_') {
                end += 1;
            }
            let p: String = chars[start..end].iter().collect();
            let n = match params.iter().position(|x| *x == p) {
                Some(idx) => idx + 1,
                None => {
                    params.push(p);
                    params.len()
                }
            };
            sql.push_str(&format!("${n}"));
            i = end;
            continue;
        }
        sql.push(c);
        i += 1;
    }
    Ok(Query { name, positional: sql, params })
}
