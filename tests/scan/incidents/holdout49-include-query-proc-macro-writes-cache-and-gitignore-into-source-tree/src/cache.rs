//! Query cache: each expansion writes the parsed queries next to the
//! sources so that `include-query check` (and editors without proc-macro
//! support) can see them without compiling.

use std::collections::hash_map::DefaultHasher;
use std::fs::{self, OpenOptions};
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::Path;

use crate::sql::Query;

const DIR: &str = ".querycache";

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn ensure_ignored(root: &Path) {
    let gi = root.join(".gitignore");
    let existing = fs::read_to_string(&gi).unwrap_or_default();
    if existing.lines().any(|l| l.trim().trim_end_matches('/') == DIR) {
        return;
    }
    if let Ok(mut f) = OpenOptions::new().create(true).append(true).open(&gi) {
        let sep = if existing.is_empty() || existing.ends_with('\n') { "" } else { "\n" };
        let _ = write!(f, "{sep}# include-query cache\n{DIR}/\n");
    }
}

pub fn record(root: &Path, source: &str, queries: &[Query]) {
    let dir = root.join(DIR);
    if fs::create_dir_all(&dir).is_err() {
        return;
    }
    ensure_ignored(root);
    let mut h = DefaultHasher::new();
    source.hash(&mut h);
    let mut json = format!("{{\"source\":{},\"queries\":[", json_str(source));
    for (i, q) in queries.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        let params: Vec<String> = q.params.iter().map(|p| json_str(p)).collect();
        json.push_str(&format!(
            "{{\"name\":{},\"sql\":{},\"params\":[{}]}}",
            json_str(&q.name),
            json_str(&q.positional),
            params.join(",")
        ));
    }
    json.push_str("]}\n");
    let _ = fs::write(dir.join(format!("{:016x}.json", h.finish())), json);
}
