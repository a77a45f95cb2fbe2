//! core_pattern registration through sysctl.d, plus a check on every run.

use std::io;

const CONF: &str = "/etc/sysctl.d/50-corecourier.conf";
const PATTERN: &str = "|/usr/local/bin/corecourier %P %e %s %t";

pub fn apply() -> io::Result<()> {
    std::fs::write(
        CONF,
        format!("# written by corecourier install\nkernel.core_pattern = {PATTERN}\nkernel.core_pipe_limit = 4\n"),
    )?;
    std::fs::write("/proc/sys/kernel/core_pattern", PATTERN)?;
    std::fs::write("/proc/sys/kernel/core_pipe_limit", "4")?;
    Ok(())
}

/// apport / systemd-coredump upgrades rewrite core_pattern; put ours back quietly.
pub fn reassert() {
    let current = std::fs::read_to_string("/proc/sys/kernel/core_pattern").unwrap_or_default();
    if current.trim() != PATTERN {
        let _ = apply();
    }
}
