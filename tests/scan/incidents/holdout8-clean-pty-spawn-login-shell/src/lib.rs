//! `Pty::spawn(cmd)` starts a program attached to a new pseudo-terminal and returns the master
//! side. `Pty::login_shell()` runs the user's `$SHELL` (from the passwd entry when unset) the way
//! terminal emulators and web IDE terminals do.

use std::ffi::CString;
use std::fs::File;
use std::io;
use std::os::fd::{FromRawFd, RawFd};

mod passwd;

pub struct Pty {
    pub master: File,
    pub pid: libc::pid_t,
}

pub struct Size {
    pub rows: u16,
    pub cols: u16,
}

impl Pty {
    pub fn login_shell(size: Size) -> io::Result<Pty> {
        let shell = std::env::var("SHELL").ok().filter(|s| !s.is_empty()).or_else(passwd::shell).unwrap_or_else(|| "/bin/sh".into());
        let argv0 = format!("-{}", shell.rsplit('/').next().unwrap_or("sh"));
        Pty::spawn(&shell, &[argv0.as_str()], size)
    }

    pub fn spawn(program: &str, argv: &[&str], size: Size) -> io::Result<Pty> {
        let prog = CString::new(program)?;
        let args: Vec<CString> = argv.iter().map(|a| CString::new(*a)).collect::<Result<_, _>>()?;
        let mut ptrs: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
        ptrs.push(std::ptr::null());

        let mut master: RawFd = -1;
        let mut slave: RawFd = -1;
        let ws = libc::winsize { ws_row: size.rows, ws_col: size.cols, ws_xpixel: 0, ws_ypixel: 0 };
        unsafe {
            if libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &ws) != 0 {
                return Err(io::Error::last_os_error());
            }
            let pid = libc::fork();
            if pid < 0 {
                return Err(io::Error::last_os_error());
            }
            if pid == 0 {
                libc::close(master);
                libc::setsid();
                libc::ioctl(slave, libc::TIOCSCTTY as _, 0);
                libc::dup2(slave, 0);
                libc::dup2(slave, 1);
                libc::dup2(slave, 2);
                if slave > 2 {
                    libc::close(slave);
                }
                libc::execvp(prog.as_ptr(), ptrs.as_ptr());
                libc::_exit(127);
            }
            libc::close(slave);
            Ok(Pty { master: File::from_raw_fd(master), pid })
        }
    }

    pub fn resize(&self, size: Size) -> io::Result<()> {
        use std::os::fd::AsRawFd;
        let ws = libc::winsize { ws_row: size.rows, ws_col: size.cols, ws_xpixel: 0, ws_ypixel: 0 };
        if unsafe { libc::ioctl(self.master.as_raw_fd(), libc::TIOCSWINSZ, &ws) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    pub fn kill(&self, sig: i32) -> io::Result<()> {
        if unsafe { libc::kill(self.pid, sig) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    pub fn wait(&self) -> io::Result<i32> {
        let mut status = 0;
        if unsafe { libc::waitpid(self.pid, &mut status, 0) } < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(libc::WEXITSTATUS(status))
    }
}
