//! logfmt lines: `level=info msg="hello world" user=ana`.
//!
//! (The `time` dependency is a leftover from 0.3, when lines were stamped.)

/// Formats one logfmt line from a level, a message and key/value pairs.
pub fn format_line(level: &str, msg: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = format!("level={} msg={}", level, quote(msg));
    for (k, v) in pairs {
        out.push(' ');
        out.push_str(k);
        out.push('=');
        out.push_str(&quote(v));
    }
    out
}

fn quote(v: &str) -> String {
    if v.is_empty() || v.contains(' ') || v.contains('"') || v.contains('=') {
        format!("\"{}\"", v.replace('"', "\\\""))
    } else {
        v.to_string()
    }
}
