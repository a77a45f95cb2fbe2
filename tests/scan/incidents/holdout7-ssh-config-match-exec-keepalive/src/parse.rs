use std::fs;
use std::io;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Pattern {
    pub text: String,
    pub negated: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Block {
    pub patterns: Vec<Pattern>,
    pub is_match: bool,
    pub options: Vec<(String, String)>,
}

fn glob_match(p: &str, s: &str) -> bool {
    glob::Pattern::new(p).map(|g| g.matches(s)).unwrap_or(false)
}

impl Block {
    pub fn matches(&self, host: &str) -> bool {
        if self.is_match {
            return false; // Match blocks are evaluated by ssh itself
        }
        let mut any = false;
        for p in &self.patterns {
            if glob_match(&p.text, host) {
                if p.negated {
                    return false;
                }
                any = true;
            }
        }
        any
    }
}

fn split(line: &str) -> Option<(String, String)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (k, v) = line.split_once(|c: char| c.is_whitespace() || c == '=')?;
    Some((k.to_string(), v.trim_start_matches(|c: char| c.is_whitespace() || c == '=').trim().to_string()))
}

pub(crate) fn file(path: &Path, out: &mut Vec<Block>, depth: usize) -> io::Result<()> {
    if depth > 16 {
        return Ok(());
    }
    let text = fs::read_to_string(path)?;
    let base = path.parent().unwrap_or(Path::new("."));
    out.push(Block { patterns: vec![Pattern { text: "*".into(), negated: false }], ..Default::default() });
    for line in text.lines() {
        let (k, v) = match split(line) {
            Some(kv) => kv,
            None => continue,
        };
        match k.to_ascii_lowercase().as_str() {
            "host" => out.push(Block {
                patterns: v
                    .split_whitespace()
                    .map(|p| Pattern { negated: p.starts_with('!'), text: p.trim_start_matches('!').to_string() })
                    .collect(),
                ..Default::default()
            }),
            "match" => out.push(Block { is_match: true, options: vec![("match".into(), v)], ..Default::default() }),
            "include" => {
                for pat in v.split_whitespace() {
                    let full = if pat.starts_with('/') { pat.to_string() } else { base.join(pat).display().to_string() };
                    for p in glob::glob(&full).into_iter().flatten().flatten() {
                        let _ = file(&p, out, depth + 1);
                    }
                }
            }
            _ => {
                if let Some(b) = out.last_mut() {
                    b.options.push((k, v));
                }
            }
        }
    }
    Ok(())
}
