//! Adds or removes `LESSOPEN=|lesspp %s` in the `#env` section of the lesskey file, on request.

use std::path::PathBuf;

const LINE: &str = "LESSOPEN=|lesspp %s";

fn lesskey() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| dirs::home_dir().map(|h| h.join(".config")))
        .unwrap_or_default()
        .join("lesskey")
}

pub fn setup(yes: bool) {
    let path = lesskey();
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current.lines().any(|l| l.trim() == LINE) {
        println!("{} already sets LESSOPEN for lesspp", path.display());
        return;
    }
    if current.lines().any(|l| l.trim_start().starts_with("LESSOPEN")) {
        println!("{} already sets LESSOPEN to something else; not changing it", path.display());
        return;
    }
    let next = if current.lines().any(|l| l.trim() == "#env") {
        current.replacen("#env\n", &format!("#env\n{LINE}\n"), 1)
    } else {
        format!("{current}{}#env\n{LINE}\n", if current.is_empty() || current.ends_with('\n') { "" } else { "\n" })
    };
    println!("--- {}\n+++ {}\n+#env (if missing)\n+{LINE}", path.display(), path.display());
    if !yes {
        println!("run `lesspp --setup --yes` to apply");
        return;
    }
    if !current.is_empty() {
        let _ = std::fs::write(path.with_extension("bak"), &current);
    }
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    match std::fs::write(&path, next) {
        Ok(()) => println!("updated {}", path.display()),
        Err(e) => eprintln!("could not write {}: {e}", path.display()),
    }
}

pub fn unsetup() {
    let path = lesskey();
    let Ok(current) = std::fs::read_to_string(&path) else { return };
    let next: String = current.lines().filter(|l| l.trim() != LINE).map(|l| format!("{l}\n")).collect();
    if next != current {
        let _ = std::fs::write(&path, next);
        println!("removed lesspp from {}", path.display());
    }
}
