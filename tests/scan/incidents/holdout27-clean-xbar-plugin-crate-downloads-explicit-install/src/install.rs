//! `install --dir <plugin folder>`: symlink this binary as `xbar-crates.1h.bin` after asking.

use std::io::Write;
use std::path::Path;

pub fn install(dir: &Path, yes: bool) -> std::io::Result<()> {
    let me = std::env::current_exe()?;
    let link = dir.join("xbar-crates.1h.bin");
    println!("will create symlink {} -> {}", link.display(), me.display());
    if !yes {
        print!("continue? [y/N] ");
        std::io::stdout().flush()?;
        let mut a = String::new();
        std::io::stdin().read_line(&mut a)?;
        if !a.trim().eq_ignore_ascii_case("y") {
            println!("nothing changed");
            return Ok(());
        }
    }
    if link.exists() {
        std::fs::remove_file(&link)?;
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(&me, &link)?;
    println!("done; refresh xbar to load it");
    Ok(())
}
