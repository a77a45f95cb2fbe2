//! `fbs-build` compiles FlatBuffers `.fbs` schemas into Rust modules from a build script.
//!
//! ```no_run
//! // build.rs
//! fn main() {
//!     fbs_build::Config::new()
//!         .include("schema")
//!         .compile(&["schema/monster.fbs"])
//!         .unwrap();
//! }
//! ```
#![deny(missing_docs)]

mod cache;
mod codegen;
mod digest;
mod parse;

pub use parse::{EnumDef, Field, FieldType, Schema, Table};

use std::path::{Path, PathBuf};
use std::{env, fs, io};

/// Builder for a schema compilation run.
#[derive(Debug, Clone, Default)]
pub struct Config {
    includes: Vec<PathBuf>,
    out_dir: Option<PathBuf>,
    derive_serde: bool,
    no_rerun: bool,
}

impl Config {
    /// A configuration with default settings (output to `OUT_DIR`).
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a directory searched for schemas and their `include` statements.
    pub fn include(&mut self, dir: impl AsRef<Path>) -> &mut Self {
        self.includes.push(dir.as_ref().to_path_buf());
        self
    }

    /// Writes generated modules to `dir` instead of `OUT_DIR`.
    pub fn out_dir(&mut self, dir: impl Into<PathBuf>) -> &mut Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Adds `#[derive(serde::Serialize, serde::Deserialize)]` to generated tables.
    pub fn derive_serde(&mut self, on: bool) -> &mut Self {
        self.derive_serde = on;
        self
    }

    /// Do not print `cargo:rerun-if-changed` lines.
    pub fn no_rerun_if_changed(&mut self) -> &mut Self {
        self.no_rerun = true;
        self
    }

    /// Compiles every schema in `schemas`.
    pub fn compile<P: AsRef<Path>>(&self, schemas: &[P]) -> io::Result<()> {
        let out = self
            .out_dir
            .clone()
            .or_else(|| env::var_os("OUT_DIR").map(PathBuf::from))
            .ok_or_else(|| {
                io::Error::new(io::ErrorKind::NotFound, "OUT_DIR is not set: call from build.rs or use out_dir()")
            })?;

        let mut cache = cache::SchemaCache::open(&out);
        for schema in schemas {
            let path = self.resolve(schema.as_ref())?;
            if !self.no_rerun {
                println!("cargo:rerun-if-changed={}", path.display());
            }
            let text = fs::read_to_string(&path)?;
            let key = digest::schema_key(&text, self.derive_serde);
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("schema")
                .to_owned();
            let target = out.join(format!("{stem}_generated.rs"));
            if cache.is_fresh(&stem, &key) && target.exists() {
                continue;
            }
            let parsed = parse::parse(&text)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {e}", path.display())))?;
            fs::write(&target, codegen::generate(&parsed, self.derive_serde))?;
            cache.record(stem, key);
        }
        cache.persist();
        Ok(())
    }

    fn resolve(&self, p: &Path) -> io::Result<PathBuf> {
        if p.exists() {
            return Ok(p.to_path_buf());
        }
        self.includes
            .iter()
            .map(|dir| dir.join(p))
            .find(|c| c.exists())
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, format!("schema not found: {}", p.display())))
    }
}

/// Shorthand for `Config::new().compile(schemas)`.
pub fn compile<P: AsRef<Path>>(schemas: &[P]) -> io::Result<()> {
    Config::new().compile(schemas)
}
