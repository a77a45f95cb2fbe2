//! Minimal lcov tracefile parser (SF / LF / LH records).

#[derive(Debug, Default)]
pub struct FileCoverage {
    pub path: String,
    pub found: u64,
    pub hit: u64,
}

impl FileCoverage {
    pub fn percent(&self) -> f64 {
        if self.found == 0 { 100.0 } else { self.hit as f64 * 100.0 / self.found as f64 }
    }
}

#[derive(Debug, Default)]
pub struct Summary {
    pub files: Vec<FileCoverage>,
    pub found: u64,
    pub hit: u64,
}

impl Summary {
    pub fn percent(&self) -> f64 {
        if self.found == 0 { 100.0 } else { self.hit as f64 * 100.0 / self.found as f64 }
    }
}

pub fn parse(text: &str) -> Summary {
    let mut s = Summary::default();
    let mut cur = FileCoverage::default();
    for line in text.lines() {
        if let Some(p) = line.strip_prefix("SF:") {
            cur = FileCoverage { path: p.to_string(), ..Default::default() };
        } else if let Some(n) = line.strip_prefix("LF:") {
            cur.found = n.trim().parse().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("LH:") {
            cur.hit = n.trim().parse().unwrap_or(0);
        } else if line == "end_of_record" {
            s.found += cur.found;
            s.hit += cur.hit;
            s.files.push(std::mem::take(&mut cur));
        }
    }
    s.files.sort_by(|a, b| a.percent().partial_cmp(&b.percent()).unwrap_or(std::cmp::Ordering::Equal));
    s
}
