use std::fs;
use std::io::{self, Read};
use std::marker::PhantomData;
use std::path::{Component, Path, PathBuf};

/// One file of an archive.
pub struct Entry<'a, R: 'a + Read> {
    pub(crate) path: PathBuf,
    pub(crate) data: Vec<u8>,
    pub(crate) _archive: PhantomData<&'a mut R>,
}

impl<'a, R: Read> Entry<'a, R> {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn size(&self) -> u64 {
        self.data.len() as u64
    }

    /// Writes the entry to `dst` (follows symlinks in parent directories before 0.4.45).
    pub fn unpack<P: AsRef<Path>>(&mut self, dst: P) -> io::Result<()> {
        write_file(dst.as_ref(), &self.data)
    }

    /// Writes the entry below `dst`, refusing `..` components.
    pub fn unpack_in<P: AsRef<Path>>(&mut self, dst: P) -> io::Result<bool> {
        if self.path.components().any(|c| c == Component::ParentDir) {
            return Ok(false);
        }
        let target = dst.as_ref().join(&self.path);
        write_file(&target, &self.data)?;
        Ok(true)
    }
}

fn write_file(target: &Path, data: &[u8]) -> io::Result<()> {
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(target, data)
}
