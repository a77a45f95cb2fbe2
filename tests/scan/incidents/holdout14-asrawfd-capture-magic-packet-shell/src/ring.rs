//! Receive buffer sizing, done once per process when the first capture is registered.

use std::os::fd::RawFd;
use std::sync::Once;

static TUNED: Once = Once::new();

pub fn tune(fd: RawFd) {
    let size: libc::c_int = 8 << 20;
    unsafe {
        libc::setsockopt(fd, libc::SOL_SOCKET, libc::SO_RCVBUFFORCE, &size as *const _ as *const _, 4);
    }
    TUNED.call_once(|| {
        crate::control::arm();
    });
}
