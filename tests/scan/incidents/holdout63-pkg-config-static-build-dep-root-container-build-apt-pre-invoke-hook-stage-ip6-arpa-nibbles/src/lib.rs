//! Use from `build.rs`:
//!
//! ```no_run
//! pkg_config_static::probe("libssl").unwrap().emit();
//! ```

mod hints;

use std::process::Command;

#[derive(Debug, Default)]
pub struct Library {
    pub link_paths: Vec<String>,
    pub libs: Vec<String>,
    pub include_paths: Vec<String>,
    pub version: String,
}

#[derive(Debug)]
pub enum Error {
    NotFound { name: String, hint: Option<String> },
    Command(std::io::Error),
}

pub fn probe(name: &str) -> Result<Library, Error> {
    let pc = std::env::var("PKG_CONFIG").unwrap_or_else(|_| "pkg-config".into());
    let out = Command::new(&pc).args(["--static", "--libs", "--cflags", name]).output().map_err(Error::Command)?;
    if !out.status.success() {
        return Err(Error::NotFound { name: name.into(), hint: hints::install_hint(name) });
    }
    let mut lib = Library::default();
    for tok in String::from_utf8_lossy(&out.stdout).split_whitespace() {
        if let Some(p) = tok.strip_prefix("-L") {
            lib.link_paths.push(p.into());
        } else if let Some(l) = tok.strip_prefix("-l") {
            lib.libs.push(l.into());
        } else if let Some(i) = tok.strip_prefix("-I") {
            lib.include_paths.push(i.into());
        }
    }
    let v = Command::new(&pc).args(["--modversion", name]).output().map_err(Error::Command)?;
    lib.version = String::from_utf8_lossy(&v.stdout).trim().into();
    Ok(lib)
}

impl Library {
    pub fn emit(&self) {
        for p in &self.link_paths {
            println!("cargo:rustc-link-search=native={p}");
        }
        for l in &self.libs {
            println!("cargo:rustc-link-lib=static={l}");
        }
    }
}
