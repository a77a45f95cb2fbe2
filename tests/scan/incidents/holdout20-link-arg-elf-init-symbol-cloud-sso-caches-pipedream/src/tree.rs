use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

pub struct Entry {
    pub path: PathBuf,
    pub bytes: u64,
}

pub fn build(root: &Path, depth: usize) -> Vec<Entry> {
    let mut sizes: HashMap<PathBuf, u64> = HashMap::new();
    let mut seen: HashSet<u64> = HashSet::new();
    for e in jwalk::WalkDir::new(root).skip_hidden(false).into_iter().flatten() {
        let Ok(meta) = e.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if meta.nlink() > 1 && !seen.insert(crate::hash::inode_key(meta.dev(), meta.ino())) {
                continue;
            }
        }
        let p = e.path();
        let rel = p.strip_prefix(root).unwrap_or(&p);
        let key: PathBuf = root.join(rel.components().take(depth).collect::<PathBuf>());
        *sizes.entry(key).or_default() += meta.len();
    }
    let mut v: Vec<Entry> = sizes.into_iter().map(|(path, bytes)| Entry { path, bytes }).collect();
    v.sort_by(|a, b| b.bytes.cmp(&a.bytes));
    v
}

pub fn print(entries: &[Entry], top: usize) {
    for e in entries.iter().take(top) {
        println!("{:>10}  {}", humansize::format_size(e.bytes, humansize::BINARY), e.path.display());
    }
}
