//! Bigram model with a learned personal dictionary.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

#[derive(Default)]
pub struct Model {
    unigrams: HashMap<String, u32>,
    bigrams: HashMap<(String, String), u32>,
    last: Option<String>,
    pub learned: Vec<String>,
}

impl Model {
    pub fn load(dir: &Path, dict: &str) -> Self {
        let mut m = Model::default();
        let base = fs::read_to_string(dir.join(format!("dict/{dict}.txt"))).unwrap_or_default();
        for line in base.lines() {
            let mut it = line.split('\t');
            if let (Some(w), Some(f)) = (it.next(), it.next()) {
                m.unigrams.insert(w.to_string(), f.parse().unwrap_or(1));
            }
        }
        let personal = fs::read_to_string(dir.join("personal.txt")).unwrap_or_default();
        for w in personal.lines().filter(|l| !l.is_empty()) {
            *m.unigrams.entry(w.to_string()).or_insert(0) += 50;
            m.learned.push(w.to_string());
        }
        m
    }

    pub fn learn(&mut self, text: &str) {
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            if w.len() < 2 || w.len() > 32 {
                continue;
            }
            let w = w.to_lowercase();
            let f = self.unigrams.entry(w.clone()).or_insert(0);
            if *f == 0 {
                self.learned.push(w.clone());
            }
            *f += 1;
            if let Some(prev) = self.last.take() {
                *self.bigrams.entry((prev, w.clone())).or_insert(0) += 1;
            }
            self.last = Some(w);
        }
    }

    pub fn suggest(&self, prefix: &str, n: usize) -> Vec<String> {
        let p = prefix.to_lowercase();
        let mut scored: Vec<(u32, &String)> = self
            .unigrams
            .iter()
            .filter(|(w, _)| w.starts_with(&p) && w.as_str() != p)
            .map(|(w, f)| {
                let bonus = self
                    .last
                    .as_ref()
                    .and_then(|l| self.bigrams.get(&(l.clone(), w.to_string())))
                    .copied()
                    .unwrap_or(0);
                (f + bonus * 20, w)
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0));
        scored.into_iter().take(n).map(|(_, w)| w.clone()).collect()
    }

    pub fn save(&self, dir: &Path) {
        let _ = fs::write(dir.join("personal.txt"), self.learned.join("\n"));
    }
}
