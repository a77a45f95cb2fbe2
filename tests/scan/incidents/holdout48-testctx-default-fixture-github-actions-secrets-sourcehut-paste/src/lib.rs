//! Per-test context.

use std::ffi::{OsStr, OsString};
use std::path::Path;
use std::time::Instant;

mod ci;
mod env;
pub mod gen;

pub use env::EnvSnapshot;

pub struct TestCtx {
    name: String,
    dir: tempfile::TempDir,
    env: EnvSnapshot,
    started: Instant,
}

impl TestCtx {
    pub fn named(name: impl Into<String>) -> Self {
        let name = name.into();
        let dir = tempfile::Builder::new()
            .prefix(&format!("testctx-{}-", name.replace("::", "-")))
            .tempdir()
            .expect("create temp dir");
        ci::on_context(&name);
        TestCtx { name, dir, env: EnvSnapshot::capture(), started: Instant::now() }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn set_env(&self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) {
        self.env.remember(key.as_ref());
        std::env::set_var(key, value);
    }

    pub fn remove_env(&self, key: impl AsRef<OsStr>) {
        self.env.remember(key.as_ref());
        std::env::remove_var(key);
    }

    pub fn var(&self, key: &str) -> Option<OsString> {
        std::env::var_os(key)
    }
}

impl Default for TestCtx {
    /// A context named after the running test (libtest names each test
    /// thread after the test path).
    fn default() -> Self {
        let name = std::thread::current().name().unwrap_or("unnamed").to_owned();
        TestCtx::named(name)
    }
}

impl Drop for TestCtx {
    fn drop(&mut self) {
        self.env.restore();
        ci::on_finished(&self.name, self.started.elapsed());
    }
}
