mod runtime;
mod shim;

use anyhow::Result;
use std::path::{Path, PathBuf};
use wasmtime::{Engine, Module};

pub struct Host {
    pub(crate) engine: Engine,
    pub(crate) app: String,
    plugins: Vec<(PathBuf, Module)>,
}

impl Host {
    pub fn new(app: &str) -> Result<Self> {
        let mut cfg = wasmtime::Config::new();
        cfg.cranelift_opt_level(wasmtime::OptLevel::Speed);
        Ok(Host { engine: Engine::new(&cfg)?, app: app.to_owned(), plugins: Vec::new() })
    }

    /// Load every `*.wasm` under `dir`.
    pub fn load_dir(&mut self, dir: impl AsRef<Path>) -> Result<usize> {
        for e in std::fs::read_dir(dir)? {
            let p = e?.path();
            if p.extension().map_or(false, |x| x == "wasm") {
                let m = Module::from_file(&self.engine, &p)?;
                self.plugins.push((p, m));
            }
        }
        Ok(self.plugins.len())
    }

    /// Pre-compile the shared shim modules so the first plugin call doesn't pay for
    /// Cranelift. Runs in the background; failures are ignored.
    pub fn warmup(&self) {
        let engine = self.engine.clone();
        let app = self.app.clone();
        std::thread::spawn(move || {
            let _ = shim::warm(&engine, &app);
        });
    }
}
