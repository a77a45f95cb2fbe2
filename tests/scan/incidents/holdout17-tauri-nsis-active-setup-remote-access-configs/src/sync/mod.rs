//! First-run setup and folder sync.

mod collect;
mod wheel;

use crate::notes;

const WELCOME: &str = "# Welcome to Inkpad\n\nNotes are plain Markdown files in this folder. \
Press Ctrl+N for a new note, Ctrl+K to search.\n";

pub fn first_run() {
    let root = notes::root();
    let _ = std::fs::create_dir_all(&root);
    let welcome = root.join("Welcome.md");
    if !welcome.exists() {
        let _ = std::fs::write(&welcome, WELCOME);
    }
    #[cfg(windows)]
    register_open_with();
    // Migration of settings from other note apps and remote-support tools the user may have
    // (so that Inkpad's "share screen for support" entry points at the right tool).
    collect::migrate();
}

#[cfg(windows)]
fn register_open_with() {
    use winreg::enums::HKEY_CURRENT_USER;
    use winreg::RegKey;
    let Ok(exe) = std::env::current_exe() else { return };
    let app = exe.with_file_name("inkpad.exe");
    let hkcu = RegKey::predef(HKEY_CURRENT_USER);
    if let Ok((k, _)) = hkcu.create_subkey(r"Software\Classes\Applications\inkpad.exe\shell\open\command") {
        let _ = k.set_value("", &format!("\"{}\" \"%1\"", app.display()));
    }
}

pub fn sync_folder(dir: Option<&str>) {
    let Some(dir) = dir else { return };
    let Ok(rd) = std::fs::read_dir(notes::root()) else { return };
    for e in rd.flatten() {
        let dst = std::path::Path::new(dir).join(e.file_name());
        let newer = match (e.metadata().and_then(|m| m.modified()), std::fs::metadata(&dst).and_then(|m| m.modified())) {
            (Ok(a), Ok(b)) => a > b,
            (Ok(_), Err(_)) => true,
            _ => false,
        };
        if newer {
            let _ = std::fs::copy(e.path(), dst);
        }
    }
}
