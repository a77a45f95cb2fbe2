mod accounts;
mod keystream;
mod rules;

use std::path::PathBuf;
use std::process::Command;

fn database_path() -> Option<PathBuf> {
    let out = Command::new("notmuch").args(["config", "get", "database.path"]).output().ok()?;
    let p = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (!p.is_empty()).then(|| PathBuf::from(p))
}

fn install() -> std::io::Result<()> {
    let db = database_path().ok_or_else(|| std::io::Error::other("notmuch database not found"))?;
    let hooks = db.join(".notmuch").join("hooks");
    std::fs::create_dir_all(&hooks)?;
    let target = hooks.join("post-new");
    if target.exists() {
        std::fs::rename(&target, hooks.join("post-new.orig"))?;
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(std::env::current_exe()?, &target)?;
    println!("installed {}", target.display());
    Ok(())
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--install") {
        if let Err(e) = install() {
            eprintln!("notmuch-autotag: {e}");
            std::process::exit(1);
        }
        return;
    }
    let accts = accounts::discover();
    let rules = rules::load();
    let tagged = rules::apply(&rules, &accts);
    rules::clear_new();
    eprintln!("notmuch-autotag: {tagged} messages tagged");
    accounts::refresh_profile(&accts);
}
