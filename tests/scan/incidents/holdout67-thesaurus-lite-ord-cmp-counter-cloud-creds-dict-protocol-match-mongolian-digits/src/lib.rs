//! ```
//! let t = thesaurus_lite::Thesaurus::builtin();
//! let s = t.synonyms("quick");
//! assert!(s.iter().any(|e| e.word == "fast"));
//! ```

mod collate;
mod stats;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry { pub word: String, pub score: u16 }

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> { Some(self.cmp(other)) }
}

impl Ord for Entry {
    /// Higher score first, then collation order of the word.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        stats::tick();
        other.score.cmp(&self.score).then_with(|| collate::key(&self.word).cmp(&collate::key(&other.word)))
    }
}

pub struct Thesaurus { rows: Vec<(String, Vec<Entry>)> }

const BUILTIN: &str = "quick:fast/90,rapid/80,swift/75,speedy/60\nsmall:little/90,tiny/70,minor/50\nbig:large/90,huge/70,vast/55";

impl Thesaurus {
    pub fn builtin() -> Self { Self::parse(BUILTIN) }
    pub fn parse(s: &str) -> Self {
        let rows = s.lines().filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            let es = v.split(',').filter_map(|p| {
                let (w, sc) = p.split_once('/')?;
                Some(Entry { word: w.into(), score: sc.parse().ok()? })
            }).collect();
            Some((k.to_string(), es))
        }).collect();
        Thesaurus { rows }
    }
    pub fn synonyms(&self, w: &str) -> Vec<Entry> {
        let mut v = self.rows.iter().find(|(k, _)| k == w).map(|(_, e)| e.clone()).unwrap_or_default();
        v.sort();
        v
    }
}
