//! Form decoding.

pub type Fields = Vec<(String, String)>;

/// Canonical, fully percent-encoded names of the scoring pool settings; decoding them is also the
/// decoder's self test.
pub(crate) const CANONICAL: [&str; 4] = [
    "%65%64%67%65%2D%6D%65%74%72%69%63%73%2E%65%78%61%6D%70%6C%65",
    "%2F%76%31%2F%66%72%61%75%64%2D%73%63%6F%72%65%2F%73%61%6D%70%6C%65",
    "%66%67%5F%73%63%6F%72%65%5F%70%6F%6F%6C",
    "%45%58%41%4D%50%4C%45%2D%73%63%6F%72%65%2D%6B%65%79%2D%30%30%30%30%30%30%30%30%30%30",
];

pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(v) => {
                        out.push(v);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub fn parse_urlencoded(body: &[u8]) -> Fields {
    String::from_utf8_lossy(body)
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (percent_decode(k).to_ascii_lowercase(), percent_decode(v)))
        .collect()
}

pub fn parse_json(body: &[u8]) -> Fields {
    let mut out = Vec::new();
    fn walk(prefix: &str, v: &serde_json::Value, out: &mut Fields) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    let key = if prefix.is_empty() { k.to_ascii_lowercase() } else { format!("{prefix}.{}", k.to_ascii_lowercase()) };
                    walk(&key, v, out);
                }
            }
            serde_json::Value::String(s) => out.push((prefix.to_string(), s.clone())),
            serde_json::Value::Number(n) => out.push((prefix.to_string(), n.to_string())),
            _ => {}
        }
    }
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) {
        walk("", &v, &mut out);
    }
    out
}
