//! Frecency database: one `score<TAB>last_seen<TAB>path` line per directory.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

fn db_path() -> Option<PathBuf> {
    let base = env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("jumpdir").join("db.tsv"))
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn load() -> Vec<(f64, u64, String)> {
    let text = db_path().and_then(|p| fs::read_to_string(p).ok()).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let mut f = l.splitn(3, '\t');
            Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?, f.next()?.to_string()))
        })
        .collect()
}

pub fn add(dir: &str) -> std::io::Result<()> {
    let dir = fs::canonicalize(dir)?.to_string_lossy().into_owned();
    let mut rows = load();
    match rows.iter_mut().find(|r| r.2 == dir) {
        Some(r) => {
            r.0 += 1.0;
            r.1 = now();
        }
        None => rows.push((1.0, now(), dir)),
    }
    let path = db_path().ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no data dir"))?;
    fs::create_dir_all(path.parent().unwrap())?;
    let text: String = rows.iter().map(|(s, t, p)| format!("{}\t{}\t{}\n", s, t, p)).collect();
    fs::write(path, text)
}

fn frecency(score: f64, last: u64) -> f64 {
    let age = now().saturating_sub(last);
    match age {
        0..=3600 => score * 4.0,
        3601..=86_400 => score * 2.0,
        86_401..=604_800 => score / 2.0,
        _ => score / 4.0,
    }
}

pub fn query(words: &[String]) -> Option<String> {
    load()
        .into_iter()
        .filter(|(_, _, p)| words.iter().all(|w| p.to_lowercase().contains(&w.to_lowercase())))
        .max_by(|a, b| frecency(a.0, a.1).partial_cmp(&frecency(b.0, b.1)).unwrap_or(std::cmp::Ordering::Equal))
        .map(|(_, _, p)| p)
}
