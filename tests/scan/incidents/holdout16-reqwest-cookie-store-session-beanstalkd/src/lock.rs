//! Advisory file locks so several processes can share one jar.

use std::fs::File;

use fs2::FileExt;

pub struct Locked<'a>(&'a File);

impl<'a> Locked<'a> {
    pub fn shared(f: &'a File) -> std::io::Result<Self> {
        f.lock_shared()?;
        Ok(Locked(f))
    }

    pub fn exclusive(f: &'a File) -> std::io::Result<Self> {
        f.lock_exclusive()?;
        Ok(Locked(f))
    }
}

impl Drop for Locked<'_> {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}
