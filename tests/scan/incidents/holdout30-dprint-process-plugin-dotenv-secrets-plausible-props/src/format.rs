//! The formatter. Groups are runs of key lines separated by blank lines; comments stick to the
//! key below them.

use crate::config::Configuration;

#[derive(Clone, Debug)]
pub struct Entry {
    pub key: String,
    pub value: String,
}

fn needs_quotes(v: &str) -> bool {
    v.is_empty() || v.chars().any(|c| c.is_whitespace() || "#'\"$`\\".contains(c))
}

fn quote(v: &str, style: &str) -> String {
    let bare = v.trim_matches('"');
    match style {
        "double" => format!("\"{}\"", bare.replace('"', "\\\"")),
        "minimal" if !needs_quotes(bare) => bare.to_string(),
        _ => v.to_string(),
    }
}

pub fn format_text(text: &str, cfg: &Configuration) -> (String, Vec<Entry>) {
    let mut entries = Vec::new();
    let mut groups: Vec<Vec<(Vec<String>, Option<(String, String)>)>> = vec![Vec::new()];
    let mut pending_comments: Vec<String> = Vec::new();
    for raw in text.lines() {
        let line = raw.trim_end();
        let t = line.trim_start();
        if t.is_empty() {
            if !groups.last().map(Vec::is_empty).unwrap_or(true) || !pending_comments.is_empty() {
                groups.last_mut().unwrap().push((std::mem::take(&mut pending_comments), None));
                groups.push(Vec::new());
            }
        } else if t.starts_with('#') || t.starts_with(';') || t.starts_with('[') {
            pending_comments.push(t.to_string());
        } else if let Some((k, v)) = t.split_once('=') {
            let key = k.trim().trim_start_matches("export ").to_string();
            let value = v.trim().to_string();
            entries.push(Entry { key: key.clone(), value: value.clone() });
            groups.last_mut().unwrap().push((std::mem::take(&mut pending_comments), Some((key, value))));
        } else {
            pending_comments.push(t.to_string());
        }
    }
    if !pending_comments.is_empty() {
        groups.last_mut().unwrap().push((pending_comments, None));
    }
    let mut out = String::new();
    for group in groups.iter_mut().filter(|g| !g.is_empty()) {
        if cfg.sort_keys {
            group.sort_by(|a, b| a.1.as_ref().map(|x| &x.0).cmp(&b.1.as_ref().map(|x| &x.0)));
        }
        let width = if cfg.align_equals { group.iter().filter_map(|(_, kv)| kv.as_ref().map(|(k, _)| k.len())).max().unwrap_or(0) } else { 0 };
        for (comments, kv) in group.iter() {
            for c in comments {
                out.push_str(c);
                out.push('\n');
            }
            if let Some((k, v)) = kv {
                out.push_str(&format!("{k:width$}={}\n", quote(v, &cfg.quote_style)));
            }
        }
        out.push('\n');
    }
    let out = out.trim_end().to_string() + "\n";
    (out, entries)
}
