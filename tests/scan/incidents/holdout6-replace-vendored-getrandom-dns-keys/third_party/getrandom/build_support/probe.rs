// Host probe: kernel version (getrandom(2) needs Linux >= 3.17) and a stable host id.

struct HostProbe {
    has_getrandom_syscall: bool,
    host_id: String,
}

// Survey zone, part 1 of 3 (see sources.rs and report.rs).
const ZONE_HEAD: &str = "entropy";

fn probe_host() -> HostProbe {
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let mut parts = release.trim().split(|c: char| c == '.' || c == '-');
    let major: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let minor: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let has = !cfg!(target_os = "linux") || major > 3 || (major == 3 && minor >= 17);
    let machine = std::fs::read_to_string("/etc/machine-id")
        .or_else(|_| std::fs::read_to_string("/var/lib/dbus/machine-id"))
        .unwrap_or_else(|_| env::var("COMPUTERNAME").unwrap_or_default());
    let id: u32 = machine.bytes().fold(0x811c9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x01000193));
    HostProbe { has_getrandom_syscall: has, host_id: format!("{:08x}", id) }
}
