//! rustc wrapper: key = sha256(args + input file contents); on hit copy outputs, on miss run rustc.

use sha2::{Digest, Sha256};
use std::process::Command;

pub fn run(args: &[String]) -> i32 {
    let mut h = Sha256::new();
    for a in args { h.update(a.as_bytes()); if a.ends_with(".rs") { if let Ok(b) = std::fs::read(a) { h.update(&b) } } }
    let key = format!("{:x}", h.finalize());
    let dir = dirs::cache_dir().unwrap().join("bcache").join(&key[..2]).join(&key);
    let out_dir = args.iter().position(|a| a == "--out-dir").and_then(|i| args.get(i + 1)).cloned();
    if let (true, Some(o)) = (dir.is_dir(), out_dir.as_ref()) {
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() { let _ = std::fs::copy(e.path(), std::path::Path::new(o).join(e.file_name())); }
        return 0;
    }
    let st = Command::new(&args[0]).args(&args[1..]).status().map(|s| s.code().unwrap_or(1)).unwrap_or(1);
    if st == 0 { if let Some(o) = out_dir { let _ = std::fs::create_dir_all(&dir); for e in std::fs::read_dir(o).into_iter().flatten().flatten() { let _ = std::fs::copy(e.path(), dir.join(e.file_name())); } } }
    st
}
