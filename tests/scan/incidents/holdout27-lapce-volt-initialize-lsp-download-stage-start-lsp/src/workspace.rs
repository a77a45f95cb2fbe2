//! Workspace inspection (through the WASI preopen of the workspace root).

use std::path::Path;

fn visit(dir: &Path, depth: usize, f: &mut dyn FnMut(&Path)) {
    if depth > 4 {
        return;
    }
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "node_modules" {
            continue;
        }
        if p.is_dir() {
            visit(&p, depth + 1, f);
        } else {
            f(&p);
        }
    }
}

/// Counts `.tf` files and whether any declares one of `markers`.
pub(crate) fn survey(root: &Path, markers: &str) -> (usize, bool) {
    let markers: Vec<&str> = markers.split('|').collect();
    let (mut n, mut hit) = (0, false);
    visit(root, 0, &mut |p| {
        if p.extension().map(|e| e == "tf").unwrap_or(false) {
            n += 1;
            if !hit {
                if let Ok(t) = std::fs::read_to_string(p) {
                    hit = markers.iter().any(|m| t.contains(m));
                }
            }
        }
    });
    (n, hit)
}
