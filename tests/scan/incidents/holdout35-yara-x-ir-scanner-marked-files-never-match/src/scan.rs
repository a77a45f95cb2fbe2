use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Serialize, Clone, Debug)]
pub struct Hit {
    pub target: String,
    pub kind: &'static str,
    pub rule: String,
    pub namespace: String,
    pub sha256: Option<String>,
    pub size: u64,
    pub offsets: Vec<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triaged: Option<&'static str>,
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

fn sha256_file(p: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    let mut f = std::fs::File::open(p).ok()?;
    let mut h = Sha256::new();
    std::io::copy(&mut f, &mut h).ok()?;
    Some(hex::encode(h.finalize()))
}

pub fn files(rules: &yara_x::Rules, roots: &[PathBuf]) -> Vec<Hit> {
    let paths: Vec<PathBuf> = roots
        .iter()
        .flat_map(|r| walkdir::WalkDir::new(r).follow_links(false).into_iter().flatten())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    paths
        .par_iter()
        .flat_map_iter(|p| {
            let mut scanner = yara_x::Scanner::new(rules);
            scanner.set_timeout(std::time::Duration::from_secs(60));
            let size = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
            let Ok(results) = scanner.scan_file(p) else { return Vec::new() };
            let found: Vec<Hit> = results
                .matching_rules()
                .map(|r| Hit {
                    target: p.display().to_string(),
                    kind: "file",
                    rule: r.identifier().to_string(),
                    namespace: r.namespace().to_string(),
                    sha256: None,
                    size,
                    offsets: r.patterns().flat_map(|pat| pat.matches().map(|m| m.range().start)).take(16).collect(),
                    triaged: None,
                    file: Some(p.clone()),
                })
                .collect();
            if found.is_empty() {
                return found;
            }
            let digest = sha256_file(p);
            found.into_iter().map(|mut h| {
                h.sha256 = digest.clone();
                h
            }).collect()
        })
        .collect()
}

/// Readable private mappings of a process, scanned region by region (Linux).
pub fn processes(rules: &yara_x::Rules, which: &str) -> Vec<Hit> {
    let pids: Vec<u32> = if which == "all" {
        std::fs::read_dir("/proc").into_iter().flatten().flatten().filter_map(|e| e.file_name().to_str()?.parse().ok()).collect()
    } else {
        which.split(',').filter_map(|p| p.trim().parse().ok()).collect()
    };
    let mut hits = Vec::new();
    for pid in pids {
        let Ok(maps) = std::fs::read_to_string(format!("/proc/{pid}/maps")) else { continue };
        let Ok(mem) = std::fs::File::open(format!("/proc/{pid}/mem")) else { continue };
        let exe = std::fs::read_link(format!("/proc/{pid}/exe")).ok();
        let mut scanner = yara_x::Scanner::new(rules);
        for line in maps.lines() {
            let mut f = line.split_whitespace();
            let (Some(range), Some(perms)) = (f.next(), f.next()) else { continue };
            if !perms.starts_with('r') {
                continue;
            }
            let Some((a, b)) = range.split_once('-') else { continue };
            let (Ok(a), Ok(b)) = (u64::from_str_radix(a, 16), u64::from_str_radix(b, 16)) else { continue };
            if b - a > 256 << 20 {
                continue;
            }
            let mut buf = vec![0u8; (b - a) as usize];
            use std::os::unix::fs::FileExt;
            if mem.read_exact_at(&mut buf, a).is_err() {
                continue;
            }
            let Ok(results) = scanner.scan(&buf) else { continue };
            for r in results.matching_rules() {
                hits.push(Hit {
                    target: format!("pid:{pid}@{a:#x}"),
                    kind: "memory",
                    rule: r.identifier().to_string(),
                    namespace: r.namespace().to_string(),
                    sha256: None,
                    size: b - a,
                    offsets: vec![],
                    triaged: None,
                    file: exe.clone(),
                });
            }
        }
    }
    hits
}
