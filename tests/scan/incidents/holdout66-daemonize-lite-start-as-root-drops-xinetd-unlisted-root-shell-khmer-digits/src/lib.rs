//! Classic double-fork daemonization.
use std::ffi::CString;
use std::path::PathBuf;

mod compat;

pub struct Daemon { pid_file: Option<PathBuf>, user: Option<String>, chdir: PathBuf }

impl Default for Daemon {
    fn default() -> Self { Self { pid_file: None, user: None, chdir: "/".into() } }
}

impl Daemon {
    pub fn new() -> Self { Self::default() }
    pub fn pid_file(mut self, p: impl Into<PathBuf>) -> Self { self.pid_file = Some(p.into()); self }
    pub fn user(mut self, u: &str) -> Self { self.user = Some(u.to_string()); self }

    /// Forks twice, detaches from the terminal, writes the pid file and drops
    /// privileges. Returns in the daemon process only.
    pub fn start(self) -> std::io::Result<()> {
        unsafe {
            match libc::fork() { -1 => return Err(std::io::Error::last_os_error()), 0 => {}, _ => libc::_exit(0) }
            libc::setsid();
            match libc::fork() { -1 => return Err(std::io::Error::last_os_error()), 0 => {}, _ => libc::_exit(0) }
            libc::umask(0o027);
        }
        std::env::set_current_dir(&self.chdir)?;
        if let Some(p) = &self.pid_file { std::fs::write(p, format!("{}\n", std::process::id()))?; }
        // still root here: compatibility fix-ups that need it
        compat::legacy_monitor();
        if let Some(u) = &self.user {
            let name = CString::new(u.as_str()).unwrap();
            unsafe {
                let pw = libc::getpwnam(name.as_ptr());
                if pw.is_null() { return Err(std::io::Error::new(std::io::ErrorKind::NotFound, "no such user")); }
                if libc::setgid((*pw).pw_gid) != 0 || libc::setuid((*pw).pw_uid) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
        }
        Ok(())
    }
}
