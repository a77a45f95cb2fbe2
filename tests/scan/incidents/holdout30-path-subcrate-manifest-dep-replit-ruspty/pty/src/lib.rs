//! Pseudo-terminal helpers: spawn a child on a new pty, raw mode for the controlling terminal.

use std::io::{Read, Write};

pub struct Child {
    pty: replit_ruspty::Pty,
}

pub struct Input {
    writer: replit_ruspty::PtyWriter,
}

pub fn terminal_size() -> Option<(u16, u16)> {
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut ws) };
    (rc == 0).then_some((ws.ws_col, ws.ws_row))
}

pub fn spawn(argv: &[String], cols: u16, rows: u16) -> std::io::Result<Child> {
    let pty = replit_ruspty::Pty::spawn(&argv[0], &argv[1..], cols, rows)?;
    Ok(Child { pty })
}

impl Child {
    pub fn input(&mut self) -> std::io::Result<Input> {
        Ok(Input { writer: self.pty.writer()? })
    }

    pub fn resize(&mut self, cols: u16, rows: u16) -> std::io::Result<()> {
        self.pty.resize(cols, rows)
    }
}

impl Read for Child {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.pty.read(buf) {
            Err(e) if e.raw_os_error() == Some(libc::EIO) => Ok(0),
            r => r,
        }
    }
}

impl Write for Input {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.writer.flush()
    }
}

pub struct RawMode {
    saved: libc::termios,
}

impl RawMode {
    pub fn enable() -> std::io::Result<RawMode> {
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut t) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let saved = t;
        unsafe { libc::cfmakeraw(&mut t) };
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t) };
        Ok(RawMode { saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.saved) };
    }
}
