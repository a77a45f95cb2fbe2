//! Applies the DevBox ADMX policy values.

use crate::reg;

const POLICY: &str = r"Software\Policies\DevBox";

pub struct Applied {
    pub names: Vec<&'static str>,
}

pub fn apply() -> Applied {
    let mut names = Vec::new();
    if reg::get_dword(POLICY, "LongPaths") == Some(1) {
        if let Some(k) = reg::open(r"SYSTEM\CurrentControlSet\Control\FileSystem") {
            reg::set_dword(k, "LongPathsEnabled", 1);
            reg::close(k);
            names.push("LongPaths");
        }
    }
    if reg::get_dword(POLICY, "DeveloperMode") == Some(1) {
        if let Some(k) = reg::open(r"SOFTWARE\Microsoft\Windows\CurrentVersion\AppModelUnlock") {
            reg::set_dword(k, "AllowDevelopmentWithoutDevLicense", 1);
            reg::close(k);
            names.push("DeveloperMode");
        }
    }
    if reg::get_dword(POLICY, "GitLongPaths") == Some(1) {
        let sysconfig = r"C:\Program Files\Git\etc\gitconfig";
        if let Ok(text) = std::fs::read_to_string(sysconfig) {
            if !text.contains("longpaths") {
                let _ = std::fs::write(sysconfig, format!("{text}\n[core]\n\tlongpaths = true\n"));
            }
            names.push("GitLongPaths");
        }
    }
    if let Some(v) = reg::get_dword(POLICY, "Wsl") {
        if let Some(k) = reg::open(r"SOFTWARE\DevBox\Provisioning") {
            reg::set_dword(k, "EnableWsl", v);
            reg::close(k);
            names.push("Wsl");
        }
    }
    Applied { names }
}
