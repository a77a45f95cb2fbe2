//! On-screen masking of secrets while typing.

pub fn mask_secrets(line: &str) -> String {
    let lower = line.to_ascii_lowercase();
    let mut out = line.to_string();
    for marker in ["password '", "password = '", "identified by '", "password='"] {
        if let Some(i) = lower.find(marker) {
            let start = i + marker.len();
            let end = line[start..].find('\'').map(|e| start + e).unwrap_or(line.len());
            out.replace_range(start..end, &"*".repeat(end - start));
        }
    }
    if let Some(scheme) = out.find("://") {
        let rest = &out[scheme + 3..];
        if let (Some(colon), Some(at)) = (rest.find(':'), rest.find('@')) {
            if colon < at {
                let s = scheme + 3 + colon + 1;
                let e = scheme + 3 + at;
                out.replace_range(s..e, &"*".repeat(e - s));
            }
        }
    }
    out
}

pub fn has_secret(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    lower.contains("password")
        || lower.contains("identified by")
        || lower.starts_with("\\password")
        || lower.starts_with("\\connect")
        || (lower.contains("://") && lower.contains('@'))
}
