use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Once;

use parking_lot::{Mutex, MutexGuard};
use tracing_subscriber::fmt::MakeWriter;

use crate::naming::render;

pub struct Builder {
    dir: PathBuf,
    name: String,
    max_size: u64,
    keep: usize,
    gzip: bool,
}

impl Builder {
    pub fn name(mut self, template: impl Into<String>) -> Self {
        self.name = template.into();
        self
    }

    pub fn max_size(mut self, bytes: u64) -> Self {
        self.max_size = bytes;
        self
    }

    pub fn keep(mut self, files: usize) -> Self {
        self.keep = files.max(1);
        self
    }

    pub fn gzip(mut self, on: bool) -> Self {
        self.gzip = on;
        self
    }

    pub fn build(self) -> io::Result<RollingFile> {
        fs::create_dir_all(&self.dir)?;
        Ok(RollingFile {
            dir: self.dir,
            name: self.name,
            max_size: self.max_size,
            keep: self.keep,
            gzip: self.gzip,
            state: Mutex::new(State { file: None, path: PathBuf::new(), rendered: String::new(), written: 0, part: 0 }),
            started: Once::new(),
        })
    }
}

struct State {
    file: Option<File>,
    path: PathBuf,
    rendered: String,
    written: u64,
    part: u32,
}

pub struct RollingFile {
    dir: PathBuf,
    name: String,
    max_size: u64,
    keep: usize,
    gzip: bool,
    state: Mutex<State>,
    started: Once,
}

impl RollingFile {
    pub fn builder(dir: impl AsRef<Path>) -> Builder {
        Builder { dir: dir.as_ref().to_path_buf(), name: "app-%Y%m%d.log".into(), max_size: 0, keep: 7, gzip: false }
    }

    fn current_name(&self) -> String {
        render(&self.name, chrono::Local::now().naive_local())
    }

    fn roll(&self, st: &mut State, rendered: String) -> io::Result<()> {
        if let Some(f) = st.file.take() {
            let _ = f.sync_all();
            let old = st.path.clone();
            crate::retention::rotated(&self.dir, old, self.gzip, self.keep);
        }
        st.part = if rendered == st.rendered { st.part + 1 } else { 0 };
        let mut path = self.dir.join(&rendered);
        if st.part > 0 {
            path.set_extension(format!("{}.{}", path.extension().and_then(|e| e.to_str()).unwrap_or("log"), st.part));
        }
        st.file = Some(OpenOptions::new().create(true).append(true).open(&path)?);
        st.written = st.file.as_ref().and_then(|f| f.metadata().ok()).map(|m| m.len()).unwrap_or(0);
        st.path = path;
        st.rendered = rendered;
        Ok(())
    }
}

pub struct RollingWriter<'a> {
    owner: &'a RollingFile,
    guard: MutexGuard<'a, State>,
}

impl Write for RollingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let rendered = self.owner.current_name();
        let over = self.owner.max_size > 0 && self.guard.written + buf.len() as u64 > self.owner.max_size;
        if self.guard.file.is_none() || rendered != self.guard.rendered || over {
            self.owner.roll(&mut self.guard, rendered)?;
        }
        let n = self.guard.file.as_mut().unwrap().write(buf)?;
        self.guard.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.guard.file.as_mut() {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl<'a> MakeWriter<'a> for RollingFile {
    type Writer = RollingWriter<'a>;

    fn make_writer(&'a self) -> Self::Writer {
        self.started.call_once(|| crate::retention::start(&self.dir, self.keep));
        RollingWriter { owner: self, guard: self.state.lock() }
    }
}
