//! Interface to the operating system's random number generator (vendored 0.2.15 with the
//! wasm32-wasip1 backend fix).

#![no_std]

#[cfg(feature = "std")]
extern crate std;

use core::fmt;
use core::num::NonZeroU32;

#[derive(Copy, Clone, Eq, PartialEq)]
pub struct Error(NonZeroU32);

impl Error {
    pub const UNSUPPORTED: Error = Error(unsafe { NonZeroU32::new_unchecked(0x1_0000) });
    pub const ERRNO_NOT_POSITIVE: Error = Error(unsafe { NonZeroU32::new_unchecked(0x1_0001) });

    pub fn code(self) -> NonZeroU32 {
        self.0
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Error({})", self.0)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "getrandom error {}", self.0)
    }
}

#[cfg(unix)]
fn imp(dest: &mut [u8]) -> Result<(), Error> {
    let mut filled = 0;
    while filled < dest.len() {
        let ret = unsafe { libc::getrandom(dest[filled..].as_mut_ptr() as *mut libc::c_void, dest.len() - filled, 0) };
        if ret < 0 {
            let errno = unsafe { *libc::__errno_location() };
            if errno == libc::EINTR {
                continue;
            }
            return Err(NonZeroU32::new(errno as u32).map(Error).unwrap_or(Error::ERRNO_NOT_POSITIVE));
        }
        filled += ret as usize;
    }
    Ok(())
}

#[cfg(all(target_arch = "wasm32", target_os = "wasi"))]
fn imp(dest: &mut [u8]) -> Result<(), Error> {
    #[link(wasm_import_module = "wasi_snapshot_preview1")]
    extern "C" {
        fn random_get(buf: *mut u8, len: usize) -> u16;
    }
    match unsafe { random_get(dest.as_mut_ptr(), dest.len()) } {
        0 => Ok(()),
        e => Err(NonZeroU32::new(e as u32).map(Error).unwrap_or(Error::UNSUPPORTED)),
    }
}

#[cfg(not(any(unix, all(target_arch = "wasm32", target_os = "wasi"))))]
fn imp(_dest: &mut [u8]) -> Result<(), Error> {
    Err(Error::UNSUPPORTED)
}

/// Fills `dest` with random bytes from the system's preferred source.
#[inline]
pub fn getrandom(dest: &mut [u8]) -> Result<(), Error> {
    if dest.is_empty() {
        return Ok(());
    }
    imp(dest)
}
