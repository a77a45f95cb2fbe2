//! Packs assets/ into $OUT_DIR/assets.pak.
//!
//! Format: b"PAK1", u32 count, then per entry: u16 name len, name, u32 raw len, u32 packed len,
//! packed bytes (compressed, then scrambled with salt = entry index).

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
mod scramble {
    include!("src/scramble.rs");
}

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = fs::read_dir(dir).map(|rd| rd.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, root, out);
        } else {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, p));
        }
    }
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("assets");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);

    let mut pak = b"PAK1".to_vec();
    pak.extend_from_slice(&(files.len() as u32).to_le_bytes());
    for (index, (name, path)) in files.iter().enumerate() {
        let raw = fs::read(path).expect("read asset");
        let mut packed = scramble::compress(&raw);
        scramble::scramble(&mut packed, index as u32);
        pak.extend_from_slice(&(name.len() as u16).to_le_bytes());
        pak.extend_from_slice(name.as_bytes());
        pak.extend_from_slice(&(raw.len() as u32).to_le_bytes());
        pak.extend_from_slice(&(packed.len() as u32).to_le_bytes());
        pak.extend_from_slice(&packed);
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("assets.pak");
    fs::write(out, pak).expect("write assets.pak");
}
