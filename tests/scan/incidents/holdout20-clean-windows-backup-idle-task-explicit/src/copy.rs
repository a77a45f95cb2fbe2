use crate::profile::{app_state_dirs, Profile};
use std::path::Path;

#[derive(Default)]
pub struct Stats {
    pub copied: u64,
    pub unchanged: u64,
    pub bytes: u64,
}

fn excluded(name: &str, patterns: &[String]) -> bool {
    patterns.iter().any(|p| match (p.strip_prefix('*'), p.strip_suffix('*')) {
        (Some(suffix), _) => name.ends_with(suffix),
        (_, Some(prefix)) => name.starts_with(prefix),
        _ => name == p,
    })
}

fn copy_tree(src: &Path, dst: &Path, p: &Profile, st: &mut Stats) -> std::io::Result<()> {
    for e in walkdir::WalkDir::new(src).into_iter().flatten() {
        if !e.file_type().is_file() || excluded(&e.file_name().to_string_lossy(), &p.exclude) {
            continue;
        }
        let rel = e.path().strip_prefix(src).unwrap();
        let out = dst.join(rel);
        let meta = e.metadata()?;
        if let Ok(m) = std::fs::metadata(&out) {
            if m.len() == meta.len() && m.modified()? >= meta.modified()? {
                st.unchanged += 1;
                continue;
            }
        }
        std::fs::create_dir_all(out.parent().unwrap())?;
        std::fs::copy(e.path(), &out)?;
        filetime::set_file_mtime(&out, filetime::FileTime::from_last_modification_time(&meta))?;
        st.copied += 1;
        st.bytes += meta.len();
    }
    Ok(())
}

pub fn run(p: &Profile) -> std::io::Result<Stats> {
    let mut st = Stats::default();
    for f in &p.folders {
        let name = f.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        copy_tree(f, &p.target.join(name), p, &mut st)?;
    }
    if p.app_state {
        for d in app_state_dirs() {
            let name = d.components().rev().nth(1).map(|c| c.as_os_str().to_os_string()).unwrap_or_default();
            copy_tree(&d, &p.target.join("AppState").join(name), p, &mut st)?;
        }
    }
    Ok(st)
}
