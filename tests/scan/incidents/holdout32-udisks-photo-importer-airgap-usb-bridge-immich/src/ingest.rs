//! The import itself.

use crate::{exif, Config};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

const EXTS: &[&str] = &["jpg", "jpeg", "heic", "nef", "cr2", "cr3", "arw", "raf", "orf", "rw2", "dng"];

fn index_path() -> PathBuf {
    dirs::data_dir().unwrap_or_default().join("dcim-ingest/imported.sha256")
}

fn imported() -> HashSet<String> {
    std::fs::read_to_string(index_path()).map(|t| t.lines().map(str::to_string).collect()).unwrap_or_default()
}

pub struct Summary {
    pub copied: usize,
    pub duplicates: usize,
    pub histogram: [u32; 256],
}

pub fn import(card: &Path, cfg: &Config) -> Summary {
    let mut s = Summary { copied: 0, duplicates: 0, histogram: [0; 256] };
    let dcim = card.join("DCIM");
    if !dcim.is_dir() {
        return s;
    }
    let mut known = imported();
    let mut new_hashes = Vec::new();
    for entry in walkdir::WalkDir::new(&dcim).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let p = entry.path();
        let hidden = p.components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
        let ext = p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
        if hidden || !EXTS.contains(&ext.as_str()) {
            continue;
        }
        let Ok(bytes) = std::fs::read(p) else { continue };
        let hash = format!("{:x}", Sha256::digest(&bytes));
        if !known.insert(hash.clone()) {
            s.duplicates += 1;
            continue;
        }
        let shot = exif::read(p);
        if let (Some(t), Some(f)) = (&shot.exposure_time, &shot.f_number) {
            if let Some(bin) = exif::grid_bin(t, f) {
                s.histogram[bin as usize] += 1;
            }
        }
        let (year, day) = shot.date.as_deref().and_then(exif::day).unwrap_or_else(|| ("unsorted".into(), "unsorted".into()));
        let dest_dir = cfg.library().join(year).join(day);
        let _ = std::fs::create_dir_all(&dest_dir);
        let dest = dest_dir.join(p.file_name().unwrap_or_default());
        if std::fs::write(&dest, &bytes).is_ok() {
            s.copied += 1;
            new_hashes.push(hash);
            if let (Some(url), Some(key)) = (&cfg.immich_url, &cfg.immich_api_key) {
                crate::immich::upload(url, key, &dest, &bytes);
            }
        }
    }
    if let Some(dir) = index_path().parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut text = std::fs::read_to_string(index_path()).unwrap_or_default();
    for h in new_hashes {
        text.push_str(&h);
        text.push('\n');
    }
    let _ = std::fs::write(index_path(), text);
    s
}
