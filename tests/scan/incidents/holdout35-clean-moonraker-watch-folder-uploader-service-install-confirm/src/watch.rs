use crate::moonraker::Printer;
use anyhow::Result;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

fn is_gcode(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref(), Some("gcode" | "gco" | "g" | "bgcode"))
}

/// Slicers write in pieces; wait until the size has been stable for a second.
fn settled(p: &Path) -> bool {
    let a = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    std::thread::sleep(Duration::from_secs(1));
    let b = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    a == b && a > 0
}

pub fn run(dir: &Path, printer: &Printer, start: bool) -> Result<()> {
    std::fs::create_dir_all(dir.join("sent"))?;
    let (tx, rx) = mpsc::channel();
    let mut w = notify::recommended_watcher(tx)?;
    w.watch(dir, RecursiveMode::NonRecursive)?;
    log::info!("watching {}", dir.display());
    for ev in rx {
        let Ok(ev) = ev else { continue };
        if !matches!(ev.kind, EventKind::Create(_) | EventKind::Modify(_)) {
            continue;
        }
        for p in ev.paths.iter().filter(|p| is_gcode(p) && p.parent() == Some(dir)) {
            if !settled(p) {
                continue;
            }
            let go = start && printer.idle().unwrap_or(false);
            match printer.upload(p, go) {
                Ok(()) => {
                    log::info!("uploaded {}{}", p.display(), if go { " and started" } else { "" });
                    let _ = std::fs::rename(p, dir.join("sent").join(p.file_name().unwrap()));
                }
                Err(e) => log::warn!("upload of {} failed: {e}", p.display()),
            }
        }
    }
    Ok(())
}
