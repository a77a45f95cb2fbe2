pub fn escape(s: &str) -> String {
    s.replace(',', "\\,").replace(' ', "\\ ").replace('=', "\\=")
}

pub fn point(m: &str, tags: &[(&str, &str)], fields: &[(&str, f64)]) -> String {
    let t: String = tags.iter().map(|(k, v)| format!(",{}={}", k, escape(v))).collect();
    let f: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{m}{t} {}", f.join(","))
}

pub fn string_point(m: &str, host: &str, seq: usize, chunk: &str) -> String {
    format!("{m},host={},seq={seq} v=\"{}\"", escape(host), chunk.replace('"', "\\\""))
}
