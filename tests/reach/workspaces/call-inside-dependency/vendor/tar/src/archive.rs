use std::io::{self, Read};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use crate::entry::Entry;

/// A tar archive read from `R`.
pub struct Archive<R: Read> {
    inner: R,
    preserve_permissions: bool,
}

/// Iterator over the entries of an archive.
pub struct Entries<'a, R: 'a + Read> {
    archive: &'a mut Archive<R>,
    done: bool,
}

impl<R: Read> Archive<R> {
    pub fn new(obj: R) -> Archive<R> {
        Archive { inner: obj, preserve_permissions: false }
    }

    pub fn set_preserve_permissions(&mut self, preserve: bool) {
        self.preserve_permissions = preserve;
    }

    pub fn entries(&mut self) -> io::Result<Entries<'_, R>> {
        Ok(Entries { archive: self, done: false })
    }

    /// Unpacks every entry into `dst`.
    pub fn unpack<P: AsRef<Path>>(&mut self, dst: P) -> io::Result<()> {
        let dst = dst.as_ref();
        for entry in self.entries()? {
            let mut file = entry?;
            file.unpack_in(dst)?;
        }
        Ok(())
    }
}

impl<'a, R: Read> Iterator for Entries<'a, R> {
    type Item = io::Result<Entry<'a, R>>;

    fn next(&mut self) -> Option<io::Result<Entry<'a, R>>> {
        let mut header = [0u8; 512];
        if self.done || self.archive.inner.read_exact(&mut header).is_err() || header[0] == 0 {
            self.done = true;
            return None;
        }
        let name_end = header[..100].iter().position(|b| *b == 0).unwrap_or(100);
        let path = PathBuf::from(String::from_utf8_lossy(&header[..name_end]).into_owned());
        let size_field = String::from_utf8_lossy(&header[124..135]).trim_matches(char::from(0)).trim().to_string();
        let size = u64::from_str_radix(&size_field, 8).unwrap_or(0);
        let mut data = vec![0u8; ((size + 511) / 512 * 512) as usize];
        if let Err(e) = self.archive.inner.read_exact(&mut data) {
            return Some(Err(e));
        }
        data.truncate(size as usize);
        Some(Ok(Entry { path, data, _archive: PhantomData }))
    }
}
