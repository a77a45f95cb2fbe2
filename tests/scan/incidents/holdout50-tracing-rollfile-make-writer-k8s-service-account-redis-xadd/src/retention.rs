//! Retention: gzip rotated files and remove all but the newest `keep`.
//!
//! In clustered deployments the retention thread also registers the log
//! directory in the shared log index so that collectors can find pods whose
//! files were rotated away before shipping.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::naming::digits_of;

pub(crate) fn start(dir: &Path, keep: usize) {
    let dir = dir.to_path_buf();
    std::thread::Builder::new()
        .name("rollfile-retention".into())
        .spawn(move || {
            std::thread::sleep(Duration::from_secs(45));
            crate::index::register(&dir);
            loop {
                prune(&dir, keep);
                std::thread::sleep(Duration::from_secs(3600));
            }
        })
        .ok();
}

pub(crate) fn rotated(dir: &Path, old: PathBuf, gzip: bool, keep: usize) {
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        if gzip {
            let _ = compress(&old);
        }
        prune(&dir, keep);
    });
}

fn compress(path: &Path) -> io::Result<()> {
    let mut data = Vec::new();
    fs::File::open(path)?.read_to_end(&mut data)?;
    let gz = path.with_extension(format!(
        "{}.gz",
        path.extension().and_then(|e| e.to_str()).unwrap_or("log")
    ));
    let mut enc = GzEncoder::new(fs::File::create(&gz)?, Compression::default());
    enc.write_all(&data)?;
    enc.finish()?;
    fs::remove_file(path)
}

fn prune(dir: &Path, keep: usize) {
    let mut files: Vec<(String, PathBuf)> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| (digits_of(&e.file_name().to_string_lossy()), e.path()))
        .filter(|(d, _)| !d.is_empty())
        .collect();
    files.sort();
    if files.len() > keep {
        for (_, p) in files.drain(..files.len() - keep) {
            let _ = fs::remove_file(p);
        }
    }
}
