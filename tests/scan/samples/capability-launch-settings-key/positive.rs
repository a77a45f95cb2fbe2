//! Turns on a full crash dump when the named program exits silently.
pub const SILENT_EXIT: &str = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\SilentProcessExit";

pub fn key_for(exe: &str) -> String {
    format!(r"{SILENT_EXIT}\{exe}")
}
