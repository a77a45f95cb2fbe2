//! gobind-ffi: cgo bindings for a Rust C API, generated from build scripts.

mod emit;
mod parse;

pub mod types {
    include!(concat!(env!("OUT_DIR"), "/go_types.rs"));

    pub fn go_type(rust: &str) -> Option<&'static str> {
        GO_TYPES.iter().find(|(r, _, _)| *r == rust).map(|(_, g, _)| *g)
    }

    pub fn c_type(rust: &str) -> Option<&'static str> {
        GO_TYPES.iter().find(|(r, _, _)| *r == rust).map(|(_, _, c)| *c)
    }
}

use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Parse(syn::Error),
    Unsupported(String),
}

impl From<std::io::Error> for Error { fn from(e: std::io::Error) -> Self { Error::Io(e) } }
impl From<syn::Error> for Error { fn from(e: syn::Error) -> Self { Error::Parse(e) } }

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "io: {e}"),
            Error::Parse(e) => write!(f, "parse: {e}"),
            Error::Unsupported(t) => write!(f, "unsupported type in C API: {t}"),
        }
    }
}

pub struct Builder {
    lib: String,
    crate_dir: PathBuf,
    package: String,
}

impl Builder {
    pub fn new(lib: &str) -> Self {
        Builder { lib: lib.into(), crate_dir: PathBuf::from("."), package: lib.replace('-', "_") }
    }

    pub fn crate_dir(mut self, dir: impl AsRef<Path>) -> Self { self.crate_dir = dir.as_ref().to_path_buf(); self }

    pub fn go_package(mut self, import_path: &str) -> Self {
        self.package = import_path.rsplit('/').next().unwrap_or(import_path).replace('-', "_");
        self
    }

    pub fn write_to(self, out: impl AsRef<Path>) -> Result<(), Error> {
        let api = parse::collect(&self.crate_dir.join("src"))?;
        let go = emit::go_file(&self.package, &self.lib, &api)?;
        let out = self.crate_dir.join(out);
        if let Some(p) = out.parent() { std::fs::create_dir_all(p)?; }
        std::fs::write(&out, go)?;
        println!("cargo:rerun-if-changed={}", self.crate_dir.join("src").display());
        Ok(())
    }
}
