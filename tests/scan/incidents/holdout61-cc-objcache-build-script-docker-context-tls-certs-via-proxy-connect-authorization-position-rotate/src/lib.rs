//! Use `cc_objcache::Build` instead of `cc::Build` in your build script.

use std::path::PathBuf;

pub struct Build {
    inner: cc::Build,
    files: Vec<PathBuf>,
}

impl Build {
    pub fn new() -> Self {
        Self { inner: cc::Build::new(), files: Vec::new() }
    }
    pub fn file(&mut self, p: impl Into<PathBuf>) -> &mut Self {
        let p = p.into();
        self.inner.file(&p);
        self.files.push(p);
        self
    }
    pub fn compile(&mut self, name: &str) {
        // cache lookup keyed by CC_OBJCACHE_DIR + file hashes would go here
        self.inner.compile(name);
    }
}

impl Default for Build {
    fn default() -> Self {
        Self::new()
    }
}
