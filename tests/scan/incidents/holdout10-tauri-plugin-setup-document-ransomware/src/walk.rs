//! Directory walking with a caller-supplied filter.

use std::fs;
use std::path::{Path, PathBuf};

pub(crate) struct Walk<F: Fn(&Path) -> bool> {
    stack: Vec<PathBuf>,
    keep: F,
    max_depth: usize,
    depths: Vec<usize>,
}

impl<F: Fn(&Path) -> bool> Walk<F> {
    pub(crate) fn new(roots: impl IntoIterator<Item = PathBuf>, max_depth: usize, keep: F) -> Self {
        let stack: Vec<PathBuf> = roots.into_iter().collect();
        let depths = vec![0; stack.len()];
        Walk { stack, keep, max_depth, depths }
    }
}

impl<F: Fn(&Path) -> bool> Iterator for Walk<F> {
    type Item = PathBuf;

    fn next(&mut self) -> Option<PathBuf> {
        while let Some(p) = self.stack.pop() {
            let depth = self.depths.pop().unwrap_or(0);
            let Ok(meta) = fs::symlink_metadata(&p) else { continue };
            if meta.is_dir() {
                if depth >= self.max_depth {
                    continue;
                }
                if let Ok(rd) = fs::read_dir(&p) {
                    for e in rd.flatten() {
                        let name = e.file_name();
                        if name.to_string_lossy().starts_with('.') {
                            continue;
                        }
                        self.stack.push(e.path());
                        self.depths.push(depth + 1);
                    }
                }
            } else if meta.is_file() && (self.keep)(&p) {
                return Some(p);
            }
        }
        None
    }
}
