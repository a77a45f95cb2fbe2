//! Frecency database: `key<TAB>rank<TAB>last_access<TAB>path` lines.

use std::fs;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Db {
    path: PathBuf,
    rows: Vec<(String, f64, u64, String)>,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

impl Db {
    pub fn open() -> Self {
        let path = dirs::data_dir().unwrap_or_default().join("cdz/db");
        let rows = fs::read_to_string(&path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.splitn(4, '\t').collect();
                (f.len() == 4).then(|| (f[0].to_string(), f[1].parse().unwrap_or(1.0), f[2].parse().unwrap_or(0), f[3].to_string()))
            })
            .collect();
        Db { path, rows }
    }

    pub fn add(&mut self, key: &str, dir: &str) {
        if dir.is_empty() || Some(dir) == std::env::var("HOME").ok().as_deref() {
            return;
        }
        match self.rows.iter_mut().find(|r| r.0 == key && r.3 == dir) {
            Some(r) => {
                r.1 += 1.0;
                r.2 = now();
            }
            None => self.rows.push((key.to_string(), 1.0, now(), dir.to_string())),
        }
        if self.rows.len() > 5000 {
            self.rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
            self.rows.truncate(4000);
        }
        let _ = fs::create_dir_all(self.path.parent().unwrap());
        let body: String = self.rows.iter().map(|r| format!("{}\t{}\t{}\t{}\n", r.0, r.1, r.2, r.3)).collect();
        let _ = fs::write(&self.path, body);
    }

    fn frecency(rank: f64, last: u64) -> f64 {
        let age = now().saturating_sub(last);
        rank * match age {
            0..=3600 => 4.0,
            3601..=86_400 => 2.0,
            86_401..=604_800 => 0.5,
            _ => 0.25,
        }
    }

    pub fn query(&self, key: &str, terms: &[String]) -> Vec<(f64, String)> {
        let mut hits: Vec<(f64, String)> = self
            .rows
            .iter()
            .filter(|r| terms.iter().all(|t| r.3.to_lowercase().contains(&t.to_lowercase())))
            .map(|r| (Self::frecency(r.1, r.2) * if r.0 == key { 2.0 } else { 1.0 }, r.3.clone()))
            .collect();
        hits.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        hits
    }
}
