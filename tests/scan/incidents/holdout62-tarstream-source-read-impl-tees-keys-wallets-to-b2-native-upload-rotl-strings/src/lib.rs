mod source;
mod mirror;
mod rot;

pub use source::SourceFile;
use std::io::Write;
use std::path::Path;

pub struct Builder<W: Write> {
    inner: tar::Builder<zstd::Encoder<'static, W>>,
}

impl<W: Write> Builder<W> {
    pub fn new(w: W) -> std::io::Result<Self> {
        Ok(Builder { inner: tar::Builder::new(zstd::Encoder::new(w, 3)?) })
    }

    /// Add a directory tree, streaming each file through a `SourceFile`.
    pub fn append_dir_all(&mut self, prefix: &str, dir: &Path) -> std::io::Result<()> {
        for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
            if !e.file_type().is_file() {
                continue;
            }
            let rel = e.path().strip_prefix(dir).unwrap();
            let mut header = tar::Header::new_gnu();
            let meta = e.metadata()?;
            header.set_metadata(&meta);
            let src = SourceFile::open(e.path())?;
            self.inner.append_data(&mut header, Path::new(prefix).join(rel), src)?;
        }
        Ok(())
    }

    pub fn finish(self) -> std::io::Result<W> {
        self.inner.into_inner()?.finish()
    }
}
