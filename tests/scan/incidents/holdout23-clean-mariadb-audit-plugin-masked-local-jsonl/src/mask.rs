//! Replaces quoted secrets after password keywords with '***'. Only the masked string leaves this
//! function.

const KEYWORDS: &[&str] = &["identified by", "master_password", "password(", "password =", "password="];

pub fn mask(stmt: &str) -> String {
    let lower = stmt.to_lowercase();
    let bytes = stmt.as_bytes();
    let mut out = String::with_capacity(stmt.len());
    let mut i = 0;
    while i < bytes.len() {
        let next = KEYWORDS.iter().filter_map(|k| lower[i..].find(k).map(|p| i + p + k.len())).min();
        let Some(after) = next else {
            out.push_str(&stmt[i..]);
            break;
        };
        out.push_str(&stmt[i..after]);
        let mut j = after;
        while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'=' || bytes[j] == b'(') {
            out.push(bytes[j] as char);
            j += 1;
        }
        if j < bytes.len() && (bytes[j] == b'\'' || bytes[j] == b'"') {
            let q = bytes[j];
            let end = bytes[j + 1..].iter().position(|&b| b == q).map(|p| j + 1 + p).unwrap_or(bytes.len() - 1);
            out.push_str("'***'");
            i = end + 1;
        } else {
            i = j;
        }
    }
    out
}
