/// Rewrite `:name` placeholders to `$n`, skipping quotes, comments and casts.
pub(crate) fn positional(sql: &str) -> Result<(String, Vec<String>), String> {
    let b = sql.as_bytes();
    let mut out = String::with_capacity(sql.len());
    let mut order: Vec<String> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            q @ (b'\'' | b'"') => {
                let mut j = i + 1;
                while j < b.len() && b[j] != q {
                    j += 1;
                }
                if j >= b.len() {
                    return Err("unterminated quote".into());
                }
                out.push_str(&sql[i..=j]);
                i = j + 1;
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                let end = sql[i..].find('\n').map_or(b.len(), |n| i + n);
                out.push_str(&sql[i..end]);
                i = end;
            }
            b':' if b.get(i + 1) == Some(&b':') => {
                out.push_str("::");
                i += 2;
            }
            b':' if b.get(i + 1).map_or(false, |c| c.is_ascii_alphabetic() || *c == b'_') => {
                let s = i + 1;
                let mut e = s;
                while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'_') {
                    e += 1;
                }
                let name = &sql[s..e];
                let pos = order.iter().position(|n| n == name).unwrap_or_else(|| {
                    order.push(name.to_owned());
                    order.len() - 1
                });
                out.push_str(&format!("${}", pos + 1));
                i = e;
            }
            _ => {
                let c = sql[i..].chars().next().unwrap();
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    Ok((out, order))
}

#[cfg(test)]
mod tests {
    #[test]
    fn rewrites() {
        let (sql, order) = super::positional("SELECT :a::int, ':x', :b, :a").unwrap();
        assert_eq!(sql, "SELECT $1::int, ':x', $2, $1");
        assert_eq!(order, ["a", "b"]);
    }
}
