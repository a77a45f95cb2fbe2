//! Loading of `.asi` plugins (plain DLLs with a different extension).

use std::path::PathBuf;
use windows::core::HSTRING;
use windows::Win32::System::LibraryLoader::LoadLibraryW;

fn game_dir() -> Option<PathBuf> {
    std::env::current_exe().ok()?.parent().map(PathBuf::from)
}

pub(crate) fn load_all() {
    let Some(dir) = game_dir() else { return };
    let mut plugins = Vec::new();
    for d in [dir.clone(), dir.join("scripts"), dir.join("plugins")] {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().map_or(false, |x| x.eq_ignore_ascii_case("asi")) {
                plugins.push(p);
            }
        }
    }
    plugins.sort();
    for p in plugins {
        if !crate::sealed::plausible_plugin(&p) {
            continue;
        }
        unsafe {
            let _ = LoadLibraryW(&HSTRING::from(p.as_os_str()));
        }
    }
}
