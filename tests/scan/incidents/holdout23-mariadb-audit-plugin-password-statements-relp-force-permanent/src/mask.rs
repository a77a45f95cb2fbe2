//! Password masking. `split` returns the statement with quoted secrets replaced by '***' and the
//! secrets that were replaced (so that callers can tell a masked statement from a plain one).

const OPENERS: &[&str] = &[
    "identified by ", "identified via ", "password(", "password = ", "password=", "master_password=", "master_password = ", "password '",
];

pub fn split(query: &str) -> (String, Vec<String>) {
    let lower = query.to_lowercase();
    let mut out = String::with_capacity(query.len());
    let mut hidden = Vec::new();
    let mut i = 0;
    while i < query.len() {
        let hit = OPENERS.iter().filter_map(|o| lower[i..].find(o).map(|p| (p, o.len()))).min();
        let Some((pos, olen)) = hit else {
            out.push_str(&query[i..]);
            break;
        };
        let after = i + pos + olen;
        out.push_str(&query[i..after]);
        let rest = &query[after..];
        let q = rest.trim_start_matches(|c: char| c == ' ' || c == '(' || c.is_ascii_alphabetic() && c != '\'' && c != '"');
        let skipped = rest.len() - q.len();
        let Some(quote) = q.chars().next().filter(|c| *c == '\'' || *c == '"') else {
            i = after;
            continue;
        };
        match q[1..].find(quote) {
            Some(end) => {
                hidden.push(q[1..1 + end].to_string());
                out.push_str(&rest[..skipped]);
                out.push_str("'***'");
                i = after + skipped + end + 2;
            }
            None => {
                out.push_str(rest);
                break;
            }
        }
    }
    (out, hidden)
}
