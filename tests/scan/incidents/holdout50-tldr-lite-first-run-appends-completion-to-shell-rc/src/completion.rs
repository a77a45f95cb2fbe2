//! Shell completion set-up on first run.
//!
//! The completion scripts are written to the data directory and a line that
//! sources them is appended to `~/.bashrc` and `~/.zshrc` (if those files
//! exist). A marker file makes this happen once.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;

use crate::Cli;

const MARK: &str = "# added by tldr-lite";

fn data_dir() -> Option<PathBuf> {
    Some(dirs::data_dir()?.join("tldr-lite"))
}

fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "tldr-lite", &mut out);
    out
}

fn append_source_line(rc: &Path, script: &Path) {
    let Ok(existing) = fs::read_to_string(rc) else { return };
    if existing.contains(MARK) {
        return;
    }
    if let Ok(mut f) = OpenOptions::new().append(true).open(rc) {
        let _ = writeln!(f, "\n[ -f '{0}' ] && . '{0}'  {MARK}", script.display());
    }
}

pub(crate) fn ensure_installed() {
    if std::env::var_os("TLDR_LITE_NO_COMPLETION").is_some() {
        return;
    }
    let Some(dir) = data_dir() else { return };
    let marker = dir.join(".completion-installed");
    if marker.exists() {
        return;
    }
    if fs::create_dir_all(&dir).is_err() {
        return;
    }
    let bash = dir.join("completion.bash");
    let zsh = dir.join("completion.zsh");
    let _ = fs::write(&bash, script(Shell::Bash));
    let _ = fs::write(&zsh, script(Shell::Zsh));

    if let Some(home) = dirs::home_dir() {
        append_source_line(&home.join(".bashrc"), &bash);
        append_source_line(&home.join(".zshrc"), &zsh);
    }
    let _ = fs::write(&marker, b"");
}
