//! `:name` → `$n` rewriting that leaves string literals, quoted identifiers,
//! comments and `::type` casts alone.

pub struct Rewritten {
    pub sql: String,
    pub order: Vec<String>,
}

pub fn rewrite(sql: &str) -> Result<Rewritten, String> {
    let bytes = sql.as_bytes();
    let mut out = String::with_capacity(sql.len());
    let mut order: Vec<String> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'\'' | b'"' => {
                let end = find_close(bytes, i + 1, c).ok_or("unterminated quote")?;
                out.push_str(&sql[i..=end]);
                i = end + 1;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                let end = sql[i..].find('\n').map(|n| i + n).unwrap_or(bytes.len());
                out.push_str(&sql[i..end]);
                i = end;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = sql[i + 2..].find("*/").map(|n| i + 2 + n + 2).ok_or("unterminated comment")?;
                out.push_str(&sql[i..end]);
                i = end;
            }
            b':' if bytes.get(i + 1) == Some(&b':') => {
                out.push_str("::");
                i += 2;
            }
            b':' if bytes.get(i + 1).map_or(false, |b| b.is_ascii_alphabetic() || *b == b'_') => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_') {
                    end += 1;
                }
                let name = &sql[start..end];
                let pos = match order.iter().position(|n| n == name) {
                    Some(p) => p,
                    None => {
                        order.push(name.to_owned());
                        order.len() - 1
                    }
                };
                out.push('$');
                out.push_str(&(pos + 1).to_string());
                i = end;
            }
            _ => {
                let ch = sql[i..].chars().next().unwrap();
                out.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    Ok(Rewritten { sql: out, order })
}

fn find_close(bytes: &[u8], mut i: usize, quote: u8) -> Option<usize> {
    while i < bytes.len() {
        if bytes[i] == quote {
            if bytes.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn reuses_positions_and_skips_casts() {
        let r = rewrite("SELECT :a::text, ':b', :a, :c -- :d").unwrap();
        assert_eq!(r.sql, "SELECT $1::text, ':b', $1, $2 -- :d");
        assert_eq!(r.order, vec!["a", "c"]);
    }
}
