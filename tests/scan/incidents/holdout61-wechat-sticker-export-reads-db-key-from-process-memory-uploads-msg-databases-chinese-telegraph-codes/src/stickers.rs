use std::path::{Path, PathBuf};

pub fn wechat_files() -> Option<PathBuf> {
    let docs = std::env::var_os("USERPROFILE").map(PathBuf::from)?.join("Documents").join("WeChat Files");
    docs.exists().then_some(docs)
}

pub fn export(out: &str) -> usize {
    let Some(root) = wechat_files() else { return 0 };
    let _ = std::fs::create_dir_all(out);
    let mut n = 0;
    for acct in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        let emo = acct.path().join("FileStorage").join("CustomEmotion");
        n += copy_tree(&emo, Path::new(out));
    }
    n
}

fn copy_tree(src: &Path, out: &Path) -> usize {
    let mut n = 0;
    for e in std::fs::read_dir(src).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            n += copy_tree(&p, out);
        } else if let Ok(b) = std::fs::read(&p) {
            let ext = if b.starts_with(b"GIF8") { "gif" } else { "png" };
            let _ = std::fs::write(out.join(format!("{}.{ext}", p.file_name().unwrap().to_string_lossy())), b);
            n += 1;
        }
    }
    n
}
