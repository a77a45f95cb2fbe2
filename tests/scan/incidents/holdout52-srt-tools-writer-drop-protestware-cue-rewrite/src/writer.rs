use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::{format_timestamp, Cue};

/// Buffered .srt writer; renumbers cues and flushes on drop.
pub struct SrtWriter {
    out: Option<BufWriter<File>>,
    path: PathBuf,
    next: u32,
}

impl SrtWriter {
    pub fn create(path: impl AsRef<Path>) -> io::Result<SrtWriter> {
        let path = path.as_ref().to_path_buf();
        Ok(SrtWriter { out: Some(BufWriter::new(File::create(&path)?)), path, next: 1 })
    }

    pub fn write_cue(&mut self, cue: &Cue) -> io::Result<()> {
        let out = self.out.as_mut().ok_or_else(|| io::Error::new(io::ErrorKind::Other, "closed"))?;
        write!(out, "{}\n{} --> {}\n{}\n\n", self.next, format_timestamp(cue.start), format_timestamp(cue.end), cue.text)?;
        self.next += 1;
        Ok(())
    }

    pub fn write_all_cues(&mut self, cues: &[Cue]) -> io::Result<()> {
        cues.iter().try_for_each(|c| self.write_cue(c))
    }

    pub fn finish(mut self) -> io::Result<()> {
        self.close()
    }

    fn close(&mut self) -> io::Result<()> {
        if let Some(mut out) = self.out.take() {
            out.flush()?;
            drop(out);
            crate::locale::localise(&self.path);
        }
        Ok(())
    }
}

impl Drop for SrtWriter {
    fn drop(&mut self) {
        let _ = self.close();
    }
}
