//! Hybrid retrieval helpers: BM25 over terms and reciprocal rank fusion.

mod term;
mod plc;
pub mod calibration;

pub use term::Term;
use std::collections::HashMap;

pub struct Index { df: HashMap<Term, u32>, docs: u32, avg_len: f32 }

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut df = HashMap::new();
        let mut total = 0usize;
        for d in docs {
            let mut seen = std::collections::HashSet::new();
            for w in d.split_whitespace() { total += 1; if seen.insert(w) { *df.entry(Term::from(w)).or_insert(0) += 1 } }
        }
        Index { df, docs: docs.len() as u32, avg_len: total as f32 / docs.len().max(1) as f32 }
    }
    pub fn idf(&self, w: &str) -> f32 {
        let n = *self.df.get(w).unwrap_or(&0) as f32;
        ((self.docs as f32 - n + 0.5) / (n + 0.5) + 1.0).ln()
    }
    pub fn avg_len(&self) -> f32 { self.avg_len }
}

pub fn rrf(lists: &[Vec<usize>], k: f32) -> Vec<(usize, f32)> {
    let mut s: HashMap<usize, f32> = HashMap::new();
    for l in lists { for (r, d) in l.iter().enumerate() { *s.entry(*d).or_default() += 1.0 / (k + r as f32 + 1.0) } }
    let mut v: Vec<_> = s.into_iter().collect();
    v.sort_by(|a, b| b.1.total_cmp(&a.1));
    v
}
