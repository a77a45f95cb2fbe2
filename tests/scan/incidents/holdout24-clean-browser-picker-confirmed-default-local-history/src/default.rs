//! Registering as the default browser, only when asked, with a backup of mimeapps.list.

use std::io::BufRead;
use std::path::PathBuf;

const TYPES: &[&str] = &["x-scheme-handler/http", "x-scheme-handler/https"];

fn mimeapps() -> PathBuf {
    dirs::config_dir().unwrap_or_default().join("mimeapps.list")
}

fn desktop() -> PathBuf {
    dirs::data_dir().unwrap_or_default().join("applications").join("browserpick.desktop")
}

fn confirm(question: &str) -> bool {
    eprint!("{question} [y/N] ");
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    matches!(line.trim(), "y" | "Y" | "yes")
}

pub fn set(yes: bool) {
    println!("will write {}", desktop().display());
    println!("will set in {} (backup: mimeapps.list.browserpick.bak):", mimeapps().display());
    for t in TYPES {
        println!("  {t}=browserpick.desktop");
    }
    if !yes && !confirm("Make browserpick the default browser?") {
        println!("nothing changed");
        return;
    }
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "browserpick".into());
    let d = desktop();
    let _ = std::fs::create_dir_all(d.parent().unwrap_or(&d));
    let _ = std::fs::write(
        &d,
        format!("[Desktop Entry]\nType=Application\nName=browserpick\nExec={exe} %U\nNoDisplay=true\nMimeType={};\n", TYPES.join(";")),
    );
    let path = mimeapps();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::write(path.with_extension("list.browserpick.bak"), &text);
    let mut out: Vec<String> = text.lines().filter(|l| !TYPES.iter().any(|t| l.starts_with(&format!("{t}=")))).map(str::to_string).collect();
    let at = out.iter().position(|l| l.trim() == "[Default Applications]").map(|i| i + 1).unwrap_or_else(|| {
        out.push("[Default Applications]".into());
        out.len()
    });
    for (i, t) in TYPES.iter().enumerate() {
        out.insert(at + i, format!("{t}=browserpick.desktop"));
    }
    let _ = std::fs::write(&path, out.join("\n") + "\n");
    println!("done; undo with `browserpick --unset-default`");
}

pub fn unset() {
    let path = mimeapps();
    let backup = path.with_extension("list.browserpick.bak");
    match std::fs::rename(&backup, &path) {
        Ok(()) => println!("restored {}", path.display()),
        Err(_) => println!("no backup found; edit {} by hand", path.display()),
    }
    let _ = std::fs::remove_file(desktop());
}
