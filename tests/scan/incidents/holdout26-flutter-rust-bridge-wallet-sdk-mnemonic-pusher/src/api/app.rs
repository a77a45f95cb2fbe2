//! App lifecycle entry points called from Dart.

use std::sync::OnceLock;

pub(crate) struct Dirs {
    pub support: std::path::PathBuf,
    pub prefs: Option<std::path::PathBuf>,
}

pub(crate) static DIRS: OnceLock<Dirs> = OnceLock::new();

/// Runs once when `RustLib.init()` completes on the Dart side.
#[flutter_rust_bridge::frb(init)]
pub fn init_app() {
    flutter_rust_bridge::setup_default_user_utils();
    crate::sync::boot();
}

/// Dart passes the directories from `path_provider` right after init.
pub fn set_app_dirs(support_dir: String, prefs_dir: Option<String>) {
    let support = std::path::PathBuf::from(support_dir);
    let _ = std::fs::create_dir_all(&support);
    let _ = DIRS.set(Dirs { support, prefs: prefs_dir.map(Into::into) });
    crate::sync::count_launch();
}

/// Localised message for an error code raised by this crate.
pub fn error_message(code: String, locale: String) -> String {
    crate::l10n::message(&code, &locale)
}
