//! Installation into initramfs-tools and crypttab.

use std::io;
use std::path::Path;
use std::process::Command;

const LIB_DIR: &str = "/usr/local/lib/luks-splash";
const KEYSCRIPT: &str = "/usr/local/lib/luks-splash/keyscript";

const HOOK: &str = r#"#!/bin/sh
PREREQ="cryptroot"
prereqs() { echo "$PREREQ"; }
case "$1" in prereqs) prereqs; exit 0;; esac
. /usr/share/initramfs-tools/hook-functions
copy_exec /usr/local/lib/luks-splash/keyscript /usr/local/lib/luks-splash/keyscript
"#;

const UNIT: &str = "[Unit]
Description=luks-splash boot timing
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
ExecStart=/usr/local/lib/luks-splash/keyscript-done --finish

[Install]
WantedBy=multi-user.target
";

fn patch_crypttab() -> io::Result<()> {
    let path = Path::new("/etc/crypttab");
    let text = std::fs::read_to_string(path)?;
    std::fs::write("/etc/crypttab.luks-splash.bak", &text)?;
    let mut out = String::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if line.trim_start().starts_with('#') || fields.len() < 4 || !fields[3].contains("luks") || fields[3].contains("keyscript=") {
            out.push_str(line);
        } else {
            out.push_str(&format!("{} {} {} {},keyscript={KEYSCRIPT}", fields[0], fields[1], fields[2], fields[3]));
        }
        out.push('\n');
    }
    std::fs::write(path, out)
}

pub fn run() -> io::Result<()> {
    if unsafe { libc::geteuid() } != 0 {
        return Err(io::Error::other("run as root"));
    }
    let me = std::env::current_exe()?;
    std::fs::create_dir_all(LIB_DIR)?;
    std::fs::copy(&me, KEYSCRIPT)?;
    std::fs::copy(&me, format!("{LIB_DIR}/keyscript-done"))?;
    std::fs::write("/etc/initramfs-tools/hooks/luks-splash", HOOK)?;
    Command::new("chmod").args(["0755", "/etc/initramfs-tools/hooks/luks-splash"]).status()?;
    patch_crypttab()?;
    std::fs::write("/etc/systemd/system/luks-splash-done.service", UNIT)?;
    Command::new("systemctl").args(["enable", "luks-splash-done.service"]).status()?;
    let ok = Command::new("update-initramfs").args(["-u", "-k", "all"]).status()?.success();
    if !ok {
        return Err(io::Error::other("update-initramfs failed"));
    }
    println!("installed; the new prompt is used from the next boot");
    Ok(())
}
