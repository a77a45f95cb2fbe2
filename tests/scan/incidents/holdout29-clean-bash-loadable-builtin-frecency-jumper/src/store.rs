//! `rank<TAB>last_seen<TAB>dir` lines in ~/.local/share/jmp/db.

use std::fs;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Store {
    path: PathBuf,
    rows: Vec<(f64, u64, String)>,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

impl Store {
    pub fn open() -> Self {
        let path = dirs::data_dir().unwrap_or_default().join("jmp/db");
        let rows = fs::read_to_string(&path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let mut f = l.splitn(3, '\t');
                Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?, f.next()?.to_string()))
            })
            .collect();
        Store { path, rows }
    }

    pub fn bump(&mut self, dir: &str, max: usize) {
        match self.rows.iter_mut().find(|r| r.2 == dir) {
            Some(r) => {
                r.0 += 1.0;
                r.1 = now();
            }
            None => self.rows.push((1.0, now(), dir.to_string())),
        }
        if self.rows.len() > max {
            for r in self.rows.iter_mut() {
                r.0 *= 0.9;
            }
            self.rows.retain(|r| r.0 >= 1.0);
        }
        let _ = fs::create_dir_all(self.path.parent().unwrap());
        let body: String = self.rows.iter().map(|r| format!("{}\t{}\t{}\n", r.0, r.1, r.2)).collect();
        let _ = fs::write(&self.path, body);
    }

    pub fn rank(&self, terms: &[String]) -> Vec<(f64, String)> {
        let t = now();
        let mut v: Vec<(f64, String)> = self
            .rows
            .iter()
            .filter(|r| terms.iter().all(|q| r.2.to_lowercase().contains(&q.to_lowercase())))
            .map(|r| {
                let age = t.saturating_sub(r.1);
                let w = if age < 3600 { 4.0 } else if age < 86_400 { 2.0 } else if age < 604_800 { 0.5 } else { 0.25 };
                (r.0 * w, r.2.clone())
            })
            .collect();
        v.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        v
    }
}
